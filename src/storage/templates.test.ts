import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { StarterTemplate } from "~templates/schema"
import { CopilotDatabase } from "./db"
import {
  installStarterLibrary,
  recordUsage,
  setPinned,
  starterTemplateId,
  usageByTemplate,
} from "./templates"

const entry = (
  key: string,
  revision: number,
  body = "Hello {{ buyer.firstName }}",
): StarterTemplate => ({
  key,
  revision,
  folder: "Shipping",
  intents: ["order_status"],
  orderStates: [],
  sites: [],
  tags: [],
  // Two of the languages are enough to test installing and updating.
  translations: {
    en: { title: `${key} en`, body },
    es: { title: `${key} es`, body: `Hola ${body}` },
  } as StarterTemplate["translations"],
})

let db: CopilotDatabase
beforeEach(() => {
  db = new CopilotDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(() => db.delete())

describe("installStarterLibrary", () => {
  it("installs every language of every starter template on first run", async () => {
    const report = await installStarterLibrary(db, [entry("a", 1), entry("b", 1)], "2025-01-01")
    expect(report).toEqual({ added: 4, updated: 0, keptEdited: 0 })
    expect((await db.templates.toArray()).map((t) => t.id).sort()).toEqual([
      "starter:a:en",
      "starter:a:es",
      "starter:b:en",
      "starter:b:es",
    ])
  })

  it("adds new starters on update, refreshes unedited ones, and never overwrites edits", async () => {
    await installStarterLibrary(db, [entry("a", 1), entry("b", 1)], "2025-01-01")
    await db.templates.update(starterTemplateId("a", "en"), { body: "My own words", edited: true })
    await setPinned(db, starterTemplateId("b", "en"), true, "2025-01-02")

    const report = await installStarterLibrary(
      db,
      [entry("a", 2, "New text"), entry("b", 2, "New text"), entry("c", 1)],
      "2025-02-01",
    )
    expect(report).toEqual({ added: 2, updated: 3, keptEdited: 1 })
    expect((await db.templates.get("starter:a:en"))?.body).toBe("My own words")
    expect((await db.templates.get("starter:a:es"))?.body).toBe("Hola New text")
    const b = await db.templates.get("starter:b:en")
    expect(b?.body).toBe("New text")
    expect(b?.pinned).toBe(true)
    expect(await db.templates.get("starter:c:en")).toBeDefined()
  })

  it("does not bring back a starter the user deleted", async () => {
    await installStarterLibrary(db, [entry("a", 1)], "2025-01-01")
    await db.templates.delete("starter:a:en")
    await db.starterTombstones.put({ id: "starter:a:en", deletedAt: "2025-01-02" })
    await installStarterLibrary(db, [entry("a", 2)], "2025-02-01")
    expect(await db.templates.get("starter:a:en")).toBeUndefined()
  })

  it("is idempotent", async () => {
    await installStarterLibrary(db, [entry("a", 1)], "2025-01-01")
    expect(await installStarterLibrary(db, [entry("a", 1)], "2025-01-02")).toEqual({
      added: 0,
      updated: 0,
      keptEdited: 0,
    })
  })
})

describe("usage and pins", () => {
  it("counts insertions, heavy edits and passed-over suggestions; remembers the last use", async () => {
    await installStarterLibrary(db, [entry("a", 1), entry("b", 1)], "2025-01-01")
    await recordUsage(db, {
      templateId: "starter:a:en",
      kind: "inserted",
      at: "2025-03-01T10:00:00Z",
    })
    await recordUsage(
      db,
      { templateId: "starter:a:en", kind: "inserted", at: "2025-03-02T10:00:00Z" },
      ["starter:b:en", "starter:a:en"],
    )
    await recordUsage(db, { templateId: "starter:a:en", kind: "edited", at: "2025-03-03" })
    const usage = await usageByTemplate(db)
    expect(usage.get("starter:a:en")).toEqual({
      inserted: 2,
      edited: 1,
      ignored: 0,
      lastUsedAt: "2025-03-02T10:00:00Z",
    })
    expect(usage.get("starter:b:en")).toEqual({ inserted: 0, edited: 0, ignored: 1 })
  })

  it("explains when the template is gone", async () => {
    await expect(setPinned(db, "missing", true, "2025-01-01")).rejects.toThrow(/no longer exists/)
    await expect(
      recordUsage(db, { templateId: "missing", kind: "inserted", at: "2025-01-01" }),
    ).rejects.toThrow(/no longer exists/)
  })
})
