import { describe, expect, it } from "vitest"
import { templateBadges } from "./badges"
import { aTemplate } from "./testing"
import { dropUndo, pushUndo, tombstonesFor, UNDO_LIMIT, type UndoEntry } from "./undo"

const entry = (id: number): UndoEntry => ({ id, templates: [aTemplate({ id: `user:${id}` })] })

describe("undo stack", () => {
  it("keeps the latest deletions only", () => {
    let stack: UndoEntry[] = []
    for (let id = 1; id <= UNDO_LIMIT + 2; id++) stack = pushUndo(stack, entry(id))
    expect(stack.map((item) => item.id)).toEqual([3, 4, 5, 6, 7])
  })

  it("forgets an entry once undone or dismissed, and only that one", () => {
    const stack = [entry(1), entry(2), entry(3)]
    expect(dropUndo(stack, 2).map((item) => item.id)).toEqual([1, 3])
    expect(dropUndo(stack, 9)).toEqual(stack)
  })
})

describe("tombstonesFor", () => {
  it("tombstones starter templates only", () => {
    const deleted = [aTemplate({ id: "starter:a:en", origin: "starter" }), aTemplate()]
    expect(tombstonesFor(deleted, "2025-01-02")).toEqual([
      { id: "starter:a:en", deletedAt: "2025-01-02" },
    ])
  })
})

describe("templateBadges", () => {
  it("says where a template comes from and whether it was changed", () => {
    expect(templateBadges(aTemplate())).toEqual([])
    expect(templateBadges(aTemplate({ origin: "starter" }))).toEqual([
      { label: "libraryBadgeStarter", tone: "neutral" },
    ])
    expect(templateBadges(aTemplate({ origin: "starter", edited: true }))).toEqual([
      { label: "libraryBadgeStarterEdited", tone: "neutral" },
    ])
  })
})
