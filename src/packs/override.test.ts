import { describe, expect, it } from "vitest"
import { applyPlan, planPack } from "./merge"
import { editTemplate, isReadOnly, revertToPack } from "./override"
import { packTemplate, samplePack } from "./testing"

const NOW = "2026-01-01T00:00:00.000Z"

function installed(managed = false) {
  const plan = planPack(
    samplePack([packTemplate("a", { groupId: "g" })]),
    { kind: "file" },
    undefined,
    [],
    {
      mode: "import",
    },
  )
  return applyPlan(plan, { managed, now: NOW }).put[0]
}

describe("local overrides", () => {
  it("remembers the pack's copy on the first edit, and only then", () => {
    const original = installed()
    expect(original.pack?.upstream).toBeUndefined()
    const once = editTemplate(original, { body: "Mine" }, NOW)
    const twice = editTemplate(once, { title: "My title" }, NOW)
    expect(twice).toMatchObject({ body: "Mine", title: "My title", edited: true })
    expect(twice.pack?.upstream).toMatchObject({
      body: original.body,
      title: original.title,
      groupId: "g",
    })
  })

  it("goes back to the pack's version", () => {
    const original = installed()
    const reverted = revertToPack(editTemplate(original, { body: "Mine", tags: [] }, NOW), NOW)
    expect(reverted).toEqual({ ...original, updatedAt: NOW })
  })

  it("refuses edits of managed templates", () => {
    const managed = installed(true)
    expect(isReadOnly(managed)).toBe(true)
    expect(() => editTemplate(managed, { body: "x" }, NOW)).toThrow("Your organisation manages")
  })
})
