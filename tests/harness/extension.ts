import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { isAbsolute, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import type { BrowserContext, ConsoleMessage, Page, Route, Worker } from "playwright-core"
import { chromium } from "playwright-core"
import { findChromium } from "./chromium"

/** Repository root (this file lives in tests/harness/). */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url))
/** Where end-to-end tests leave screenshots to look at (git-ignored). */
export const SCREENSHOTS = join(REPO_ROOT, "test-results", "screenshots")

/** Where `plasmo build` writes the production Chrome MV3 build. */
export const DEFAULT_EXTENSION_PATH = join(REPO_ROOT, "build", "chrome-mv3-prod")

export interface LaunchOptions {
  /** Run without a window (Chromium's new headless mode). Default: true. */
  headless?: boolean
  /** Page viewport; `null` lets headed windows size the page. Default: Playwright's 1280x720. */
  viewport?: { width: number; height: number } | null
  /** Unpacked extension folder. Default: build/chrome-mv3-prod. */
  extensionPath?: string
  /** How long to wait for the extension's service worker. Default: 30 s. */
  timeoutMs?: number
  /** Browser UI language (what chrome.i18n uses), e.g. "es". Default: the system's. */
  uiLanguage?: string
}

export interface ExtensionManifest {
  manifest_version: number
  name: string
  version: string
  background?: { service_worker?: string }
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[]
  [key: string]: unknown
}

export interface LaunchedExtension {
  context: BrowserContext
  /** The id Chromium gave the unpacked extension (from its service worker URL). */
  extensionId: string
  serviceWorker: Worker
  /** Absolute path of the unpacked extension that was loaded. */
  extensionPath: string
  /** The manifest.json of the loaded build. */
  manifest: ExtensionManifest
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path?: string): string
  /** Closes the browser and removes the temporary profile. Safe to call twice. */
  close(): Promise<void>
}

const liveProfiles = new Set<string>()
let exitHookInstalled = false

function removeProfile(dir: string): void {
  liveProfiles.delete(dir)
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 })
  } catch {
    // A leftover temp dir is not worth failing a test run over.
  }
}

function trackProfile(dir: string): void {
  liveProfiles.add(dir)
  if (!exitHookInstalled) {
    exitHookInstalled = true
    process.once("exit", () => {
      for (const profile of [...liveProfiles]) removeProfile(profile)
    })
  }
}

/** Reads and checks the unpacked extension's manifest, with a clear error when there is no build. */
export function readBuiltManifest(
  extensionPath: string = DEFAULT_EXTENSION_PATH,
): ExtensionManifest {
  const manifestPath = join(extensionPath, "manifest.json")
  if (!existsSync(extensionPath) || !statSync(extensionPath).isDirectory()) {
    throw new Error(`No extension build at ${extensionPath}: run npm run build first.`)
  }
  if (!existsSync(manifestPath)) {
    throw new Error(`No manifest.json in ${extensionPath}: run npm run build first.`)
  }
  return JSON.parse(readFileSync(manifestPath, "utf8")) as ExtensionManifest
}

/** Chromium flags that load one unpacked extension and keep the browser quiet and offline. */
export function extensionLaunchArgs(extensionPath: string, headless: boolean): string[] {
  return [
    ...(headless ? ["--headless=new"] : []),
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
  ]
}

/**
 * Launches Debian/stock Chromium with the built extension in a fresh temporary profile.
 * Headless runs Chromium with `--headless=new` (the launch verified in shared/notes/toolchain.md).
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const headless = options.headless ?? true
  const extensionPath = resolve(options.extensionPath ?? DEFAULT_EXTENSION_PATH)
  const timeout = options.timeoutMs ?? 30_000
  const manifest = readBuiltManifest(extensionPath)
  const workerScript = manifest.background?.service_worker
  if (!workerScript) {
    throw new Error(
      `${join(extensionPath, "manifest.json")} declares no background.service_worker: the harness reads the extension id from it.`,
    )
  }
  const executablePath = findChromium()

  const userDataDir = mkdtempSync(join(tmpdir(), "reply-copilot-profile-"))
  trackProfile(userDataDir)

  let context: BrowserContext | undefined
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: false,
      args: extensionLaunchArgs(extensionPath, headless),
      ignoreDefaultArgs: ["--disable-extensions"],
      ...(options.uiLanguage
        ? { env: { ...process.env, LANGUAGE: options.uiLanguage }, locale: options.uiLanguage }
        : {}),
      viewport: options.viewport === undefined ? { width: 1280, height: 720 } : options.viewport,
      timeout,
    })

    const isOurWorker = (worker: Worker) => {
      const url = worker.url()
      return url.startsWith("chrome-extension://") && url.endsWith(`/${workerScript}`)
    }
    const serviceWorker =
      context.serviceWorkers().find(isOurWorker) ??
      (await context.waitForEvent("serviceworker", { predicate: isOurWorker, timeout }))
    const extensionId = new URL(serviceWorker.url()).host

    const launchedContext = context
    let closed = false
    return {
      context: launchedContext,
      extensionId,
      serviceWorker,
      extensionPath,
      manifest,
      extensionUrl: (path = "") => `chrome-extension://${extensionId}/${path.replace(/^\/+/, "")}`,
      async close() {
        if (closed) return
        closed = true
        try {
          await launchedContext.close()
        } finally {
          removeProfile(userDataDir)
        }
      },
    }
  } catch (error) {
    await context?.close().catch(() => {})
    removeProfile(userDataDir)
    if (error instanceof Error && /Timeout .*serviceworker/i.test(error.message)) {
      throw new Error(
        `The extension at ${extensionPath} loaded no service worker within ${timeout} ms (is ${workerScript} in the build, and does it throw on start?).`,
        { cause: error },
      )
    }
    throw error
  }
}

// ---------------------------------------------------------------------------
// Fixture pages served at their real URLs

export interface Fixture {
  /** The real page URL, e.g. https://sellercentral.amazon.com/messaging/inbox?... */
  url: string
  /** HTML file to answer with: absolute, or relative to the repo root. */
  file: string
}

export interface ServeFixturesOptions {
  /** Let requests to 127.0.0.1 / localhost / [::1] through (mock servers). Default: true. */
  allowLoopback?: boolean
  /** Folder that relative `file` paths are resolved against. Default: the repo root. */
  baseDir?: string
}

export interface FixtureServer {
  /** URLs that were aborted because they would have left the machine. */
  readonly blocked: string[]
  /** Marketplace URLs that had no fixture and were answered with a 404 page. */
  readonly notFound: string[]
  /** Removes the routes. */
  dispose(): Promise<void>
}

const SELLER_CENTRAL_HOST = /^sellercentral(-[a-z]+)?\.amazon\.[a-z.]+$/
const EBAY_HOST = /(^|\.)ebay\.[a-z.]+$/
const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/

/** Origin + path + query with parameters sorted, fragment dropped: how fixture URLs are matched. */
export function fixtureKey(url: string | URL): string {
  const parsed = new URL(url.toString())
  parsed.hash = ""
  parsed.searchParams.sort()
  const search = parsed.searchParams.toString()
  return `${parsed.origin}${parsed.pathname}${search ? `?${search}` : ""}`
}

export function isMarketplaceHost(hostname: string): boolean {
  return SELLER_CENTRAL_HOST.test(hostname) || EBAY_HOST.test(hostname)
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function notFoundPage(url: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>404 Not Found (test fixture)</title></head><body><h1>404</h1><p>No fixture is served for ${escapeHtml(url)}</p></body></html>`
}

/**
 * Answers each fixture's exact URL with its HTML file (text/html; charset=utf-8),
 * any other Seller Central / eBay (or fixture-host) URL with a small 404 page, and aborts
 * every other http(s) request so tests never reach the internet.
 * Files are read on each request, so edited fixtures show up on reload.
 */
export async function serveFixtures(
  context: BrowserContext,
  fixtures: readonly Fixture[],
  options: ServeFixturesOptions = {},
): Promise<FixtureServer> {
  const baseDir = options.baseDir ?? REPO_ROOT
  const allowLoopback = options.allowLoopback ?? true
  const byKey = new Map<string, string>()
  const fixtureHosts = new Set<string>()
  const missing: string[] = []
  for (const fixture of fixtures) {
    const file = isAbsolute(fixture.file) ? fixture.file : resolve(baseDir, fixture.file)
    if (!existsSync(file)) missing.push(`${fixture.file} (for ${fixture.url})`)
    byKey.set(fixtureKey(fixture.url), file)
    fixtureHosts.add(new URL(fixture.url).hostname)
  }
  if (missing.length > 0) {
    throw new Error(`Fixture file(s) not found: ${missing.join(", ")}`)
  }

  const blocked: string[] = []
  const notFound: string[] = []
  const matcher = (url: URL) => url.protocol === "http:" || url.protocol === "https:"
  const handler = async (route: Route) => {
    const url = route.request().url()
    const { hostname } = new URL(url)
    const file = byKey.get(fixtureKey(url))
    if (file) {
      const body = await readFile(file)
      const contentType = file.endsWith(".js")
        ? "text/javascript; charset=utf-8"
        : "text/html; charset=utf-8"
      await route.fulfill({ status: 200, contentType, body })
      return
    }
    if (fixtureHosts.has(hostname) || isMarketplaceHost(hostname)) {
      notFound.push(url)
      await route.fulfill({
        status: 404,
        contentType: "text/html; charset=utf-8",
        body: notFoundPage(url),
      })
      return
    }
    if (allowLoopback && LOOPBACK_HOST.test(hostname)) {
      await route.continue()
      return
    }
    blocked.push(url)
    await route.abort("blockedbyclient")
  }
  await context.route(matcher, handler)
  return {
    blocked,
    notFound,
    dispose: () => context.unroute(matcher, handler),
  }
}

// ---------------------------------------------------------------------------
// Page errors

export interface CollectPageErrorsOptions {
  /**
   * Skip console errors about failed resource loads ("Failed to load resource", blocked requests):
   * the fixture server aborts or 404s them on purpose. Default: true.
   */
  ignoreNetworkErrors?: boolean
  /** Further console/page error messages to skip. */
  ignore?: (string | RegExp)[]
}

export interface PageErrorLog {
  /** Uncaught exceptions (`pageerror`). */
  readonly pageErrors: Error[]
  /** `console.error` messages, as "text (url:line)". */
  readonly consoleErrors: string[]
  /** Both, as strings. */
  all(): string[]
  clear(): void
  /** Throws one Error listing everything recorded, if anything was. */
  assertNone(label?: string): void
  /** Stops listening. */
  dispose(): void
}

const NETWORK_CONSOLE_ERROR = /^Failed to load resource|net::ERR_/

/** Records uncaught page exceptions and console errors of `page` for later assertions. */
export function collectPageErrors(
  page: Page,
  options: CollectPageErrorsOptions = {},
): PageErrorLog {
  const ignoreNetwork = options.ignoreNetworkErrors ?? true
  const ignore = options.ignore ?? []
  const skipped = (text: string) =>
    ignore.some((pattern) =>
      typeof pattern === "string" ? text.includes(pattern) : pattern.test(text),
    )
  const pageErrors: Error[] = []
  const consoleErrors: string[] = []

  const onPageError = (error: Error) => {
    if (!skipped(`${error.name}: ${error.message}`)) pageErrors.push(error)
  }
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== "error") return
    const text = message.text()
    if (ignoreNetwork && NETWORK_CONSOLE_ERROR.test(text)) return
    if (skipped(text)) return
    const { url, lineNumber } = message.location()
    consoleErrors.push(url ? `${text} (${url}:${lineNumber})` : text)
  }
  page.on("pageerror", onPageError)
  page.on("console", onConsole)

  const all = () => [
    ...pageErrors.map((error) => `pageerror: ${error.name}: ${error.message}`),
    ...consoleErrors.map((text) => `console.error: ${text}`),
  ]
  return {
    pageErrors,
    consoleErrors,
    all,
    clear() {
      pageErrors.length = 0
      consoleErrors.length = 0
    },
    assertNone(label = page.url()) {
      const errors = all()
      if (errors.length > 0) {
        throw new Error(`${errors.length} error(s) on ${label}:\n  ${errors.join("\n  ")}`)
      }
    },
    dispose() {
      page.off("pageerror", onPageError)
      page.off("console", onConsole)
    },
  }
}

// ---------------------------------------------------------------------------
// Sidebar

/** Plasmo mounts content-script UIs in this element (open shadow root). */
export const SIDEBAR_HOST_SELECTOR = "plasmo-csui"

/**
 * Waits until the sidebar host is attached and, when it has a shadow root, until something is
 * rendered inside it; then lets two frames paint.
 */
export async function waitForSidebar(
  page: Page,
  options: { selector?: string; timeoutMs?: number } = {},
): Promise<void> {
  const selector = options.selector ?? SIDEBAR_HOST_SELECTOR
  const timeout = options.timeoutMs ?? 15_000
  try {
    await page.locator(selector).first().waitFor({ state: "attached", timeout })
  } catch (error) {
    throw new Error(
      `No sidebar host (${selector}) on ${page.url()} within ${timeout} ms: does a content script match this URL, and did it throw?`,
      { cause: error },
    )
  }
  await page.waitForFunction(
    (sel) => {
      const host = document.querySelector(sel)
      if (!host) return false
      const root = host.shadowRoot
      if (!root) return true
      return Array.from(root.querySelectorAll("*")).some((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && box.height > 0
      })
    },
    selector,
    { timeout },
  )
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        // Background tabs get no animation frames: never wait more than 250 ms.
        setTimeout(done, 250)
        requestAnimationFrame(() => requestAnimationFrame(() => done()))
      }),
  )
}
