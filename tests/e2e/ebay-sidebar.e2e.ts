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

beforeAll(async () => {
  extension = await launchWithExtension({ viewport: { width: 1280, height: 800 } })
  await serveFixtures(extension.context, SERVED_FILES)
})
afterAll(async () => {
  await extension?.close()
})

const urlOf = (name: string) => EBAY_FIXTURES.find((fixture) => fixture.name === name)?.url ?? ""

describe("eBay messages", () => {
  it("reads the conversation and the order, and inserts a filled reply into eBay's reply box", async () => {
    const page = await extension.context.newPage()
    const errors = collectPageErrors(page)
    await page.goto(urlOf("us-view-message-where-is-item"))
    await page.getByTestId("sidebar").waitFor()
    const fact = (key: string) => page.locator(`[data-fact="${key}"] dd`)
    await expect.poll(() => fact("orderId").textContent()).toBe("19-11234-56789")
    expect(await fact("buyer").textContent()).toBe("kayla_m2019")
    expect(await fact("item").textContent()).toContain("Vintage Pyrex 403")

    // eBay-only replies are offered here; Amazon-only ones are not.
    await page.getByTestId("search").fill("marketplace")
    const titles = await page.getByTestId("suggestions").getByRole("option").allTextContents()
    expect(titles.join(" ")).not.toMatch(/Amazon/)

    await page.getByTestId("search").fill("shipped, with tracking")
    await page.getByTestId("suggestions").getByRole("option").first().click()
    await page.getByTestId("insert").click()
    const confirm = page.getByRole("button", { name: "Insert anyway" })
    if (await confirm.isVisible()) await confirm.click()
    const value = await page.locator("#msg-reply-textarea").inputValue()
    expect(value).toContain("19-11234-56789")
    expect(value).not.toContain("Amazon")
    expect(
      await page.evaluate(
        () => (window as never as { __replyInputEvents: number }).__replyInputEvents,
      ),
    ).toBeGreaterThan(0)

    const sidebar = await page.getByTestId("sidebar").boundingBox()
    const box = await page.locator("#msg-reply-textarea").boundingBox()
    expect(box && sidebar && box.x + box.width <= sidebar.x).toBe(true)
    await page.screenshot({
      path: join(REPO_ROOT, "test-results", "screenshots", "ebay-message-1280x800.png"),
    })
    errors.assertNone("eBay message page")
    await page.close()
  })

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
