import { describe, expect, it } from "vitest"
import type { PageContext } from "~context/schema"
import type { Template } from "~templates/schema"
import { aTemplate } from "~templates/testing"
import { preferredLanguages, rankTemplates } from "./rank"

const template = (id: string, overrides: Partial<Template> = {}): Template =>
  aTemplate({
    id,
    groupId: id.replace(/:(en|es)$/, ""),
    title: id,
    body: "Hello",
    intents: [],
    ...overrides,
  })

const context = (order: Partial<NonNullable<PageContext["order"]>>, message = ""): PageContext => ({
  marketplace: { site: "amazon", host: "sellercentral.amazon.com", locale: "en-US" },
  page: { kind: "thread", url: "https://sellercentral.amazon.com/messaging/inbox" },
  order: { id: "114-3941689-8772232", items: [], ...order },
  thread: { messages: [{ role: "buyer", text: message }] },
})

const rank = (templates: Template[], ctx?: PageContext, query = "", insertedCount = new Map()) =>
  rankTemplates({
    templates,
    context: ctx,
    query,
    languages: ["en", "es"],
    insertedCount,
    limit: 10,
  }).map((ranked) => ranked.template.id)

describe("rankTemplates", () => {
  const shipped = template("wismo-shipped", {
    orderStates: ["shipped"],
    title: "Where is my order: tracking",
    tags: ["tracking"],
  })
  const unshipped = template("wismo-unshipped", {
    orderStates: ["unshipped", "pending"],
    title: "Where is my order: not shipped yet",
  })
  const returns = template("return-instructions", {
    title: "Return instructions",
    tags: ["return"],
  })

  it("puts templates that fit the order's state first", () => {
    expect(
      rank([unshipped, returns, shipped], context({ trackingNumber: "1Z999AA10123456784" })),
    ).toEqual(["wismo-shipped", "return-instructions", "wismo-unshipped"])
  })

  it("favours templates sharing words with the buyer's latest message", () => {
    const ranked = rankTemplates({
      templates: [shipped, returns],
      context: context({}, "Hi, how do I return this? I want to return it"),
      query: "",
      languages: ["en"],
      insertedCount: new Map(),
      limit: 10,
    })
    expect(ranked[0].template.id).toBe("return-instructions")
    expect(ranked[0].reasons).toContainEqual({ kind: "mentions", words: ["return"] })
  })

  it("puts pinned templates first and says why", () => {
    const pinned = template("zz-pinned", { pinned: true })
    const ranked = rankTemplates({
      templates: [shipped, pinned],
      context: context({ trackingNumber: "1Z999AA10123456784" }),
      query: "",
      languages: ["en"],
      insertedCount: new Map(),
      limit: 10,
    })
    expect(ranked[0].template.id).toBe("zz-pinned")
    expect(ranked[0].reasons).toEqual([{ kind: "pinned" }])
  })

  it("shows each reply once, in the preferred language, unless searching", () => {
    const en = template("greeting:en", { groupId: "greeting" })
    const es = template("greeting:es", { groupId: "greeting", language: "es" })
    expect(rank([es, en])).toEqual(["greeting:en"])
    expect(rank([es, en], undefined, "hello")).toEqual(["greeting:en", "greeting:es"])
  })

  it("searches title, tags and body, ignoring accents and case", () => {
    const devolucion = template("devolucion", {
      language: "es",
      title: "Devolución",
      body: "Instrucciones",
    })
    expect(rank([devolucion, shipped], undefined, "DEVOLUCION")).toEqual(["devolucion"])
    expect(rank([devolucion, shipped], undefined, "instruc")).toEqual(["devolucion"])
    expect(rank([devolucion, shipped], undefined, "nothing-like-this")).toEqual([])
  })

  it("leaves out templates written for another marketplace", () => {
    const ebayOnly = template("ebay-only", { sites: ["ebay"] })
    expect(rank([ebayOnly, returns], context({}))).toEqual(["return-instructions"])
  })

  it("lifts templates the agent uses", () => {
    const a = template("a")
    const b = template("b")
    expect(rank([a, b], undefined, "", new Map([["b", 3]]))).toEqual(["b", "a"])
  })
})

describe("preferredLanguages", () => {
  it("leads with the marketplace's language when the seller answers in it", () => {
    const spanish = {
      ...context({}),
      marketplace: { site: "amazon" as const, host: "sellercentral.amazon.es", locale: "es-ES" },
    }
    expect(preferredLanguages(["en", "es"], spanish)).toEqual(["es", "en"])
    expect(preferredLanguages(["en"], spanish)).toEqual(["en"])
  })
})
