/**
 * The library page with a large library: 5,000 templates (2,500 replies in English and Spanish)
 * seeded into the extension's IndexedDB, then options.html opened until the list is rendered and
 * the search box answers.
 */
import type { Page } from "playwright-core"
import type { Template } from "~templates/schema"
import { launchWithExtension } from "../harness/extension"

export const LIBRARY_SIZE = 5_000
const RUNS = 9

const TOPICS = ["tracking", "refund", "return label", "gift wrap", "invoice", "damaged box"]
const FOLDERS = ["Shipping", "Returns", "Billing", "Pre-sale", "Problems", "Seasonal"]

/** A library of `count` templates, each reply in English and Spanish, bodies of realistic size. */
export function seededLibrary(count: number, now = new Date().toISOString()): Template[] {
  const templates: Template[] = []
  for (let index = 0; index < count; index++) {
    const reply = Math.floor(index / 2)
    const spanish = index % 2 === 1
    const topic = TOPICS[reply % TOPICS.length]
    const body = spanish
      ? `Hola {{ buyer.firstName }}:\n\nGracias por escribirnos sobre el pedido {{ order.id }} (${topic}, caso ${reply}). Lo revisamos hoy mismo y le respondemos por este mismo canal con la información de {{ order.carrier | default: "el transportista" }}.\n\nUn saludo,\n{{ seller.signature }}`
      : `Hi {{ buyer.firstName }},\n\nThanks for writing about order {{ order.id }} (${topic}, case ${reply}). We are looking into it today and will answer here with the details from {{ order.carrier | default: "the carrier" }}.\n\nBest regards,\n{{ seller.signature }}`
    templates.push({
      id: `bench:${reply}:${spanish ? "es" : "en"}`,
      groupId: `bench:${reply}`,
      title: `${spanish ? "Respuesta" : "Reply"} ${reply}: ${topic}`,
      body,
      language: spanish ? "es" : "en",
      intents: ["order_status"],
      orderStates: reply % 3 === 0 ? ["shipped"] : [],
      sites: [],
      tags: [topic, `batch-${reply % 50}`],
      folder: FOLDERS[reply % FOLDERS.length],
      pinned: reply % 97 === 0,
      origin: "user",
      edited: false,
      createdAt: now,
      updatedAt: now,
    })
  }
  return templates
}

/** Writes the templates straight into the extension's database, from one of its pages. */
async function seed(page: Page, templates: Template[]) {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("seller-reply-copilot")
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const transaction = open.result.transaction("templates", "readwrite")
          const store = transaction.objectStore("templates")
          for (const row of rows) store.put(row)
          transaction.oncomplete = () => {
            open.result.close()
            resolve()
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
    templates,
  )
}

export interface LibraryOpenFigures {
  /** Navigation start to the list rendered with the search box enabled, per run. */
  interactive: number[]
  /** Typing a query to the filtered list shown, per run. */
  search: number[]
  /** Rows in the DOM when interactive: the list is virtualised, not 5,000 rows. */
  renderedRows: number
}

export async function libraryOpenTimes(): Promise<LibraryOpenFigures> {
  const extension = await launchWithExtension({ viewport: { width: 1280, height: 900 } })
  try {
    const seeding = await extension.context.newPage()
    // Opening an extension page first lets the worker install the starter library and the schema.
    await seeding.goto(extension.extensionUrl("options.html"))
    await seeding.locator("[data-testid='library'][data-ready='true']").waitFor()
    await seed(seeding, seededLibrary(LIBRARY_SIZE))
    await seeding.close()

    const figures: LibraryOpenFigures = { interactive: [], search: [], renderedRows: 0 }
    for (let run = 0; run < RUNS; run++) {
      const page = await extension.context.newPage()
      await page.addInitScript(() => {
        const marks = window as never as { __interactive?: number }
        const observer = new MutationObserver(() => {
          const search = document.querySelector<HTMLInputElement>("[data-testid='library-search']")
          const row = document.querySelector("[data-testid='library-row']")
          if (search && !search.disabled && row) {
            marks.__interactive = performance.now()
            observer.disconnect()
          }
        })
        observer.observe(document, { childList: true, subtree: true })
      })
      await page.goto(extension.extensionUrl("options.html"))
      await page.waitForFunction(
        () => (window as never as { __interactive?: number }).__interactive,
      )
      const interactive = await page.evaluate(
        () => (window as never as { __interactive: number }).__interactive,
      )
      const rows = await page.getByTestId("library-row").count()
      const search = await page.evaluate(async () => {
        const input = document.querySelector<HTMLInputElement>("[data-testid='library-search']")!
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!
        const started = performance.now()
        setValue.call(input, "respuesta 1234")
        input.dispatchEvent(new Event("input", { bubbles: true }))
        while (performance.now() - started < 5_000) {
          const titles = [...document.querySelectorAll("[data-testid='library-open']")]
          if (titles.length === 1 && titles[0].textContent?.includes("1234")) break
          await new Promise(requestAnimationFrame)
        }
        return performance.now() - started
      })
      // The first open also wakes the worker's database after seeding.
      if (run > 0) {
        figures.interactive.push(interactive)
        figures.search.push(search)
        figures.renderedRows = rows
      }
      await page.close()
    }
    return figures
  } finally {
    await extension.close()
  }
}
