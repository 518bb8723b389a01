import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { AMAZON_FIXTURES, AMAZON_SERVED_FILES } from "../fixtures/amazon"
import {
  type LaunchedExtension,
  launchWithExtension,
  REPO_ROOT,
  serveFixtures,
} from "../harness/extension"

const first = AMAZON_FIXTURES.find((fixture) => fixture.name === "us-inbox-v3-thread-shipped")!
const FIRST_ORDER = "112-4456789-1234567"
const LATER_ORDER = "112-0000000-7654321"
const LATER_THREAD = "0f0f0f0f-1111-4222-8333-444444444444"
// The same buyer writing again later, about another order, in another conversation.
const laterUrl = `https://sellercentral.amazon.com/messaging/inbox?fi=responseNeeded&cc=${LATER_THREAD}`
const laterPage = readFileSync(first.file, "utf8")
  .replaceAll(FIRST_ORDER, LATER_ORDER)
  .replaceAll(new URL(first.url).searchParams.get("cc") ?? "", LATER_THREAD)

let extension: LaunchedExtension

beforeAll(async () => {
  extension = await launchWithExtension()
  await serveFixtures(extension.context, AMAZON_SERVED_FILES)
  await extension.context.route(laterUrl, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: laterPage }),
  )
})
afterAll(async () => {
  await extension?.close()
})

async function visit(url: string): Promise<Page> {
  const page = await extension.context.newPage()
  await page.goto(url)
  await page.locator('[data-fact="orderId"]').waitFor()
  return page
}

async function setHistory(action: "clear" | "off") {
  const options = await extension.context.newPage()
  await options.goto(extension.extensionUrl("options.html"))
  if (action === "clear") {
    await options.getByTestId("clear-history").click()
    await options.getByRole("status").filter({ hasText: "cleared" }).waitFor()
  } else {
    await options.getByTestId("buyer-history").uncheck()
    await options.getByTestId("save").click()
    await options.getByRole("status").filter({ hasText: "Saved." }).waitFor()
  }
  await options.close()
}

describe("buyer history", () => {
  it("shows the buyer's earlier conversation and order, and forgets them on request", async () => {
    await (await visit(first.url)).close()
    const later = await visit(laterUrl)
    const history = later.getByTestId("buyer-history")
    await expect.poll(() => history.textContent()).toContain(FIRST_ORDER)
    expect(await history.locator("[data-kind='order']").textContent()).toContain("shipped")
    expect(await history.textContent()).not.toContain(LATER_ORDER)
    await later.screenshot({
      path: join(REPO_ROOT, "test-results", "screenshots", "buyer-history.png"),
    })

    await setHistory("clear")
    await later.reload()
    await later.locator('[data-fact="orderId"]').waitFor()
    await later.getByTestId("suggestions").getByRole("option").first().waitFor()
    expect(await history.count()).toBe(0)
    await later.close()
  })

  it("keeps nothing when history is turned off", async () => {
    await setHistory("off")
    await (await visit(first.url)).close()
    const later = await visit(laterUrl)
    await later.getByTestId("suggestions").getByRole("option").first().waitFor()
    expect(await later.getByTestId("buyer-history").count()).toBe(0)
    await later.close()
  })
})
