import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { draftOf, newDraft } from "~templates/draft"
import type { StarterTemplate } from "~templates/schema"
import { aTemplate } from "~templates/testing"
import { CopilotDatabase } from "./db"
import {
  changeTemplates,
  deleteTemplates,
  readLibrary,
  restoreTemplates,
  saveDraft,
} from "./library"
import { installStarterLibrary, recordUsage, starterTemplateId } from "./templates"

const NOW = "2025-06-01T12:00:00.000Z"
const LATER = "2025-06-02T12:00:00.000Z"

const starter = (revision: number, title = "Shipped"): StarterTemplate => ({
  key: "shipped",
  revision,
  folder: "Shipping",
  intents: ["order_status"],
  orderStates: ["shipped"],
  sites: [],
  tags: ["tracking"],
  // Two of the languages are enough to test installing and updating.
  translations: {
    en: { title, body: "It shipped." },
    es: { title: `${title} (es)`, body: "Se envió." },
  } as StarterTemplate["translations"],
})
const STARTER_EN = starterTemplateId("shipped", "en")

let db: CopilotDatabase
beforeEach(() => {
  db = new CopilotDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(() => db.delete())

describe("saveDraft", () => {
  it("creates a user template and changes it in place", async () => {
    const created = await saveDraft(
      db,
      { ...newDraft("en"), title: "Gift wrap", body: "We wrap it." },
      NOW,
      () => "user:1",
    )
    expect(created).toMatchObject({ id: "user:1", groupId: "user:1", origin: "user" })
    const changed = await saveDraft(db, { ...draftOf(created), title: "Gift wrapping" }, LATER)
    expect(changed).toMatchObject({ id: "user:1", title: "Gift wrapping", createdAt: NOW })
    expect(await db.templates.count()).toBe(1)
  })

  it("marks an edited starter so a newer starter revision leaves it alone", async () => {
    await installStarterLibrary(db, [starter(1)], NOW)
    const current = (await db.templates.get(STARTER_EN))!
    await saveDraft(db, { ...draftOf(current), title: "My own words" }, LATER)
    await installStarterLibrary(db, [starter(2, "Shipped v2")], LATER)
    expect(await db.templates.get(STARTER_EN)).toMatchObject({
      title: "My own words",
      edited: true,
    })
  })

  it("refuses to save over a template that was deleted meanwhile", async () => {
    await expect(saveDraft(db, draftOf(aTemplate({ id: "user:gone" })), NOW)).rejects.toThrow(
      "no longer exists",
    )
    expect(await db.templates.count()).toBe(0)
  })
})

describe("deleteTemplates and restoreTemplates", () => {
  it("tombstones deleted starters so updates do not bring them back", async () => {
    await installStarterLibrary(db, [starter(1)], NOW)
    const deleted = await deleteTemplates(db, [STARTER_EN], LATER)
    expect(deleted.map((template) => template.id)).toEqual([STARTER_EN])
    await installStarterLibrary(db, [starter(2)], LATER)
    expect(await db.templates.get(STARTER_EN)).toBeUndefined()
    expect(await db.starterTombstones.get(STARTER_EN)).toEqual({ id: STARTER_EN, deletedAt: LATER })
  })

  it("restores exactly what was deleted and lifts the tombstones", async () => {
    await installStarterLibrary(db, [starter(1)], NOW)
    await db.templates.put(aTemplate({ id: "user:1", pinned: true, tags: ["x"] }))
    const before = await db.templates.toArray()
    const deleted = await deleteTemplates(db, [STARTER_EN, "user:1", "user:missing"], LATER)
    expect(deleted).toHaveLength(2)
    await restoreTemplates(db, deleted)
    expect(await db.templates.toArray()).toEqual(before)
    expect(await db.starterTombstones.count()).toBe(0)
    // Restored and unedited: a newer starter revision reaches it again.
    await installStarterLibrary(db, [starter(2, "Shipped v2")], LATER)
    expect((await db.templates.get(STARTER_EN))?.title).toBe("Shipped v2")
  })
})

describe("changeTemplates", () => {
  beforeEach(async () => {
    await installStarterLibrary(db, [starter(1)], NOW)
    await db.templates.put(aTemplate({ id: "user:1", folder: "Old", tags: ["x"] }))
  })
  const ids = [STARTER_EN, "user:1"]

  it("moves templates to a folder, or out of any folder, marking starters edited", async () => {
    expect(await changeTemplates(db, ids, { kind: "folder", folder: " Seasonal " }, LATER)).toBe(2)
    for (const template of await db.templates.bulkGet(ids)) {
      expect(template?.folder).toBe("Seasonal")
      expect(template?.updatedAt).toBe(LATER)
    }
    expect((await db.templates.get(STARTER_EN))?.edited).toBe(true)
    await changeTemplates(db, ids, { kind: "folder" }, LATER)
    expect((await db.templates.get("user:1"))?.folder).toBeUndefined()
  })

  it("adds a tag once", async () => {
    await changeTemplates(db, ids, { kind: "addTag", tag: "x" }, LATER)
    expect((await db.templates.get("user:1"))?.tags).toEqual(["x"])
    expect((await db.templates.get(STARTER_EN))?.tags).toEqual(["tracking", "x"])
  })

  it("pins without counting as an edit of a starter", async () => {
    await changeTemplates(db, ids, { kind: "pinned", pinned: true }, LATER)
    const pinned = await db.templates.bulkGet(ids)
    expect(pinned.map((template) => template?.pinned)).toEqual([true, true])
    expect(pinned[0]?.edited).toBe(false)
  })
})

describe("readLibrary", () => {
  it("reads every template with how often and when each was inserted", async () => {
    await db.templates.put(aTemplate({ id: "user:1" }))
    await recordUsage(db, { templateId: "user:1", kind: "inserted", at: NOW })
    await recordUsage(db, { templateId: "user:1", kind: "inserted", at: LATER })
    const library = await readLibrary(db)
    expect(library.templates.map((template) => template.id)).toEqual(["user:1"])
    expect(library.usage.get("user:1")).toEqual({
      inserted: 2,
      edited: 0,
      ignored: 0,
      lastUsedAt: LATER,
    })
  })
})
