import { describe, expect, it } from "vitest"
import type { PageContext } from "~context/schema"
import type { Template } from "~templates/schema"
import { aTemplate } from "~templates/testing"
import type { ScoredIntent } from "./intent-model"
import { preferredLanguages, rankTemplates, type TemplateUsage } from "./rank"
import { LibraryIndex } from "./search"

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

interface Signals {
  query?: string
  intents?: ScoredIntent[]
  buyerLanguage?: string
  usage?: Map<string, TemplateUsage>
}

const rankFull = (templates: Template[], ctx?: PageContext, signals: Signals = {}) =>
  rankTemplates({
    templates,
    index: new LibraryIndex(templates),
    context: ctx,
    intents: signals.intents ?? [],
    buyerLanguage: signals.buyerLanguage,
    buyerText: ctx?.thread?.messages.at(-1)?.text ?? "",
    query: signals.query ?? "",
    languages: ["en", "es"],
    usage: signals.usage ?? new Map(),
    limit: 10,
  })

const rank = (templates: Template[], ctx?: PageContext, signals: Signals = {}) =>
  rankFull(templates, ctx, signals).map((ranked) => ranked.template.id)

const used = (inserted: number, edited = 0, ignored = 0): TemplateUsage => ({
  inserted,
  edited,
  ignored,
})

describe("rankTemplates", () => {
  const shipped = template("wismo-shipped", {
    orderStates: ["shipped"],
    intents: ["order_status"],
    title: "Where is my order: tracking",
    tags: ["tracking"],
  })
  const unshipped = template("wismo-unshipped", {
    orderStates: ["unshipped", "pending"],
    intents: ["order_status"],
    title: "Where is my order: not shipped yet",
  })
  const returns = template("return-instructions", {
    title: "Return instructions",
    intents: ["return_request"],
    tags: ["return"],
  })
  const tracking = { trackingNumber: "1Z999AA10123456784" }

  it("puts templates that fit the order's state first", () => {
    expect(rank([unshipped, returns, shipped], context(tracking))).toEqual([
      "wismo-shipped",
      "return-instructions",
      "wismo-unshipped",
    ])
  })

  it("puts the buyer's intent first and names it, with the state", () => {
    const ranked = rankFull([shipped, returns], context(tracking, "hi"), {
      intents: [{ id: "return_request", confidence: 0.9 }],
    })
    expect(ranked[0].template.id).toBe("return-instructions")
    expect(ranked[0].reasons).toEqual([{ kind: "intent", intent: "return_request" }])
    const wismo = rankFull([returns, shipped], context(tracking, "hi"), {
      intents: [{ id: "order_status", confidence: 0.8 }],
    })
    expect(wismo[0].reasons).toEqual([
      { kind: "intent", intent: "order_status" },
      { kind: "orderState", state: "shipped" },
    ])
  })

  it("does not name an intent read with little confidence", () => {
    const [top] = rankFull([returns], context({}, "hi"), {
      intents: [{ id: "return_request", confidence: 0.1 }],
    })
    expect(top.reasons).toEqual([])
  })

  it("favours templates sharing words with the buyer's latest message", () => {
    expect(
      rank([shipped, returns], context({}, "Hi, how do I return this? I want to return it")),
    ).toEqual(["return-instructions", "wismo-shipped"])
  })

  it("prefers the buyer's language, and says so", () => {
    const en = template("tracking:en", { groupId: "tracking" })
    const es = template("tracking:es", { groupId: "tracking", language: "es" })
    const [top] = rankFull([en, es], context({}, "hola"), { buyerLanguage: "es" })
    expect(top.template.id).toBe("tracking:es")
    expect(top.reasons).toEqual([{ kind: "language", language: "es" }])
  })

  it("puts pinned templates first and says why; intent orders the rest", () => {
    const pinned = template("zz-pinned", { pinned: true })
    const ranked = rankFull([returns, shipped, pinned], context(tracking, "hi"), {
      intents: [{ id: "return_request", confidence: 0.95 }],
    })
    expect(ranked.map(({ template }) => template.id)).toEqual([
      "zz-pinned",
      "return-instructions",
      "wismo-shipped",
    ])
    expect(ranked[0].reasons).toEqual([{ kind: "pinned" }])
  })

  it("shows each reply once, in the preferred language, unless searching", () => {
    const en = template("greeting:en", { groupId: "greeting", title: "Hello", tags: ["greeting"] })
    const es = template("greeting:es", {
      groupId: "greeting",
      language: "es",
      title: "Hola",
      tags: ["greeting"],
    })
    expect(rank([es, en])).toEqual(["greeting:en"])
    expect(rank([es, en], undefined, { query: "greet" }).sort()).toEqual([
      "greeting:en",
      "greeting:es",
    ])
    // One letter searches nothing yet: the list stays as it was.
    expect(rank([es, en], undefined, { query: "h" })).toEqual(["greeting:en"])
  })

  it("searches title, tags and body, ignoring accents, case and typos", () => {
    const devolucion = template("devolucion", {
      language: "es",
      title: "Devolución",
      body: "Instrucciones para {{ order.id }} la devolución",
    })
    const search = (query: string) => rank([devolucion, shipped], undefined, { query })
    expect(search("DEVOLUCION")).toEqual(["devolucion"])
    expect(search("instruc")).toEqual(["devolucion"])
    expect(search("devolucoin")).toEqual(["devolucion"])
    expect(search("trakcing")).toEqual(["wismo-shipped"])
    expect(search("nothing-like-this")).toEqual([])
    // Liquid markup is not searchable text.
    expect(search("order")).toEqual(["wismo-shipped"])
  })

  it("leaves out templates written for another marketplace", () => {
    const ebayOnly = template("ebay-only", { sites: ["ebay"] })
    expect(rank([ebayOnly, returns], context({}))).toEqual(["return-instructions"])
    expect(rank([ebayOnly, returns], context({}), { query: "ebay" })).toEqual([])
  })

  it("lifts templates the agent inserts and lowers those rewritten or passed over", () => {
    const a = template("a")
    const b = template("b")
    expect(rank([a, b], undefined, { usage: new Map([["b", used(3)]]) })).toEqual(["b", "a"])
    expect(rank([a, b], undefined, { usage: new Map([["a", used(3, 3)]]) })).toEqual(["b", "a"])
    expect(rank([a, b], undefined, { usage: new Map([["a", used(0, 0, 4)]]) })).toEqual(["b", "a"])
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
