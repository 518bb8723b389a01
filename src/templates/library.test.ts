import { describe, expect, it } from "vitest"
import { filterGroups, groupTemplates, libraryFacets, type TemplateUsage } from "./library"
import { aTemplate } from "./testing"

const shipping = aTemplate({
  id: "a:en",
  groupId: "a",
  title: "Shipping update",
  folder: "Shipping",
  tags: ["tracking"],
})
const envio = aTemplate({
  id: "a:es",
  groupId: "a",
  title: "Actualización del envío",
  body: "Hola {{ buyer.firstName }}, su pedido está en camino con {{ order.carrier }}.",
  language: "es",
  folder: "Shipping",
  tags: ["seguimiento"],
})
const refund = aTemplate({
  id: "b:en",
  groupId: "b",
  title: "Refund issued",
  body: "We issued your refund today.",
  intents: ["refund_status"],
  tags: ["refund"],
  origin: "starter",
})
const pinnedReturn = aTemplate({
  id: "c:en",
  groupId: "c",
  title: "Return label",
  body: "Here is your return label.",
  pinned: true,
})
const all = [shipping, envio, refund, pinnedReturn]
const noUsage = new Map<string, TemplateUsage>()

const titles = (groups: ReturnType<typeof groupTemplates>) =>
  groups.map((group) => group.primary.title)

describe("groupTemplates", () => {
  it("puts translations of one reply in one row, named in the preferred language", () => {
    const groups = groupTemplates(all, noUsage, "es")
    expect(groups).toHaveLength(3)
    const a = groups.find((group) => group.groupId === "a")!
    expect(a.templates.map((template) => template.language)).toEqual(["en", "es"])
    expect(a.primary).toBe(envio)
    expect(groupTemplates(all, noUsage, "de").find((group) => group.groupId === "a")!.primary).toBe(
      shipping,
    )
  })

  it("lists pinned replies first, then by title", () => {
    expect(titles(groupTemplates(all, noUsage, "en"))).toEqual([
      "Return label",
      "Refund issued",
      "Shipping update",
    ])
  })

  it("adds up the usage of every translation and keeps the latest use", () => {
    const usage = new Map<string, TemplateUsage>([
      ["a:en", { inserted: 2, lastUsedAt: "2025-03-01T10:00:00.000Z" }],
      ["a:es", { inserted: 3, lastUsedAt: "2025-04-01T10:00:00.000Z" }],
    ])
    const a = groupTemplates(all, usage, "en").find((group) => group.groupId === "a")!
    expect(a.inserted).toBe(5)
    expect(a.lastUsedAt).toBe("2025-04-01T10:00:00.000Z")
  })
})

describe("filterGroups", () => {
  const groups = groupTemplates(all, noUsage, "en")
  const shown = (filter: Parameters<typeof filterGroups>[1]) => titles(filterGroups(groups, filter))

  it("searches titles, bodies and tags, ignoring accents and case", () => {
    expect(shown({ query: "ACTUALIZACION" })).toEqual(["Shipping update"])
    expect(shown({ query: "está camino" })).toEqual(["Shipping update"])
    expect(shown({ query: "esta" })).toEqual(["Shipping update"])
    expect(shown({ query: "seguimiento" })).toEqual(["Shipping update"])
    expect(shown({ query: "refund today" })).toEqual(["Refund issued"])
    expect(shown({ query: "refund label" })).toEqual([])
    expect(shown({ query: "  " })).toHaveLength(3)
  })

  it("filters by language, intent, folder, tag, origin and pin", () => {
    expect(shown({ query: "", language: "es" })).toEqual(["Shipping update"])
    expect(shown({ query: "", intent: "refund_status" })).toEqual(["Refund issued"])
    expect(shown({ query: "", folder: "Shipping" })).toEqual(["Shipping update"])
    expect(shown({ query: "", folder: "" })).toEqual(["Return label", "Refund issued"])
    expect(shown({ query: "", tag: "refund" })).toEqual(["Refund issued"])
    expect(shown({ query: "", origin: "starter" })).toEqual(["Refund issued"])
    expect(shown({ query: "", pinned: true })).toEqual(["Return label"])
    expect(shown({ query: "", pinned: false })).toEqual(["Refund issued", "Shipping update"])
  })

  it("needs one translation to pass every condition at once", () => {
    expect(shown({ query: "envío", language: "en" })).toEqual([])
    expect(shown({ query: "envío", language: "es" })).toEqual(["Shipping update"])
  })

  it("sees a template's new text after an edit", () => {
    const edited = { ...refund, body: "Your money is back." }
    const after = groupTemplates([shipping, envio, edited, pinnedReturn], noUsage, "en")
    expect(titles(filterGroups(after, { query: "money" }))).toEqual(["Refund issued"])
  })
})

describe("libraryFacets", () => {
  it("offers only the languages, folders, tags and origins in use, sorted", () => {
    expect(libraryFacets(all)).toEqual({
      languages: ["en", "es"],
      folders: ["Shipping"],
      tags: ["refund", "seguimiento", "tracking"],
      origins: ["starter", "user"],
    })
  })
})
