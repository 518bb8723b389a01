import { existsSync, realpathSync } from "node:fs"
import { dirname, join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { AMAZON_FIXTURES, AMAZON_SERVED_FILES } from "../fixtures/amazon"
import { findChromium } from "../harness/chromium"
import {
  type LaunchedExtension,
  launchWithExtension,
  REPO_ROOT,
  serveFixtures,
} from "../harness/extension"

let extension: LaunchedExtension

beforeAll(async () => {
  // Debian ships Chromium's translations separately; without them chrome.i18n stays English.
  const locales = join(dirname(realpathSync(findChromium())), "locales")
  if (existsSync(locales) && !existsSync(join(locales, "es.pak"))) {
    throw new Error(
      "The Spanish UI test needs Chromium's translations: sudo apt-get install -y chromium-l10n",
    )
  }
  extension = await launchWithExtension({ uiLanguage: "es" })
  await serveFixtures(extension.context, AMAZON_SERVED_FILES)
})
afterAll(async () => {
  await extension?.close()
})

describe("the sidebar in a Spanish browser", () => {
  it("speaks Spanish and suggests Spanish replies first on a Spanish marketplace page", async () => {
    const page = await extension.context.newPage()
    const fixture = AMAZON_FIXTURES.find((candidate) => candidate.name === "es-order-details")
    await page.goto(fixture?.url ?? "")
    const sidebar = page.getByTestId("sidebar")
    await sidebar.waitFor()
    await expect.poll(() => sidebar.getAttribute("aria-label")).toBe("Copiloto de respuestas")
    await expect.poll(() => page.getByTestId("facts-section").textContent()).toContain("Pedido")
    const first = page.getByTestId("suggestions").getByRole("option").first()
    await expect.poll(() => first.getAttribute("data-language")).toBe("es")
    expect(await page.getByTestId("insert").textContent()).toBe("Insertar")
    await page.screenshot({
      path: join(REPO_ROOT, "test-results", "screenshots", "es-order-details-ui-es.png"),
    })
    await page.close()
  })
})
