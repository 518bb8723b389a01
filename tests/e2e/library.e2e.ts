import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { AMAZON_FIXTURES, AMAZON_SERVED_FILES } from "../fixtures/amazon"
import {
  collectPageErrors,
  type LaunchedExtension,
  launchWithExtension,
  SCREENSHOTS,
  serveFixtures,
} from "../harness/extension"

const TITLE = "Gift wrap request — café"
const THREAD = AMAZON_FIXTURES.find((fixture) => fixture.name === "us-inbox-v3-thread-shipped")!

let extension: LaunchedExtension
let options: Page

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  extension = await launchWithExtension({ viewport: { width: 1280, height: 1000 } })
  await serveFixtures(extension.context, AMAZON_SERVED_FILES)
  options = await openLibrary()
})
afterAll(async () => {
  await extension?.close()
})

async function openLibrary(): Promise<Page> {
  const page = await extension.context.newPage()
  page.on("dialog", (dialog) => {
    throw new Error(`Unexpected dialog: ${dialog.message()}`)
  })
  await page.goto(extension.extensionUrl("options.html"))
  await page.locator("[data-testid='library'][data-ready='true']").waitFor()
  return page
}

const rows = (page: Page) => page.getByTestId("library-row")
const row = (page: Page, title: string) =>
  rows(page).filter({ has: page.getByTestId("library-open").getByText(title, { exact: true }) })
const editor = (page: Page) => page.getByTestId("library-editor")
const body = (page: Page) => page.getByTestId("library-body")

async function search(page: Page, query: string) {
  await page.getByTestId("library-search").fill(query)
}

async function save(page: Page, title: string) {
  await page.getByTestId("library-save").click()
  await page.getByTestId("library-status").filter({ hasText: title }).waitFor()
}

const previewText = (page: Page) => editor(page).getByTestId("preview").textContent()

async function screenshot(target: Page | Locator, name: string) {
  await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

describe("template library in the options page", () => {
  it("creates a template with facts from the palette and from autocomplete, and previews it", async () => {
    const errors = collectPageErrors(options)
    expect(await rows(options).count()).toBeGreaterThan(5)
    await options.getByTestId("library-new").click()
    await options.getByTestId("library-title").fill(TITLE)
    await body(options).click()
    await body(options).pressSequentially("Hi ")
    await options.locator("[data-variable='buyer.firstName']").click()
    await body(options).pressSequentially(", we can gift wrap order {{ order.i")
    const completions = options.getByTestId("variable-completions")
    await completions.waitFor()
    expect(await completions.getByRole("option").first().textContent()).toContain("order.id")
    await screenshot(options, "library-autocomplete")
    await body(options).press("Enter")
    await body(options).pressSequentially(" for free.")
    expect(await body(options).inputValue()).toBe(
      "Hi {{ buyer.firstName }}, we can gift wrap order {{ order.id }} for free.",
    )
    expect(await completions.count()).toBe(0)
    await options.getByTestId("library-folder").fill("Gifts")
    await options.getByTestId("library-tags").fill("gift, wrapping")
    await expect
      .poll(() => previewText(options))
      .toBe("Hi Alex, we can gift wrap order 111-2223334-4445556 for free.")
    await options.getByTestId("preview-source").selectOption("ebay")
    await expect.poll(() => previewText(options)).toContain("12-34567-89012")
    await save(options, TITLE)
    await search(options, "cafe")
    await expect.poll(() => rows(options).count()).toBe(1)
    expect(await row(options, TITLE).getByTestId("library-row-folder").textContent()).toContain(
      "Gifts",
    )
    await screenshot(options, "library-created")
    errors.assertNone("options page")
  })

  it("shows rule findings and template errors in the preview, and keeps a draft it cannot save", async () => {
    await row(options, TITLE).getByTestId("library-open").click()
    const original = await body(options).inputValue()
    await body(options).fill(`${original} Leave us 5 stars!`)
    await editor(options).getByTestId("library-findings").waitFor()
    await body(options).fill(`${original} {{ order.nope }}`)
    await editor(options).getByTestId("library-preview-error").waitFor()
    await options.getByTestId("library-save").click()
    await expect
      .poll(() => options.getByTestId("library-save-error").textContent())
      .toContain("order.nope")
    await options.getByTestId("library-title").fill("")
    await options.getByTestId("library-save").click()
    await options.getByTestId("error-title").waitFor()
    expect(await body(options).inputValue()).toBe(`${original} {{ order.nope }}`)
    await screenshot(editor(options), "library-validation")
    await search(options, "")
    await rows(options).first().getByTestId("library-open").click()
    await search(options, "cafe")
    await row(options, TITLE).getByTestId("library-open").click()
    await options.getByTestId("library-restored-draft").waitFor()
    expect(await body(options).inputValue()).toBe(`${original} {{ order.nope }}`)
    await body(options).fill(original)
    await options.getByTestId("library-title").fill(`${TITLE} (edited)`)
    await save(options, `${TITLE} (edited)`)
    await options.getByTestId("library-title").fill(TITLE)
    await save(options, TITLE)
  })

  it("duplicates, deletes with undo, and restores a deleted starter template", async () => {
    await search(options, "gift wrap")
    await row(options, TITLE).getByTestId("library-open").click()
    await options.getByTestId("library-duplicate").click()
    expect(await options.getByTestId("library-title").inputValue()).toBe(`${TITLE} (copy)`)
    await save(options, `${TITLE} (copy)`)
    await expect.poll(() => rows(options).count()).toBe(2)

    await options.getByTestId("library-delete").click()
    await options.getByTestId("library-undo-bar").waitFor()
    await expect.poll(() => rows(options).count()).toBe(1)
    await options.getByTestId("library-undo").click()
    await expect.poll(() => rows(options).count()).toBe(2)

    await search(options, "shipped, with tracking")
    const starter = "Where is my order: shipped, with tracking"
    await row(options, starter).getByTestId("library-open").click()
    await options.getByTestId("library-delete").click()
    await expect.poll(() => row(options, starter).count()).toBe(0)
    await options.getByTestId("library-undo").click()
    await expect.poll(() => row(options, starter).count()).toBe(1)
    await options.reload()
    await options.locator("[data-testid='library'][data-ready='true']").waitFor()
    await search(options, "shipped, with tracking")
    await expect.poll(() => row(options, starter).count()).toBe(1)
  })

  it("filters by folder and language, and moves a selection to another folder", async () => {
    await search(options, "")
    await options.getByTestId("filter-folder").selectOption("Gifts")
    await expect.poll(() => rows(options).count()).toBe(2)
    await options.getByTestId("filter-folder").selectOption("")
    await options.getByTestId("filter-language").selectOption("es")
    await expect.poll(() => row(options, TITLE).count()).toBe(0)
    const languagesPerRow = await rows(options).evaluateAll((items) =>
      items.map((item) =>
        [...item.querySelectorAll("[data-testid='library-language-chip']")].map(
          (chip) => chip.textContent,
        ),
      ),
    )
    expect(languagesPerRow.length).toBeGreaterThan(0)
    for (const languages of languagesPerRow) expect(languages).toContain("es")
    await options.getByTestId("filter-language").selectOption("")

    await search(options, "gift wrap")
    await expect.poll(() => rows(options).count()).toBe(2)
    await options.getByTestId("library-select-all").check()
    await options.getByTestId("bulk-folder").fill("Seasonal")
    await options.getByTestId("bulk-move").click()
    await options.getByTestId("library-status").filter({ hasText: "2" }).waitFor()
    await screenshot(options, "library-bulk")
    for (const folder of await rows(options).getByTestId("library-row-folder").allTextContents())
      expect(folder).toContain("Seasonal")
    await search(options, "")
    await options.getByTestId("filter-folder").selectOption("Seasonal")
    await expect.poll(() => rows(options).count()).toBe(2)
    expect(
      await options.getByTestId("filter-folder").locator("option").allTextContents(),
    ).not.toContain("Gifts")
    await options.getByTestId("filter-folder").selectOption("")
  })

  it("offers the new template in the sidebar, and previews it with the last conversation seen", async () => {
    const thread = await extension.context.newPage()
    await thread.goto(THREAD.url)
    await thread.getByTestId("sidebar").waitFor()
    await thread.getByTestId("search").fill("gift wrap")
    const suggestion = thread
      .getByTestId("suggestions")
      .getByRole("option", { name: TITLE, exact: false })
      .first()
    await suggestion.click()
    await expect
      .poll(() => thread.getByTestId("preview").textContent())
      .toContain("112-4456789-1234567")
    await thread.close()

    const page = await openLibrary()
    await search(page, "cafe")
    await row(page, TITLE).getByTestId("library-open").click()
    await page.getByTestId("preview-source").selectOption("last")
    await expect
      .poll(() => previewText(page))
      .toBe("Hi Michael, we can gift wrap order 112-4456789-1234567 for free.")
    await screenshot(editor(page), "library-last-conversation")
    await page.close()
  })
})
