import { join } from "node:path"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { AMAZON_FIXTURES, AMAZON_SERVED_FILES } from "../fixtures/amazon"
import {
  type LaunchedExtension,
  launchWithExtension,
  SCREENSHOTS,
  serveFixtures,
} from "../harness/extension"

let extension: LaunchedExtension

beforeAll(async () => {
  extension = await launchWithExtension({ viewport: { width: 1280, height: 800 } })
  await serveFixtures(extension.context, AMAZON_SERVED_FILES)
})
afterAll(async () => {
  await extension?.close()
})

async function saveSignature(signature: string) {
  const options = await extension.context.newPage()
  await options.goto(extension.extensionUrl("options.html"))
  await options.getByTestId("signature").fill(signature)
  await options.getByTestId("save").click()
  await options.getByRole("status").filter({ hasText: "Saved." }).waitFor()
  return options
}

async function openThread(name = "us-inbox-v3-thread-shipped"): Promise<Page> {
  const page = await extension.context.newPage()
  const fixture = AMAZON_FIXTURES.find((candidate) => candidate.name === name)
  await page.goto(fixture?.url ?? "")
  await page.getByTestId("sidebar").waitFor()
  return page
}

async function chooseTrackingReply(page: Page) {
  await page.getByTestId("search").fill("tracking")
  await page
    .getByTestId("suggestions")
    .getByRole("option", { name: "Where is my order: shipped, with tracking" })
    .click()
}

describe("marketplace rules before insert", () => {
  it("stops a reply with an email address, highlights it, and inserts once it is fixed", async () => {
    await (await saveSignature("Dana, Northwind Gadgets · dana@northwind-gadgets.com")).close()
    const page = await openThread()
    await chooseTrackingReply(page)
    const blocked = page.getByTestId("preview").locator("[data-mark='block']")
    await expect.poll(() => blocked.first().textContent()).toContain("dana@northwind-gadgets.com")
    const finding = page.getByTestId("reply-findings").locator("[data-severity='block']").first()
    expect(await finding.textContent()).toContain("dana@northwind-gadgets.com")
    expect(
      await page
        .getByTestId("suggestions")
        .getByRole("option", { selected: true })
        .getByTestId("breaks-rules")
        .count(),
    ).toBe(1)
    await page.screenshot({ path: join(SCREENSHOTS, "policy-email-in-signature.png") })

    await page.getByTestId("insert").click()
    await page.getByTestId("confirm-insert").waitFor()
    expect(await page.getByTestId("confirm-insert").textContent()).toMatch(
      /breaks 1 marketplace rule/,
    )
    expect(await page.locator("kat-textarea textarea").inputValue()).toBe("")
    await page.getByRole("button", { name: "Cancel" }).click()

    // The agent fixes the cause (the signature) and the reply goes in without a question.
    await (await saveSignature("Dana, Northwind Gadgets")).close()
    await page.reload()
    await chooseTrackingReply(page)
    await expect.poll(() => page.getByTestId("preview").textContent()).toContain("Dana, Northwind")
    expect(await blocked.count()).toBe(0)
    await page.getByTestId("insert").click()
    const value = await page.locator("kat-textarea textarea").inputValue()
    expect(value).toContain("1Z999AA10123456784")
    expect(value).not.toContain("dana@northwind-gadgets.com")
    await page.close()
  })

  it("applies a rule's fix to the reply before inserting it", async () => {
    await (await saveSignature("Dana, Northwind Gadgets 😊")).close()
    const page = await openThread()
    await chooseTrackingReply(page)
    const finding = page.getByTestId("reply-findings").locator("[data-rule='emoji']")
    await finding.getByTestId("apply-fix").click()
    await expect
      .poll(() => page.getByTestId("reply-findings").locator("[data-rule='emoji']").count())
      .toBe(0)
    await page.getByTestId("insert").click()
    const value = await page.locator("kat-textarea textarea").inputValue()
    expect(value).toContain("Dana, Northwind Gadgets")
    expect(value).not.toContain("😊")
    await page.close()
  })

  it("stops a reply that offers something for a review", async () => {
    await (await saveSignature("Dana. Leave us 5 stars and get a $10 gift card!")).close()
    const page = await openThread()
    await chooseTrackingReply(page)
    const finding = page.getByTestId("reply-findings").locator("[data-rule='review-manipulation']")
    await expect.poll(() => finding.count()).toBeGreaterThan(0)
    expect(await finding.first().getAttribute("data-severity")).toBe("block")
    await page.getByTestId("insert").click()
    await page.getByTestId("confirm-insert").waitFor()
    expect(await page.locator("kat-textarea textarea").inputValue()).toBe("")
    await page.close()
  })

  it("lets the agent insert anyway after confirming", async () => {
    await (await saveSignature("Dana, Northwind Gadgets (northwind-gadgets.com)")).close()
    const page = await openThread()
    await chooseTrackingReply(page)
    await expect
      .poll(() => page.getByTestId("preview").locator("[data-mark='block']").count())
      .toBeGreaterThan(0)
    await page.getByTestId("insert").click()
    await page.getByRole("button", { name: "Insert anyway" }).click()
    expect(await page.locator("kat-textarea textarea").inputValue()).toContain(
      "northwind-gadgets.com",
    )
    await page.close()
  })

  it("checks what the agent typed, live, and fixes it in the page", async () => {
    await (await saveSignature("Dana, Northwind Gadgets")).close()
    const page = await openThread()
    const replyBox = page.locator("kat-textarea textarea")
    await replyBox.fill("Thanks for your order! Leave us a 5-star review and get a $10 gift card.")
    await page.getByTestId("check-typed").click()
    const findings = page.getByTestId("typed-findings").locator("[data-severity='block']")
    await expect.poll(() => findings.count()).toBeGreaterThan(0)
    expect(await page.getByTestId("typed-findings").textContent()).toMatch(/review/i)

    await replyBox.fill("Your parcel is with UPS, tracking 1Z999AA10123456784 📦")
    const emoji = page.getByTestId("typed-findings").locator("[data-rule='emoji']")
    await expect.poll(() => emoji.count()).toBe(1)
    await emoji.getByTestId("apply-fix").click()
    await expect
      .poll(() => replyBox.inputValue())
      .toBe("Your parcel is with UPS, tracking 1Z999AA10123456784")
    await expect.poll(() => page.getByTestId("typed-clean").count()).toBe(1)
    await page.close()
  })
})

describe("seller-initiated messages on the contact-buyer page", () => {
  it("shows which of Amazon's rules for proactive messages the draft meets", async () => {
    const page = await openThread("us-contact-buyer")
    const box = page.locator(".contact-buyer-text-area kat-textarea textarea")
    const status = (id: string) =>
      page
        .getByTestId("proactive-checks")
        .locator(`[data-check='${id}']`)
        .getAttribute("data-status")

    await box.fill("Thank you for your order! Let us know if there is a problem.")
    await page.getByTestId("check-typed").click()
    await expect.poll(() => status("permitted-reason")).toBe("fail")
    expect(await status("order-id")).toBe("fail")
    expect(await status("within-30-days")).toBe("unknown")

    await box.fill(
      "Hello Emily, we are sorry: we are unable to ship your order 113-7654321-1234567 because the last dripper in stock was damaged in our warehouse. We have cancelled the order and you will receive a full refund.",
    )
    await expect.poll(() => status("permitted-reason")).toBe("pass")
    expect(await status("order-id")).toBe("pass")
    expect(await status("language")).toBe("pass")
    await page.close()
  })
})

describe("the response clock", () => {
  it("shows how late the answer to the buyer is", async () => {
    const page = await openThread()
    await expect.poll(() => page.getByTestId("clock").getAttribute("data-status")).toBe("overdue")
    expect(await page.getByTestId("clock").textContent()).toMatch(/Reply overdue by \d+ days/)
    await page.close()
  })
})

describe("the library audit", () => {
  it("lists the templates that break the rules", async () => {
    const options = await saveSignature("Dana · dana@northwind-gadgets.com")
    expect(await options.getByTestId("signature-findings").textContent()).toMatch(/email address/)
    await options.getByTestId("run-audit").click()
    await expect
      .poll(() => options.getByTestId("audit-summary").textContent())
      .toMatch(/^(\d+) of \1 templates need attention/)
    expect(await options.getByTestId("audit-findings").first().textContent()).toContain(
      "dana@northwind-gadgets.com",
    )
    await options.screenshot({
      path: join(SCREENSHOTS, "options-library-audit.png"),
      fullPage: false,
    })
    await options.getByTestId("signature").fill("Dana, Northwind Gadgets")
    await options.getByTestId("save").click()
    await options.getByTestId("run-audit").click()
    await expect
      .poll(() => options.getByTestId("audit-summary").textContent())
      .toMatch(/^0 of \d+ templates need attention/)
    await options.close()
  })
})
