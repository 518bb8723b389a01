import { describe, expect, it } from "vitest"
import type { PageContext } from "~context/schema"
import { renderTemplate, templateSourceError } from "./render"
import { replyLocale } from "./scope"
import { STARTER_LIBRARY } from "./starter/library"

const context: PageContext = {
  marketplace: { site: "amazon", host: "sellercentral.amazon.com", country: "US", locale: "en-US" },
  page: { kind: "thread", url: "https://sellercentral.amazon.com/messaging/inbox?cc=1" },
  buyer: { name: "Jane Doe", firstName: "Jane" },
  order: {
    id: "114-3941689-8772232",
    items: [
      { title: "Trail Running Socks", quantity: 2, unitPrice: { amount: 12.5, currency: "USD" } },
    ],
    carrier: "UPS",
    deliverBy: { from: "2025-12-05", to: "2025-12-09" },
    total: { amount: 1234.5, currency: "USD" },
  },
}
const seller = { name: "Acme Outdoor", signature: "Sam, Acme Outdoor" }

describe("renderTemplate", () => {
  it("fills facts and formats dates and money for the buyer's locale", () => {
    const reply = renderTemplate(
      "Hi {{ buyer.firstName }}, order {{ order.id }} ({{ order.total }}) arrives {{ order.deliverBy }}.",
      { context, seller, locale: "en-US" },
      "en",
    )
    expect(reply.error).toBeUndefined()
    expect(reply.unresolved).toEqual([])
    expect(reply.text).toBe(
      "Hi Jane, order 114-3941689-8772232 ($1,234.50) arrives Friday, December 5 – Tuesday, December 9, 2025.",
    )
  })

  it("formats Spanish replies the Spanish way", () => {
    const reply = renderTemplate(
      "Importe: {{ order.total }}. Entrega: {{ order.deliverBy }}.",
      {
        context: {
          ...context,
          order: { ...context.order!, total: { amount: 1234.5, currency: "EUR" } },
        },
        seller,
        locale: replyLocale("es", "ES"),
      },
      "es",
    )
    expect(reply.text).toContain("1234,50 €")
    expect(reply.text).toContain("diciembre de 2025")
  })

  it("turns a missing fact into a visible placeholder and reports it", () => {
    const reply = renderTemplate(
      "Tracking: {{ order.trackingNumber }} via {{ order.carrier }}",
      { context, seller, locale: "en-US" },
      "en",
    )
    expect(reply.unresolved).toEqual(["order.trackingNumber"])
    expect(reply.text).toBe("Tracking: [tracking number] via UPS")
    expect(reply.segments).toEqual([
      { kind: "text", text: "Tracking: " },
      { kind: "missing", path: "order.trackingNumber", text: "[tracking number]" },
      { kind: "text", text: " via UPS" },
    ])
  })

  it("uses fallbacks and conditionals without reporting the fact as unresolved", () => {
    const source =
      "Hi {{ buyer.nickname | default: 'there' }}{% if order.trackingNumber %}, tracking {{ order.trackingNumber }}{% else %}, not shipped yet{% endif %}. {{ order.shipTo.city | default: 'your town' }}"
    const reply = renderTemplate(
      source.replace("buyer.nickname", "buyer.name"),
      { context: undefined, seller, locale: "en" },
      "en",
    )
    expect(reply.unresolved).toEqual([])
    expect(reply.text).toBe("Hi there, not shipped yet. your town")
  })

  it("keeps missing facts missing through string filters and in item loops", () => {
    const reply = renderTemplate(
      "{{ order.carrier | upcase }} {% for item in order.items %}{{ item.quantity }} x {{ item.title }} {{ item.sku }}{% endfor %}",
      {
        context: { ...context, order: { ...context.order!, carrier: undefined } },
        seller,
        locale: "en-US",
      },
      "en",
    )
    expect(reply.unresolved).toEqual(["order.carrier", "item.sku"])
    expect(reply.text).toBe("[carrier] 2 x Trail Running Socks [SKU]")
  })

  it("explains an unknown variable or a syntax error instead of rendering a blank", () => {
    expect(
      renderTemplate("{{ order.trakingNumber }}", { context, seller, locale: "en" }, "en").error,
    ).toMatch(/order\.trakingNumber.*not a known variable/)
    expect(
      renderTemplate("{% if order.id %}open", { context, seller, locale: "en" }, "en").error,
    ).toMatch(/could not be read/)
  })

  it("cannot be tricked into a fake placeholder by private-use characters", () => {
    const reply = renderTemplate("a\uE000order.id\uE001b", { context, seller, locale: "en" }, "en")
    expect(reply.unresolved).toEqual([])
    expect(reply.text).toBe("aorder.idb")
  })

  it("collapses blank lines left by tags", () => {
    const reply = renderTemplate(
      "Hi\n{% if order.trackingNumber %}\nx\n{% endif %}\n\n\nBye {{ seller.signature }}",
      { context, seller, locale: "en" },
      "en",
    )
    expect(reply.text).toBe("Hi\n\nBye Sam, Acme Outdoor")
  })
})

describe("templateSourceError", () => {
  it("accepts every starter template and the Liquid a team writes", () => {
    for (const template of STARTER_LIBRARY.flatMap((entry) => Object.values(entry.translations)))
      expect(templateSourceError(template.body)).toBeUndefined()
    expect(
      templateSourceError(
        "{% for item in order.items %}{{ item.title }}{% endfor %} {{ order.items.size }} {% assign n = buyer.name %}{{ n }}",
      ),
    ).toBeUndefined()
  })

  it("names broken syntax and unknown variables", () => {
    expect(templateSourceError("{% if %}")).toMatch(/^This template could not be read/)
    expect(templateSourceError("Hi {{ buyer.nmae }}")).toBe(
      "This template uses “buyer.nmae”, which is not a known variable.",
    )
    expect(templateSourceError("{{ a | }}")).toContain("“a”")
  })
})
