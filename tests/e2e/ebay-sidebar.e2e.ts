import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { SERVED_FILES } from "../fixtures"
import { EBAY_FIXTURES } from "../fixtures/ebay"
import {
  collectPageErrors,
  type LaunchedExtension,
  launchWithExtension,
  REPO_ROOT,
  serveFixtures,
} from "../harness/extension"

let extension: LaunchedExtension
const urlOf = (name: string) => EBAY_FIXTURES.find((fixture) => fixture.name === name)?.url ?? ""

beforeAll(async () => {
  extension = await launchWithExtension({ viewport: { width: 1280, height: 800 } })
  await serveFixtures(extension.context, [
    ...SERVED_FILES,
    { url: ukMessageUrl, file: usMessage.file },
  ])
})
afterAll(async () => {
  await extension?.close()
})

const usMessage = EBAY_FIXTURES.find((fixture) => fixture.name === "us-view-message-where-is-item")!
// The same kind of page on eBay UK: the content script runs on every eBay host.
const ukMessageUrl = usMessage.url.replace("https://www.ebay.com/", "https://www.ebay.co.uk/")

const MESSAGE_PAGES = [
  {
    host: "ebay.com",
    url: usMessage.url,
    order: "19-11234-56789",
    buyer: "kayla_m2019",
    box: "#msg-reply-textarea",
  },
  {
    host: "ebay.co.uk",
    url: ukMessageUrl,
    order: "19-11234-56789",
    buyer: "kayla_m2019",
    box: "#msg-reply-textarea",
  },
  {
    host: "ebay.de",
    url: urlOf("de-reply-item-not-received"),
    order: "05-12345-67890",
    buyer: "moebel_fan_1971",
    box: "#msg_cnt_cnt",
  },
]

describe("eBay messages", () => {
  for (const message of MESSAGE_PAGES) {
    it(`reads the conversation and inserts a filled reply on ${message.host}`, async () => {
      const page = await extension.context.newPage()
      const errors = collectPageErrors(page)
      await page.goto(message.url)
      await page.getByTestId("sidebar").waitFor()
      const fact = (key: string) => page.locator(`[data-fact="${key}"] dd`)
      await expect.poll(() => fact("orderId").textContent()).toBe(message.order)
      expect(await fact("buyer").textContent()).toBe(message.buyer)
      if (message.host === "ebay.de") {
        // An item-not-received request: eBay's 3-business-day window runs from the request.
        await expect.poll(() => page.getByTestId("clock").textContent()).toMatch(/Reply within/)
        expect(await page.getByTestId("clock").getAttribute("title")).toMatch(/3 business days/)
      }

      // Amazon-only replies are not offered on eBay.
      await page.getByTestId("search").fill("marketplace")
      const titles = await page.getByTestId("suggestions").getByRole("option").allTextContents()
      expect(titles.join(" ")).not.toMatch(/Amazon/)

      await page.getByTestId("search").fill("shipped, with tracking")
      await page.getByTestId("suggestions").getByRole("option").first().click()
      await page.getByTestId("insert").click()
      const confirm = page.getByRole("button", { name: "Insert anyway" })
      if (await confirm.isVisible()) await confirm.click()
      const value = await page.locator(message.box).inputValue()
      expect(value).toContain(message.order)
      expect(value).not.toContain("Amazon")
      const inputEvents = await page.evaluate(
        () => (window as never as { __replyInputEvents: number }).__replyInputEvents,
      )
      expect(inputEvents).toBeGreaterThan(0)

      const sidebar = await page.getByTestId("sidebar").boundingBox()
      const box = await page.locator(message.box).boundingBox()
      expect(box && sidebar && box.x + box.width <= sidebar.x).toBe(true)
      await page.screenshot({
        path: join(REPO_ROOT, "test-results", "screenshots", `ebay-${message.host}-1280x800.png`),
      })
      errors.assertNone(`eBay message page on ${message.host}`)
      await page.close()
    })
  }

  it("remembers a Seller Hub order's facts", async () => {
    const page = await extension.context.newPage()
    await page.goto(urlOf("us-seller-hub-order-shipped"))
    await page.getByTestId("sidebar").waitFor()
    await expect
      .poll(() => page.locator('[data-fact="orderId"] dd').textContent())
      .toBe("12-09876-54321")
    expect(await page.locator('[data-fact="trackingNumber"] dd').textContent()).toMatch(/\w{10,}/)
    await page.close()
  })
})
