import { describe, expect, it } from "vitest"
import {
  applyDraft,
  draftOf,
  duplicateDraft,
  newDraft,
  parseTags,
  TemplateDraftSchema,
  translationDraft,
  validateDraft,
} from "./draft"
import { TemplateSchema } from "./schema"
import { aTemplate } from "./testing"

const NOW = "2025-06-01T12:00:00.000Z"
const newId = () => "user:new"

describe("validateDraft", () => {
  it("accepts a complete draft", () => {
    expect(validateDraft(draftOf(aTemplate()))).toEqual([])
  })

  it("names each field that cannot be saved, with a message key", () => {
    const problems = validateDraft({
      ...newDraft("english"),
      title: "  ",
      body: "x".repeat(20_001),
      tags: ["y".repeat(61)],
      folder: "z".repeat(201),
    })
    expect(problems).toEqual([
      { field: "title", message: "libraryErrorTitleEmpty" },
      { field: "body", message: "libraryErrorTooLong", detail: "20000" },
      { field: "language", message: "libraryErrorLanguage" },
      { field: "tags", message: "libraryErrorTagTooLong", detail: "60" },
      { field: "folder", message: "libraryErrorTooLong", detail: "200" },
    ])
  })

  it("agrees with the schema the background checks", () => {
    const valid = draftOf(aTemplate())
    expect(TemplateDraftSchema.safeParse(valid).success).toBe(true)
    const tooLong = { ...valid, title: "t".repeat(201) }
    expect(validateDraft(tooLong)).not.toEqual([])
    expect(TemplateDraftSchema.safeParse(tooLong).success).toBe(false)
  })
})

describe("parseTags", () => {
  it("splits on commas, trims, drops empties and repeats", () => {
    expect(parseTags(" gift, wrap ,, gift,")).toEqual(["gift", "wrap"])
    expect(parseTags("")).toEqual([])
  })
})

describe("applyDraft", () => {
  it("creates a user template in a group of its own", () => {
    const created = applyDraft({ ...newDraft("en"), title: "T", body: "B" }, undefined, newId, NOW)
    expect(created).toMatchObject({
      id: "user:new",
      groupId: "user:new",
      origin: "user",
      edited: false,
      createdAt: NOW,
      updatedAt: NOW,
    })
    expect(TemplateSchema.safeParse(created).success).toBe(true)
  })

  it("creates a translation in the group of the reply it translates", () => {
    const original = aTemplate({ id: "a:en", groupId: "a" })
    const draft = { ...translationDraft(original, "es"), title: "Dónde está", body: "Hola" }
    expect(draft.id).toBeUndefined()
    expect(applyDraft(draft, undefined, newId, NOW)).toMatchObject({ groupId: "a", language: "es" })
  })

  it("marks an edited starter template so extension updates keep the edit", () => {
    const starter = aTemplate({ id: "starter:x:en", origin: "starter", starterRevision: 3 })
    const saved = applyDraft({ ...draftOf(starter), title: "Mine" }, starter, newId, NOW)
    expect(saved).toMatchObject({
      id: "starter:x:en",
      title: "Mine",
      origin: "starter",
      starterRevision: 3,
      edited: true,
      createdAt: starter.createdAt,
      updatedAt: NOW,
    })
  })

  it("keeps fields the editor does not know about, and stores a blank folder as none", () => {
    const stored = { ...aTemplate({ folder: "Old" }), packId: "team" } as ReturnType<
      typeof aTemplate
    >
    const saved = applyDraft({ ...draftOf(stored), folder: "  " }, stored, newId, NOW)
    expect(saved.folder).toBeUndefined()
    expect((saved as unknown as { packId: string }).packId).toBe("team")
  })
})

describe("duplicateDraft", () => {
  it("starts a separate, unpinned reply with the same text", () => {
    const original = aTemplate({ id: "a:en", groupId: "a", pinned: true, tags: ["x"] })
    const copy = duplicateDraft(original, "Copy of it")
    expect(copy).toMatchObject({ title: "Copy of it", body: original.body, tags: ["x"] })
    expect(copy.id).toBeUndefined()
    expect(copy.groupId).toBeUndefined()
    expect(copy.pinned).toBe(false)
  })
})
