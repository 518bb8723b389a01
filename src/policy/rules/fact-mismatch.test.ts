import { describe, expect, it } from "vitest"
import { formatDate, formatDateRange, formatMoney } from "~context/format"
import type { PageContext } from "~context/schema"
import { complaints } from "../testing"
import { factMismatchRule } from "./fact-mismatch"

const context: PageContext = {
  marketplace: {
    site: "amazon",
    host: "sellercentral.amazon.com",
    locale: "en-US",
    currency: "USD",
  },
  page: { kind: "thread", url: "https://sellercentral.amazon.com/messaging" },
  order: {
    id: "113-4829571-2294017",
    purchaseDate: "2025-12-01",
    items: [{ title: "Mug", quantity: 2, unitPrice: { amount: 12.5, currency: "USD" } }],
    total: { amount: 29.99, currency: "USD" },
    shipBy: { from: "2025-12-03" },
    deliverBy: { from: "2025-12-05", to: "2025-12-09" },
    carrier: "UPS",
    trackingNumber: "1Z999AA10123456784",
    shippedDate: "2025-12-03",
  },
}

const found = (text: string, ctx: PageContext | undefined) =>
  complaints(factMismatchRule, text, "amazon", ctx).map((f) => [
    text.slice(f.start, f.end),
    f.severity,
  ])

describe("fact-mismatch", () => {
  it("accepts the order's own facts, however they are formatted", () => {
    const locales = ["en-US", "en-GB", "es-ES", "es-MX", "de-DE", "fr-FR", "it-IT"]
    for (const locale of locales) {
      const text = [
        "Order 113-4829571-2294017, tracking 1Z 999 AA1 01 2345 6784.",
        `Bought ${formatDate("2025-12-01", locale)}, shipped ${formatDate("2025-12-03", locale, "short")}.`,
        `Arrives ${formatDateRange({ from: "2025-12-05", to: "2025-12-09" }, locale)}.`,
        `Total ${formatMoney({ amount: 29.99, currency: "USD" }, locale)}, each ${formatMoney({ amount: 12.5, currency: "USD" }, locale)}, items ${formatMoney({ amount: 25, currency: "USD" }, locale)}.`,
        "Shipped 12/03/2025 (2025-12-03), arriving December 7.",
      ].join(" ")
      expect(found(text, context), locale).toEqual([])
    }
  })

  it("blocks another order id or tracking number", () => {
    expect(found("Your order 113-4829571-2294018 shipped.", context)).toEqual([
      ["113-4829571-2294018", "block"],
    ])
    expect(found("Tracking: 1Z999AA10123456785", context)).toEqual([
      ["1Z999AA10123456785", "block"],
    ])
    expect(found("Bestellung 12-12345-67890 ist unterwegs.", context)).toEqual([
      ["12-12345-67890", "block"],
    ])
  })

  it("warns about dates and amounts the page does not show", () => {
    expect(found("It will arrive on Friday, December 12, 2025.", context)).toEqual([
      ["Friday, December 12, 2025", "warn"],
    ])
    expect(found("Llegará el 15 de diciembre.", context)).toEqual([["15 de diciembre", "warn"]])
    expect(found("Wir erstatten Ihnen 5,00 €.", context)).toEqual([["5,00 €", "warn"]])
    expect(found("We refunded £29.99.", context)).toEqual([["£29.99", "warn"]])
    expect(found("Lieferung zwischen 5. und 20. Dezember 2025.", context)).toEqual([
      ["5. und 20. Dezember 2025", "warn"],
    ])
  })

  it("warns about a tracking number when the page shows none", () => {
    const { trackingNumber: _none, ...order } = context.order!
    expect(found("Tracking 1Z999AA10123456784", { ...context, order })).toEqual([
      ["1Z999AA10123456784", "warn"],
    ])
  })

  it("says nothing about facts without context or without an order", () => {
    expect(found("Order 999-9999999-9999999 costs $1.00 on December 31.", undefined)).toEqual([])
    const { order: _none, ...withoutOrder } = context
    expect(found("Order 999-9999999-9999999", withoutOrder)).toEqual([])
  })
})
