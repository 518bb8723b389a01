import { describe, expect, it } from "vitest"
import { formatDate, formatDateRange, formatMoney } from "~context/format"
import type { PageContext } from "~context/schema"
import { extractFacts, type Fact, groundFacts, parseAmount } from "./facts"

const kinds = (text: string) => extractFacts(text).map((fact) => [fact.kind, fact.text])
const one = (text: string): Fact => {
  const facts = extractFacts(text)
  expect(facts, text).toHaveLength(1)
  return facts[0]
}

describe("extractFacts", () => {
  it("reads order ids of both marketplaces", () => {
    expect(one("Order 113-4829571-2294017 shipped").marketplace).toBe("amazon")
    expect(one("Order 12-09876-54321 shipped").marketplace).toBe("ebay")
  })

  it.each([
    ["1Z999AA10123456784", "UPS"],
    ["1Z 999 AA1 01 2345 6784", "UPS"],
    ["9400 1000 0000 0000 0000 00", "USPS"],
    ["AB123456789GB", undefined],
    ["00340434161094042557", "DHL"],
    ["PQ4F6P0702945760108001H", "Correos"],
    ["6A12345678901", "La Poste"],
    ["TBA123456789012", "Amazon Logistics"],
  ])("reads the tracking number %s", (tracking, carrier) => {
    const fact = one(`Tracking: ${tracking}.`)
    expect(fact.kind).toBe("trackingNumber")
    expect(fact.text).toBe(tracking)
    expect(fact.value).toBe(tracking.replace(/\s/g, ""))
    expect(fact.carrier).toBe(carrier)
  })

  it("reads a plain number as a tracking number only after a carrier or tracking word", () => {
    expect(kinds("numero di tracking 123456789012")).toEqual([["trackingNumber", "123456789012"]])
    expect(kinds("FedEx 123456789012")).toEqual([["trackingNumber", "123456789012"]])
    expect(kinds("EAN 4006381333931")).toEqual([])
  })

  it("reads every date and range format.ts writes, in five languages", () => {
    const locales = ["en-US", "en-GB", "es-ES", "es-MX", "de-DE", "fr-FR", "it-IT"]
    for (const locale of locales) {
      for (const style of ["long", "short"] as const) {
        const single = formatDate("2025-12-05", locale, style)
        expect(one(`on ${single} ok`).value, `${locale} ${single}`).toBe("2025-12-05")
        const range = formatDateRange({ from: "2025-11-28", to: "2025-12-09" }, locale, style)
        expect(one(`between ${range} ok`).value, `${locale} ${range}`).toBe("2025-11-28/2025-12-09")
        const years = formatDateRange({ from: "2025-12-28", to: "2026-01-09" }, locale, style)
        expect(one(`between ${years} ok`).value, `${locale} ${years}`).toBe("2025-12-28/2026-01-09")
      }
    }
  })

  it("reads numeric dates, with both readings when they are ambiguous", () => {
    expect(one("on 2025-12-05").value).toBe("2025-12-05")
    expect(one("am 05.12.2025").value).toBe("2025-12-05")
    expect(one("on 05/12/2025").value).toBe("2025-12-05|2025-05-12")
    expect(one("on 25/12/2025").value).toBe("2025-12-25")
  })

  it("reads dates without a year and day ranges sharing a month", () => {
    expect(one("arriving December 7").value).toBe("--12-07")
    expect(one("entre el 9 y el 11 de diciembre").value).toBe("--12-09/--12-11")
    expect(one("tra il 9 e l'11 dicembre").value).toBe("--12-09/--12-11")
    expect(one("zwischen Dienstag, 9. und Donnerstag, 11. Dezember").value).toBe("--12-09/--12-11")
    expect(one("le 1er décembre").value).toBe("--12-01")
  })

  it("does not read numbers and words as dates", () => {
    expect(kinds("2 set di cavi, 3 days ago, March on, 12/03, version 1.2")).toEqual([])
  })

  it("reads money as the formatter writes it and as people write it", () => {
    const locales = ["en-US", "en-GB", "es-ES", "es-MX", "de-DE", "fr-FR", "it-IT"]
    for (const locale of locales) {
      for (const currency of ["EUR", "USD", "GBP"]) {
        const written = formatMoney({ amount: 1234.5, currency }, locale)
        const fact = one(`total ${written} ok`)
        expect(fact.money?.amount, `${locale} ${written}`).toBe(1234.5)
      }
    }
    expect(one("34,- €").money).toEqual({ amount: 34, currency: "EUR" })
    expect(one("20 euros").money).toEqual({ amount: 20, currency: "EUR" })
    expect(one("$5").money).toEqual({ amount: 5, currency: "$" })
    expect(parseAmount("1.234")).toBe(1234)
    expect(parseAmount("1,5")).toBe(1.5)
  })

  it("reads contact details, including disguised ones", () => {
    expect(
      kinds(
        "a@b.com, www.shop.de, shop punto es, +44 20 7946 0958, IBAN DE89 3704 0044 0532 0130 00",
      ),
    ).toEqual([
      ["email", "a@b.com"],
      ["url", "www.shop.de"],
      ["url", "shop punto es"],
      ["phone", "+44 20 7946 0958"],
      ["iban", "DE89 3704 0044 0532 0130 00"],
    ])
    expect(one("name at gmail dot com").value).toBe("name@gmail.com")
    expect(one("shop [dot] com").value).toBe("shop.com")
  })

  it("reports original offsets through zero-width and full-width characters", () => {
    const text = "Order 113\u200B-4829571-2294017, ｔｏｔａｌ ＄２４．９９"
    const facts = extractFacts(text)
    expect(facts.map((fact) => [fact.kind, text.slice(fact.start, fact.end)])).toEqual([
      ["orderId", "113\u200B-4829571-2294017"],
      ["money", "＄２４．９９"],
    ])
  })
})

describe("groundFacts", () => {
  const context: PageContext = {
    marketplace: { site: "ebay", host: "www.ebay.de" },
    page: { kind: "thread", url: "https://www.ebay.de" },
    thread: { messages: [{ role: "buyer", text: "Wo?", sentAt: "2025-12-10T08:00:00Z" }] },
    order: {
      id: "12-09876-54321",
      items: [{ quantity: 3, unitPrice: { amount: 9.99, currency: "EUR" } }],
      total: { amount: 34.97, currency: "EUR" },
      deliverBy: { from: "2025-12-05", to: "2025-12-09" },
      trackingNumber: "00340434161094042557",
    },
  }
  const status = (text: string) =>
    groundFacts(extractFacts(text), context).map((g) => [g.fact.text, g.status])

  it("supports the page's facts", () => {
    expect(
      status("Bestellung 12-09876-54321, 34,97 €, 9,99 €, 29,97 €, 7. Dezember, 10.12.2025"),
    ).toEqual([
      ["12-09876-54321", "supported"],
      ["34,97 €", "supported"],
      ["9,99 €", "supported"],
      ["29,97 €", "supported"],
      ["7. Dezember", "supported"],
      ["10.12.2025", "supported"],
    ])
  })

  it("contradicts another order id or tracking number, and leaves the rest unsupported", () => {
    expect(
      status("Bestellung 12-09876-54322, DHL 00340434161094042558, 12. Dezember, 5 $"),
    ).toEqual([
      ["12-09876-54322", "contradicted"],
      ["00340434161094042558", "contradicted"],
      ["12. Dezember", "unsupported"],
      ["5 $", "unsupported"],
    ])
    expect(groundFacts(extractFacts("34,97 $"), context)[0].status).toBe("unsupported")
  })
})
