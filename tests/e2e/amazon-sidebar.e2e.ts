import { mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { AMAZON_FIXTURES, AMAZON_SERVED_FILES } from "../fixtures/amazon"
import {
  collectPageErrors,
  type LaunchedExtension,
  launchWithExtension,
  SCREENSHOTS,
  serveFixtures,
} from "../harness/extension"

const fixtureUrl = (name: string) => {
  const fixture = AMAZON_FIXTURES.find((candidate) => candidate.name === name)
  if (!fixture) throw new Error(`No fixture named ${name}`)
  return fixture.url
}

let extension: LaunchedExtension

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  extension = await launchWithExtension({ viewport: { width: 1280, height: 800 } })
  await serveFixtures(extension.context, AMAZON_SERVED_FILES)
})
afterAll(async () => {
  await extension?.close()
})

async function openPage(name: string): Promise<Page> {
  const page = await extension.context.newPage()
  page.on("dialog", (dialog) => {
    throw new Error(`Unexpected dialog: ${dialog.message()}`)
  })
  await page.goto(fixtureUrl(name))
  await page.getByTestId("sidebar").waitFor()
  return page
}

/** Suggestions in the sidebar (the page's own inbox list uses role=option too). */
const options = (page: Page) => page.getByTestId("suggestions")
const fact = (page: Page, key: string) => page.locator(`[data-fact="${key}"] dd`)
const missingFact = (page: Page, key: string) => page.locator(`[data-missing-fact="${key}"]`)

async function chooseTemplate(page: Page, search: string, title: string) {
  await page.getByTestId("search").fill(search)
  await options(page).getByRole("option", { name: title }).click()
  await expect
    .poll(() => options(page).getByRole("option", { selected: true }).textContent())
    .toContain(title)
}

describe("settings", () => {
  it("signs replies with the signature saved in the options page, opened from the sidebar", async () => {
    const before = await openPage("us-inbox-v3-thread-shipped")
    await chooseTemplate(before, "tracking", "Where is my order: shipped, with tracking")
    expect(await before.locator("[data-unresolved='seller.signature']").textContent()).toBe(
      "[signature]",
    )
    const [options] = await Promise.all([
      extension.context.waitForEvent("page", (page) => page.url().includes("options.html")),
      before.getByTestId("open-settings").click(),
    ])
    await before.close()
    await options.getByTestId("signature").waitFor()
    await options.getByTestId("signature").fill("Dana, Northwind Gadgets")
    await options.getByTestId("save").click()
    await options.getByRole("status").filter({ hasText: "Saved." }).waitFor()
    await options.close()

    const page = await openPage("us-inbox-v3-thread-shipped")
    await chooseTemplate(page, "tracking", "Where is my order: shipped, with tracking")
    await expect
      .poll(() => page.getByTestId("preview").textContent())
      .toContain("Dana, Northwind Gadgets")
    await page.close()
  })
})

describe("Amazon thread with a KAT reply box", () => {
  it("shows the open thread's order facts, never the list pane's, and the buyer's text as text", async () => {
    const page = await openPage("us-inbox-v3-thread-shipped")
    const errors = collectPageErrors(page)
    await expect.poll(() => fact(page, "orderId").textContent()).toBe("112-4456789-1234567")
    expect(await fact(page, "buyer").textContent()).toBe("Michael Chen")
    expect(await fact(page, "carrier").textContent()).toBe("UPS")
    expect(await fact(page, "trackingNumber").textContent()).toBe("1Z999AA10123456784")
    const sidebarText = await page.getByTestId("sidebar").textContent()
    for (const trap of ["113-9988776-5544332", "114-2233445-6677889", "Sarah Miller"]) {
      expect(sidebarText).not.toContain(trap)
    }
    const buyerMessage = page.getByTestId("buyer-message")
    expect(await buyerMessage.textContent()).toContain("<img src=x onerror=alert(1)>")
    expect(await buyerMessage.locator("img").count()).toBe(0)
    errors.assertNone("thread page")
    await page.close()
  })

  it("inserts the chosen reply, filled with the order's facts, at the cursor of the shadow textarea", async () => {
    const page = await openPage("us-inbox-v3-thread-shipped")
    const replyBox = page.locator("kat-textarea textarea")
    await replyBox.fill("Hello again,")
    const eventsBefore = await page.evaluate(
      () => (window as never as { __replyInputEvents: number }).__replyInputEvents,
    )

    await chooseTemplate(page, "tracking", "Where is my order: shipped, with tracking")
    const preview = page.getByTestId("preview")
    expect(await preview.textContent()).toContain("1Z999AA10123456784")
    await page.getByTestId("insert").click()

    const value = await replyBox.inputValue()
    expect(value.startsWith("Hello again,")).toBe(true)
    expect(value).toContain("112-4456789-1234567")
    expect(value).toContain("1Z999AA10123456784")
    expect(value).toContain("Michael")
    const eventsAfter = await page.evaluate(
      () => (window as never as { __replyInputEvents: number }).__replyInputEvents,
    )
    expect(eventsAfter).toBeGreaterThan(eventsBefore)
    expect(await page.locator("#reply-char-count").textContent()).toBe(`${value.length} / 4000`)
    expect(await page.getByTestId("notice").textContent()).toMatch(/Read it over/)
    await page.close()
  })

  it("follows a switch to another thread without a page load, with one sidebar", async () => {
    const page = await openPage("us-inbox-v3-thread-shipped")
    await expect.poll(() => fact(page, "orderId").textContent()).toBe("112-4456789-1234567")
    const otherUrl = fixtureUrl("us-thread-order-id-only")
    const elapsed = await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text()
      const incoming = Document.parseHTMLUnsafe(html).querySelector("section.bsm-thread-view")
      const current = document.querySelector("section.bsm-thread-view")
      if (!incoming || !current) throw new Error("thread panes not found")
      const started = performance.now()
      history.pushState({}, "", url)
      current.replaceWith(document.importNode(incoming, true))
      const host = document.querySelector("plasmo-csui")?.shadowRoot
      while (performance.now() - started < 2_000) {
        const orderId = host?.querySelector('[data-fact="orderId"] dd')?.textContent
        if (orderId === "114-3941689-8772232") return performance.now() - started
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      return Number.POSITIVE_INFINITY
    }, otherUrl)
    expect(elapsed).toBeLessThanOrEqual(300)
    expect(await page.locator("plasmo-csui").count()).toBe(1)
    expect(await page.getByTestId("sidebar").count()).toBe(1)
    expect(await page.getByTestId("facts").textContent()).not.toContain("1Z999AA10123456784")
    await page.close()
  })
})

describe("Amazon thread with a plain textarea", () => {
  it("asks before inserting a reply with facts the page lacks, and keeps the placeholders visible", async () => {
    const page = await openPage("de-legacy-thread-unshipped")
    await missingFact(page, "trackingNumber").waitFor()
    expect(await fact(page, "trackingNumber").count()).toBe(0)
    await chooseTemplate(page, "tracking", "Where is my order: shipped, with tracking")
    expect(await page.locator("[data-unresolved='order.trackingNumber']").count()).toBe(1)
    await page.getByTestId("insert").click()
    await page.getByTestId("confirm-insert").waitFor()
    expect(await page.locator("textarea").first().inputValue()).toBe("")
    await page.getByRole("button", { name: "Insert anyway" }).click()
    const value = await page.locator("textarea").first().inputValue()
    expect(value).toContain("[tracking number]")
    expect(value).toContain("302-5678901-2345678")
    const inputEvents = await page.evaluate(
      () => (window as never as { __replyInputEvents: number }).__replyInputEvents,
    )
    expect(inputEvents).toBeGreaterThan(0)
    await page.close()
  })
})

describe("order facts remembered from the order details page", () => {
  it("fills a thread that shows only the order id", async () => {
    const orderPage = await openPage("us-order-details-shipped")
    await expect.poll(() => fact(orderPage, "orderId").textContent()).toBe("114-3941689-8772232")
    const tracking = await fact(orderPage, "trackingNumber").textContent()
    expect(tracking).toMatch(/\d{10,}/)
    await orderPage.close()

    const thread = await openPage("us-thread-order-id-only")
    await expect.poll(() => fact(thread, "trackingNumber").textContent()).toContain(tracking ?? "?")
    expect(await fact(thread, "trackingNumber").textContent()).toContain("from order page")
    await thread.close()
  })

  it("offers Copy where the page has no reply box", async () => {
    const page = await openPage("us-order-details-shipped")
    await options(page).getByRole("option").first().click()
    await page.getByTestId("insert").click()
    const confirm = page.getByRole("button", { name: "Insert anyway" })
    if (await confirm.isVisible()) await confirm.click()
    await expect.poll(() => page.getByTestId("notice").textContent()).toMatch(/Use Copy/)
    await page.close()
  })
})

describe("pages the adapter does not understand", () => {
  it("saves a page structure report without any personal value", async () => {
    const page = await openPage("us-inbox-v3-thread-shipped")
    await expect.poll(() => fact(page, "orderId").textContent()).toBe("112-4456789-1234567")
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("structure-report").click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^page-structure-sellercentral\.amazon\.com-.*\.html$/,
    )
    const report = readFileSync((await download.path()) ?? "", "utf8")
    for (const personal of [
      "Michael Chen",
      "112-4456789-1234567",
      "1Z999AA10123456784",
      "Seattle",
    ]) {
      expect(report).not.toContain(personal)
    }
    expect(report).toContain('data-test-id="order-summary-card"')
    expect(report).toContain('shadowrootmode="open"')
    await page.close()
  })

  it("still offers templates and says what it could not read", async () => {
    const page = await openPage("us-inbox-half-loaded-unknown-layout")
    const errors = collectPageErrors(page)
    await options(page).getByRole("option").first().waitFor()
    await missingFact(page, "orderId").waitFor()
    expect(await page.getByTestId("page-health").textContent()).toMatch(/could be read yet/)
    expect(await page.getByTestId("sidebar").textContent()).not.toMatch(/\d{3}-\d{7}-\d{7}/)
    errors.assertNone("unknown layout")
    await page.close()
  })
})

describe("pins, keyboard and layout", () => {
  it("pins a reply to the top and keeps it there after a reload", async () => {
    const page = await openPage("us-inbox-v3-thread-shipped")
    const option = options(page).getByRole("option", { name: /Invoice attached/ })
    await page.getByTestId("search").fill("invoice")
    await option.getByRole("button", { name: "Pin this reply to the top" }).click()
    await page.getByTestId("search").fill("")
    await expect
      .poll(() => options(page).getByRole("option").first().textContent())
      .toContain("Invoice attached")
    await page.reload()
    await expect
      .poll(() => options(page).getByRole("option").first().textContent())
      .toContain("pinned")
    await options(page)
      .getByRole("option")
      .first()
      .getByRole("button", { name: "Unpin this reply" })
      .click()
    await expect
      .poll(() => options(page).getByRole("option").first().textContent())
      .not.toContain("Invoice attached")
    await page.close()
  })

  it("moves through suggestions with the arrow keys and inserts with Enter", async () => {
    const page = await openPage("us-inbox-v3-thread-shipped")
    await expect
      .poll(() => options(page).getByRole("option").first().textContent())
      .toContain("shipped · English")
    const second = await options(page).getByRole("option").nth(1).textContent()
    await page.getByTestId("search").focus()
    await page.keyboard.press("ArrowDown")
    expect(await options(page).getByRole("option", { selected: true }).textContent()).toBe(second)
    await page.keyboard.press("Enter")
    const confirm = page.getByTestId("confirm-insert")
    if (await confirm.isVisible()) await page.getByRole("button", { name: "Insert anyway" }).click()
    await expect.poll(() => page.locator("kat-textarea textarea").inputValue()).not.toBe("")
    await page.close()
  })

  it("answers the browser's commands and remembers open, closed and width", async () => {
    const page = await openPage("us-inbox-v3-thread-shipped")
    const sendCommand = (command: string) =>
      extension.serviceWorker.evaluate(async (name) => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true })
        await chrome.tabs.sendMessage(tab.id as number, { type: "copilot-command", command: name })
      }, command)
    await expect
      .poll(() => options(page).getByRole("option").first().textContent())
      .toContain("shipped · English")
    await sendCommand("insert-suggestion")
    const confirm = page.getByRole("button", { name: "Insert anyway" })
    if (await confirm.isVisible()) await confirm.click()
    await expect
      .poll(() => page.locator("kat-textarea textarea").inputValue())
      .toContain("1Z999AA10123456784")
    await sendCommand("toggle-sidebar")
    await page.getByTestId("sidebar-open").waitFor()
    await page.reload()
    await page.getByTestId("sidebar-open").click()
    const handle = page.getByTestId("resize-handle")
    await handle.focus()
    await page.keyboard.press("ArrowLeft")
    await page.keyboard.press("ArrowLeft")
    const widthBefore = (await page.getByTestId("sidebar").boundingBox())?.width
    await page.reload()
    await expect
      .poll(async () => (await page.getByTestId("sidebar").boundingBox())?.width)
      .toBe(widthBefore)
    await page.close()
  })

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`never covers the reply box or the send button at ${viewport.width}x${viewport.height}`, async () => {
      for (const name of [
        "us-inbox-v3-thread-shipped",
        "de-legacy-thread-unshipped",
        "us-contact-buyer",
      ]) {
        const page = await extension.context.newPage()
        await page.setViewportSize(viewport)
        await page.goto(fixtureUrl(name))
        const sidebar = page.getByTestId("sidebar")
        await sidebar.waitFor()
        await options(page).getByRole("option").first().waitFor()
        const panel = await sidebar.boundingBox()
        const replyBox = await page.locator("textarea").first().boundingBox()
        const send = await page
          .getByRole("button", { name: /^(Send|Senden)$/ })
          .first()
          .boundingBox()
        for (const target of [replyBox, send]) {
          expect(target, `${name}: target present`).not.toBeNull()
          if (!panel || !target) continue
          expect(target.x + target.width, `${name}: ends left of the sidebar`).toBeLessThanOrEqual(
            panel.x,
          )
        }
        await page.screenshot({
          path: join(SCREENSHOTS, `${name}-${viewport.width}x${viewport.height}.png`),
        })
        await page.close()
      }
    })
  }
})
