/**
 * Packs in real Chromium: subscribe to a pack served at a routed URL, follow a 304 and a 200 with
 * a new version while keeping a local edit, and get clear errors for a web page and a broken file.
 *
 * context.route intercepts the extension service worker's fetch (verified here: every answer
 * below is served to the worker). The routed answers carry `Access-Control-Allow-Origin: *`, as
 * many static hosts do, so no host permission is needed: Chromium's permission prompt cannot be
 * answered from Playwright.
 */
import { join } from "node:path"
import type { Page, Route } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { serializePack } from "~packs/format"
import { packTemplate, samplePack } from "~packs/testing"
import type { Template } from "~templates/schema"
import { type LaunchedExtension, launchWithExtension, REPO_ROOT } from "../harness/extension"

const PACK_URL = "https://packs.example.com/team.json"
const PAGE_URL = "https://packs.example.com/index.html"
const EDITED_ID = "pack:com.example.team:a"

const published = {
  etag: '"v1"',
  body: serializePack(samplePack()),
}
const served: number[] = []

async function answer(route: Route) {
  // ETag is not a CORS-safelisted response header: hosts that allow cross-origin reads expose it.
  const cors = { "access-control-allow-origin": "*", "access-control-expose-headers": "ETag" }
  if (route.request().url() === PAGE_URL) {
    await route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><h1>Hi</h1>",
      headers: cors,
    })
    return
  }
  const status = route.request().headers()["if-none-match"] === published.etag ? 304 : 200
  served.push(status)
  await route.fulfill(
    status === 304
      ? { status, headers: { ...cors, etag: published.etag } }
      : {
          status,
          contentType: "application/json",
          body: published.body,
          headers: { ...cors, etag: published.etag },
        },
  )
}

/** The library as stored, read from IndexedDB by the options page (same extension origin). */
function readTemplates(page: Page): Promise<Template[]> {
  return page.evaluate(
    () =>
      new Promise<Template[]>((resolve, reject) => {
        const open = indexedDB.open("seller-reply-copilot")
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction("templates").objectStore("templates").getAll()
          request.onsuccess = () => {
            resolve(request.result)
            open.result.close()
          }
        }
      }),
  )
}

/** What the template editor (another part of the options page) does when an agent edits. */
function editLocally(page: Page, id: string, body: string): Promise<void> {
  return page.evaluate(
    ({ id, body }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("seller-reply-copilot")
        open.onsuccess = () => {
          const transaction = open.result.transaction("templates", "readwrite")
          const store = transaction.objectStore("templates")
          const get = store.get(id)
          get.onsuccess = () => store.put({ ...get.result, body, edited: true })
          transaction.oncomplete = () => {
            open.result.close()
            resolve()
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
    { id, body },
  )
}

let extension: LaunchedExtension
let options: Page

beforeAll(async () => {
  extension = await launchWithExtension({ viewport: { width: 900, height: 1400 } })
  await extension.context.route("https://packs.example.com/**", answer)
  options = await extension.context.newPage()
  await options.goto(extension.extensionUrl("options.html"))
})
afterAll(async () => {
  await extension?.close()
})

describe("pack subscriptions", () => {
  it("subscribes, follows a 304 and a new version, and keeps a local edit", async () => {
    await options.getByTestId("pack-subscribe-url").fill(PACK_URL)
    await options.getByTestId("pack-subscribe").click()
    const row = options.locator(`[data-testid="pack-subscription"][data-url="${PACK_URL}"]`)
    await expect.poll(() => row.textContent()).toContain("Team replies · v1")
    expect(served).toEqual([200])

    await editLocally(options, EDITED_ID, "My own words, {{ buyer.name }}.")
    await options.getByTestId("pack-check-now").click()
    await expect.poll(() => served).toEqual([200, 304])
    await expect.poll(() => row.getByTestId("pack-last-check").textContent()).toContain("Checked")

    published.etag = '"v2"'
    published.body = serializePack(
      samplePack(
        [packTemplate("a", { body: "Their new words" }), packTemplate("b"), packTemplate("c")],
        { version: 2 },
      ),
    )
    await options.getByTestId("pack-check-now").click()
    await expect.poll(() => row.textContent()).toContain("Team replies · v2")
    expect(served).toEqual([200, 304, 200])
    expect(await row.getByTestId("pack-upstream-changed").textContent()).toContain("1 changed")
    await options.getByTestId("pack-export-open").click()
    await options
      .locator(`[data-template-id="${EDITED_ID}"]`)
      .getByTestId("template-upstream-changed")
      .waitFor()

    const templates = await readTemplates(options)
    const edited = templates.find((template) => template.id === EDITED_ID)
    expect(edited).toMatchObject({ body: "My own words, {{ buyer.name }}.", edited: true })
    expect(edited?.pack).toMatchObject({
      upstreamChanged: true,
      upstream: { body: "Their new words" },
    })
    expect(templates.some((template) => template.id === "pack:com.example.team:c")).toBe(true)
    await options.getByTestId("packs").screenshot({
      path: join(REPO_ROOT, "test-results", "screenshots", "packs-subscription.png"),
    })
  })

  it("says so when a pack address returns a web page, and adds nothing", async () => {
    await options.getByTestId("pack-subscribe-url").fill(PAGE_URL)
    await options.getByTestId("pack-subscribe").click()
    await expect
      .poll(() => options.getByTestId("pack-subscribe-error").textContent())
      .toContain("This URL returned a web page, not a pack.")
    expect(await options.getByTestId("pack-subscription").count()).toBe(1)
  })
})

describe("pack files", () => {
  it("shows a clear error for a broken file and changes nothing", async () => {
    const before = await readTemplates(options)
    const broken = samplePack([packTemplate("a", { language: "english" })], {
      id: "com.example.file",
    })
    await options.getByTestId("pack-import-file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(serializePack(broken)),
    })
    await expect
      .poll(() => options.getByTestId("pack-import-error").textContent())
      .toContain(
        'Nothing was imported. The pack has problems: templates[0].language: expected a two-letter language code such as "en".',
      )
    expect(await readTemplates(options)).toEqual(before)
    await options.getByTestId("pack-import").screenshot({
      path: join(REPO_ROOT, "test-results", "screenshots", "packs-import-error.png"),
    })
  })

  it("previews and imports a valid file", async () => {
    const offPlatform = "Hi, write to us at help@northwind-gadgets.com instead."
    const pack = samplePack([packTemplate("x"), packTemplate("y", { body: offPlatform })], {
      id: "com.example.file",
      name: "Shared file",
    })
    await options.getByTestId("pack-import-file").setInputFiles({
      name: "shared.json",
      mimeType: "application/json",
      buffer: Buffer.from(serializePack(pack)),
    })
    const preview = options.getByTestId("pack-import-preview")
    await expect.poll(() => preview.textContent()).toContain("2 new templates")
    expect(await options.getByTestId("pack-policy").textContent()).toContain(
      "1 of the new or changed templates break marketplace rules",
    )
    await preview.screenshot({
      path: join(REPO_ROOT, "test-results", "screenshots", "packs-import-preview.png"),
    })
    await options.getByTestId("pack-import-confirm").click()
    await options
      .getByRole("status")
      .filter({ hasText: "Imported Shared file (version 1)." })
      .waitFor()
    await options.locator('[data-pack-id="com.example.file"]').waitFor()
    const ids = (await readTemplates(options)).map((template) => template.id)
    expect(ids).toContain("pack:com.example.file:x")
  })

  it("asks per conflict and applies the choice", async () => {
    await editLocally(options, "pack:com.example.file:x", "My x")
    await editLocally(options, "pack:com.example.file:y", "My y")
    const v2 = samplePack(
      [packTemplate("x", { body: "Their x" }), packTemplate("y", { body: "Their y" })],
      { id: "com.example.file", name: "Shared file", version: 2 },
    )
    await options.getByTestId("pack-import-file").setInputFiles({
      name: "shared-v2.json",
      mimeType: "application/json",
      buffer: Buffer.from(serializePack(v2)),
    })
    const conflicts = options.getByTestId("pack-conflicts")
    await conflicts.waitFor()
    expect(await conflicts.locator("[data-template-id]").count()).toBe(2)
    await conflicts.locator('[data-template-id="x"]').getByLabel("Take the pack's").check()
    await options.getByTestId("pack-import-preview").screenshot({
      path: join(REPO_ROOT, "test-results", "screenshots", "packs-import-conflicts.png"),
    })
    await options.getByTestId("pack-import-confirm").click()
    await options.getByRole("status").filter({ hasText: "(version 2)" }).waitFor()
    const templates = await readTemplates(options)
    const byId = (id: string) => templates.find((template) => template.id === id)
    expect(byId("pack:com.example.file:x")).toMatchObject({ body: "Their x", edited: false })
    expect(byId("pack:com.example.file:y")).toMatchObject({ body: "My y", edited: true })
  })
})

describe("leaving a pack, backup and restore", () => {
  it("restores the library from a backup file", async () => {
    const download = options.waitForEvent("download")
    await options.getByTestId("backup-create").click()
    const backup = await (await download).path()
    const before = (await readTemplates(options)).map((template) => template.id).sort()

    await options
      .locator('[data-pack-id="com.example.file"]')
      .getByRole("button", { name: "Remove" })
      .click()
    await options.getByTestId("pack-remove-copies").click()
    await expect.poll(async () => (await readTemplates(options)).length).toBe(before.length - 2)

    options.once("dialog", (dialog) => dialog.accept())
    await options.getByTestId("backup-restore-file").setInputFiles(backup)
    await options
      .getByRole("status")
      .filter({ hasText: `Restored ${before.length} templates` })
      .waitFor()
    expect((await readTemplates(options)).map((template) => template.id).sort()).toEqual(before)
  })

  it("shows managed subscriptions as such, without an unsubscribe button when locked", async () => {
    // What the background writes for a subscription pushed by policy (chrome.storage.managed
    // cannot be set from a test without installing a machine-wide browser policy).
    const url = "https://packs.example.com/managed.json"
    await options.evaluate(
      (url) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("seller-reply-copilot")
          open.onsuccess = () => {
            const transaction = open.result.transaction("subscriptions", "readwrite")
            transaction
              .objectStore("subscriptions")
              .put({ url, managed: true, locked: true, createdAt: new Date().toISOString() })
            transaction.oncomplete = () => {
              open.result.close()
              resolve()
            }
            transaction.onerror = () => reject(transaction.error)
          }
        }),
      url,
    )
    await options.reload()
    const row = options.locator(`[data-testid="pack-subscription"][data-url="${url}"]`)
    expect(await row.getByTestId("pack-managed").textContent()).toBe("Managed by your organisation")
    expect(await row.getByTestId("pack-unsubscribe").count()).toBe(0)
    expect(await row.getByTestId("pack-check-now").count()).toBe(1)
  })

  it("asks whether to keep personal copies when unsubscribing", async () => {
    await options.reload()
    const row = options.locator(`[data-testid="pack-subscription"][data-url="${PACK_URL}"]`)
    await row.getByTestId("pack-unsubscribe").click()
    await row.getByTestId("pack-keep-copies").click()
    await expect.poll(() => row.count()).toBe(0)
    const kept = (await readTemplates(options)).filter((template) =>
      template.id.startsWith("pack:com.example.team:"),
    )
    expect(kept.map((template) => template.origin)).toEqual(["user", "user", "user"])
    expect(kept.find((template) => template.id === EDITED_ID)?.body).toBe(
      "My own words, {{ buyer.name }}.",
    )
  })
})
