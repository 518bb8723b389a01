import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  collectPageErrors,
  type ExtensionManifest,
  type LaunchedExtension,
  launchWithExtension,
  REPO_ROOT,
  serveFixtures,
} from "../harness/extension"

const SELLER_CENTRAL_MATCH = "https://sellercentral.amazon.com/*"

/** Chrome match pattern (scheme://host/path with * wildcards) as a RegExp over full URLs. */
function matchPatternToRegExp(pattern: string): RegExp {
  if (pattern === "<all_urls>") return /^(https?|file|ftp):\/\//
  const parsed = /^(\*|https?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/.exec(pattern)
  if (!parsed) throw new Error(`Not a match pattern: ${pattern}`)
  const [, scheme, host = "", path] = parsed
  const escapeRe = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&")
  const schemeRe = scheme === "*" ? "https?" : scheme
  const hostRe =
    host === "*"
      ? "[^/]+"
      : host.startsWith("*.")
        ? `([^/]+\\.)?${escapeRe(host.slice(2))}`
        : escapeRe(host)
  const pathRe = path.split("*").map(escapeRe).join(".*")
  return new RegExp(`^${schemeRe}://${hostRe}${pathRe}$`)
}

/** True once the source tree has a Plasmo content script (src/contents/* or src/content.ts[x]). */
function sourceHasContentScript(): boolean {
  const src = join(REPO_ROOT, "src")
  if (["content.ts", "content.tsx"].some((file) => existsSync(join(src, file)))) return true
  const contents = join(src, "contents")
  if (!existsSync(contents)) return false
  return readdirSync(contents, { recursive: true }).some((entry) =>
    /\.(ts|tsx)$/.test(String(entry)),
  )
}

describe("built extension", () => {
  let ext: LaunchedExtension
  let fixtureDir: string

  beforeAll(async () => {
    ext = await launchWithExtension({ headless: true })
    fixtureDir = mkdtempSync(join(tmpdir(), "reply-copilot-fixture-"))
  })

  afterAll(async () => {
    await ext?.close()
    if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true })
  })

  it("starts its service worker", async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/)
    expect(ext.serviceWorker.url()).toBe(
      ext.extensionUrl(ext.manifest.background?.service_worker ?? ""),
    )
    // The worker is alive and answers evaluation.
    const runtimeId = await ext.serviceWorker.evaluate(() => chrome.runtime.id)
    expect(runtimeId).toBe(ext.extensionId)
  })

  it("serves the same manifest as the build, at chrome-extension://<id>/manifest.json", async () => {
    const page = await ext.context.newPage()
    try {
      const response = await page.goto(ext.extensionUrl("manifest.json"))
      expect(response?.ok()).toBe(true)
      const served = JSON.parse((await response?.text()) ?? "") as ExtensionManifest
      expect(served.manifest_version).toBe(3)
      expect(served.name).toBe(ext.manifest.name)
      expect(served.background?.service_worker).toBe(ext.manifest.background?.service_worker)
    } finally {
      await page.close()
    }
  })

  it.skipIf(!sourceHasContentScript())(`has a content script for ${SELLER_CENTRAL_MATCH}`, () => {
    const matches = (ext.manifest.content_scripts ?? []).flatMap((script) => script.matches)
    const inbox = "https://sellercentral.amazon.com/messaging/inbox"
    expect(
      matches.filter((pattern) => matchPatternToRegExp(pattern).test(inbox)),
      `content_scripts matches: ${JSON.stringify(matches)}`,
    ).not.toHaveLength(0)
  })

  it("serves fixture pages at their real URL and keeps the browser offline", async () => {
    const file = join(fixtureDir, "inbox.html")
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Fixture inbox</title></head><body><h1>Buyer messages</h1>
<img src="https://m.media-amazon.com/images/does-not-matter.png"></body></html>`,
    )
    const url = "https://sellercentral.amazon.com/messaging/inbox?fi=UNREAD&ref=xx"
    const server = await serveFixtures(ext.context, [{ url, file }])
    const page = await ext.context.newPage()
    const errors = collectPageErrors(page)
    try {
      // Query parameter order does not matter.
      const response = await page.goto(
        "https://sellercentral.amazon.com/messaging/inbox?ref=xx&fi=UNREAD",
      )
      expect(response?.status()).toBe(200)
      expect(response?.headers()["content-type"]).toBe("text/html; charset=utf-8")
      expect(await page.title()).toBe("Fixture inbox")
      await page.waitForLoadState("load")
      expect(server.blocked).toContain("https://m.media-amazon.com/images/does-not-matter.png")

      const missing = await page.goto("https://sellercentral.amazon.com/orders-v3")
      expect(missing?.status()).toBe(404)
      expect(server.notFound).toContain("https://sellercentral.amazon.com/orders-v3")

      await expect(page.goto("https://example.com/")).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/)
      errors.assertNone()
    } finally {
      errors.dispose()
      await page.close()
      await server.dispose()
    }
  })
})
