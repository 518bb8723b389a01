/**
 * Opens Chromium with the built extension on the bundled demo Seller Central pages, served at
 * their real URLs from tests/fixtures/amazon (nothing reaches the network).
 *
 *   npm run demo                      build, then run this
 *   npx tsx tests/demo.ts [options]   run against the existing build
 *
 * With a display: a window with one tab per page; runs until the browser is closed.
 * Without one (or with --headless): one PNG per page in demo-screenshots/.
 */
import { mkdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { parseArgs } from "node:util"
import { FIXTURE_PAGES, SERVED_FILES } from "./fixtures"
import {
  collectPageErrors,
  type LaunchedExtension,
  launchWithExtension,
  REPO_ROOT,
  SIDEBAR_HOST_SELECTOR,
  serveFixtures,
  waitForSidebar,
} from "./harness/extension"

type DemoFixture = (typeof FIXTURE_PAGES)[number]

const DEFAULT_OUT = join(REPO_ROOT, "demo-screenshots")

const USAGE = `Usage: npx tsx tests/demo.ts [options]

  --pages a,b        only these demo pages (by name)
  --out DIR          screenshot folder (default: demo-screenshots/)
  --selector CSS     sidebar host to wait for before a screenshot (default: ${SIDEBAR_HOST_SELECTOR})
  --headless         screenshots even when a display is available
  --headed           open a window even without a detected display
  --extension DIR    unpacked extension (default: build/chrome-mv3-prod)
  --timeout MS       how long to wait for the sidebar on each page (default: 15000)
  -h, --help         this text`

class DemoError extends Error {}

function parseOptions() {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse()
  } catch (error) {
    throw new DemoError(`${(error as Error).message}\n\n${USAGE}`)
  }
  const { values } = parsed
  if (values.headless && values.headed)
    throw new DemoError("--headless and --headed exclude each other")
  const timeout = Number(values.timeout ?? "15000")
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new DemoError(`--timeout must be a number of ms`)
  return {
    help: values.help ?? false,
    pages: values.pages
      ?.split(",")
      .map((name) => name.trim())
      .filter(Boolean),
    out: resolve(values.out ?? DEFAULT_OUT),
    selector: values.selector ?? SIDEBAR_HOST_SELECTOR,
    headless: values.headless ? true : values.headed ? false : !hasDisplay(),
    extensionPath: values.extension ? resolve(values.extension) : undefined,
    timeout,
  }
}

function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    strict: true,
    allowPositionals: false,
    options: {
      pages: { type: "string" },
      out: { type: "string" },
      selector: { type: "string" },
      headless: { type: "boolean" },
      headed: { type: "boolean" },
      extension: { type: "string" },
      timeout: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  })
}

function hasDisplay(): boolean {
  if (process.env.CI) return false
  if (process.platform === "darwin" || process.platform === "win32") return true
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
}

function selectPages(all: DemoFixture[], names: string[] | undefined): DemoFixture[] {
  if (all.length === 0) throw new DemoError("no demo pages to open")
  if (!names || names.length === 0) return all
  const known = new Map(all.map((fixture) => [fixture.name, fixture]))
  const unknown = names.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new DemoError(
      `unknown page(s): ${unknown.join(", ")}. Available: ${all.map((f) => f.name).join(", ")}`,
    )
  }
  return names.map((name) => known.get(name)!)
}

function screenshotName(name: string): string {
  return `${name.replace(/[^a-zA-Z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "page"}.png`
}

function settingsHint(ext: LaunchedExtension): string {
  const { options_ui: ui, options_page: page } = ext.manifest
  return ui || page
    ? "  - Settings: right-click the extension's toolbar icon and choose Options.\n"
    : ""
}

async function runHeaded(ext: LaunchedExtension, pages: DemoFixture[]): Promise<void> {
  const { context } = ext
  for (const [index, fixture] of pages.entries()) {
    const page = index === 0 && context.pages()[0] ? context.pages()[0] : await context.newPage()
    await page.goto(fixture.url).catch((error: Error) => {
      console.warn(`! ${fixture.name}: ${error.message.split("\n")[0]}`)
    })
  }
  await context.pages()[0]?.bringToFront()

  console.log(`Seller Reply Copilot demo: ${pages.length} Seller Central page(s), one tab each:`)
  for (const fixture of pages) console.log(`  - ${fixture.name}: ${fixture.url}`)
  console.log(`
What to try:
  - The copilot sidebar sits on the right of each buyer-message page; switch tabs to see how it
    reads each page (buyer, order, items, the message being answered).
  - Pick a template, check the variables it filled in, then insert the reply into the page's
    reply box (the demo pages never send anything: the network is blocked).
${settingsHint(ext)}  - Edit a page under tests/fixtures/amazon and reload its tab to see the change.
Close the browser window (or press Ctrl+C) to quit.`)

  await new Promise<void>((done) => {
    context.once("close", () => done())
    process.once("SIGINT", () => done())
    process.once("SIGTERM", () => done())
  })
}

async function runHeadless(
  ext: LaunchedExtension,
  pages: DemoFixture[],
  options: { out: string; selector: string; timeout: number },
): Promise<number> {
  mkdirSync(options.out, { recursive: true })
  let failures = 0
  for (const fixture of pages) {
    const page = await ext.context.newPage()
    const errors = collectPageErrors(page)
    const file = join(options.out, screenshotName(fixture.name))
    try {
      const response = await page.goto(fixture.url, { waitUntil: "load" })
      if (!response?.ok()) throw new Error(`HTTP ${response?.status() ?? "no response"}`)
      await waitForSidebar(page, { selector: options.selector, timeoutMs: options.timeout })
      await page.screenshot({ path: file })
      console.log(`${fixture.name}: ${file}`)
    } catch (error) {
      failures++
      const message = (error as Error).message.split("\n")[0]
      const failedFile = file.replace(/\.png$/, ".failed.png")
      await page.screenshot({ path: failedFile }).catch(() => {})
      console.error(`${fixture.name}: FAILED (${message}); page as it was: ${failedFile}`)
    }
    for (const line of errors.all()) console.error(`  ${fixture.name}: ${line}`)
    errors.dispose()
    await page.close()
  }
  console.log(`Screenshots in ${options.out}`)
  return failures
}

async function main(): Promise<number> {
  const options = parseOptions()
  if (options.help) {
    console.log(USAGE)
    return 0
  }
  const pages = selectPages(FIXTURE_PAGES, options.pages)
  const ext = await launchWithExtension({
    headless: options.headless,
    viewport: options.headless ? { width: 1280, height: 800 } : null,
    extensionPath: options.extensionPath,
  })
  try {
    await serveFixtures(ext.context, SERVED_FILES)
    if (!options.headless) {
      await runHeaded(ext, pages)
      return 0
    }
    const failures = await runHeadless(ext, pages, options)
    if (failures > 0) {
      console.error(`demo: ${failures} of ${pages.length} page(s) failed`)
      return 1
    }
    return 0
  } finally {
    await ext.close().catch(() => {})
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`demo: ${message}`)
    if (process.env.DEBUG && error instanceof Error && !(error instanceof DemoError)) {
      console.error(error.stack)
    }
    process.exit(1)
  },
)
