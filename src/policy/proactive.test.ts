import { describe, expect, it } from "vitest"
import type { PageContext } from "~context/schema"
import {
  forbiddenPurposesIn,
  guessLanguage,
  orderIdsInText,
  type ProactiveCheck,
  proactiveChecks,
  reasonsIn,
} from "./proactive"

const ORDER_ID = "114-3941689-8772232"
// Local noon: calendar-day arithmetic holds in any time zone.
const NOW = new Date(2025, 0, 20, 12)

const contact = (
  overrides: { purchaseDate?: string; locale?: string; country?: string; orderId?: string } = {},
  thread?: PageContext["thread"],
): PageContext => ({
  marketplace: {
    site: "amazon",
    host: "sellercentral.amazon.com",
    locale: "locale" in overrides ? overrides.locale : "en-US",
    country: overrides.country,
  },
  page: { kind: "contact", url: "https://sellercentral.amazon.com/messaging/contact" },
  order: {
    id: overrides.orderId ?? ORDER_ID,
    items: [],
    purchaseDate: "purchaseDate" in overrides ? overrides.purchaseDate : "2025-01-10",
  },
  thread,
})

const check = (
  id: ProactiveCheck["id"],
  text: string,
  context = contact(),
  reason?: string,
): ProactiveCheck => {
  const found = proactiveChecks(text, context, NOW, reason).find((c) => c.id === id)
  if (!found) throw new Error(`no ${id} check`)
  return found
}
const status = (id: ProactiveCheck["id"], text: string, context = contact(), reason?: string) =>
  check(id, text, context, reason).status

const GOOD = `Hello, we are unable to ship your order ${ORDER_ID} because the item is out of stock. We will refund you in full today.`

describe("proactiveChecks", () => {
  it("returns the four checks, each with English and Spanish text", () => {
    const checks = proactiveChecks(GOOD, contact(), NOW)
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ["permitted-reason", "pass"],
      ["within-30-days", "pass"],
      ["order-id", "pass"],
      ["language", "pass"],
    ])
    for (const c of checks) {
      expect(c.message.en.length).toBeGreaterThan(10)
      expect(c.message.es.length).toBeGreaterThan(10)
      expect(c.message.es).not.toBe(c.message.en)
    }
  })

  it("does not apply to eBay", () => {
    const ebay: PageContext = {
      ...contact(),
      marketplace: { site: "ebay", host: "www.ebay.com", locale: "en-US" },
    }
    expect(proactiveChecks(GOOD, ebay, NOW)).toEqual([])
  })
})

describe("permitted reason", () => {
  it.each([
    ["fulfillment-problem", "Unfortunately the item is out of stock and we cannot ship it."],
    [
      "fulfillment-problem",
      "Your shipping address appears to be incomplete; the carrier cannot deliver.",
    ],
    [
      "order-information",
      "To complete your order we need some information: please confirm the size.",
    ],
    ["return", "We received your return and the refund was issued today."],
    ["invoice", "Please find attached the invoice for your order."],
    ["review-request", "Would you share your experience in a review of the product?"],
    [
      "delivery-scheduling",
      "The freight company will call you to schedule the delivery of the sofa.",
    ],
    ["custom-design", "Attached is the design proof for your engraved ring: please approve it."],
    [
      "fulfillment-problem",
      "Lamentablemente el artículo está agotado y no podemos enviar su pedido.",
    ],
    [
      "order-information",
      "Para completar el pedido necesitamos más información: ¿podría confirmar la talla?",
    ],
    ["return", "Hemos recibido su devolución y el reembolso está en camino."],
    ["invoice", "Anbei erhalten Sie die Rechnung zu Ihrer Bestellung."],
    ["review-request", "Nous serions ravis de lire votre avis sur le produit."],
    ["custom-design", "Le inviamo la bozza della sua incisione personalizzata."],
  ] as const)("recognises %s in %j", (reason, text) => {
    expect(reasonsIn(text)).toContain(reason)
    expect(status("permitted-reason", text)).toBe("pass")
  })

  it.each([
    ["order-confirmation", "Thank you for your order! We are preparing it."],
    ["shipping-confirmation", "Good news: your package has been shipped and is on its way."],
    ["thank-you-only", "Thanks!"],
    ["contact-if-problem", "Please contact us if there is any problem."],
    ["order-confirmation", "¡Gracias por su compra!"],
    ["shipping-confirmation", "Ihre Bestellung wurde versandt."],
    ["contact-if-problem", "N'hésitez pas à nous contacter en cas de problème."],
    ["order-confirmation", "Grazie per il suo ordine."],
  ] as const)("fails %s: %j", (purpose, text) => {
    expect(forbiddenPurposesIn(text)).toContain(purpose)
    expect(status("permitted-reason", text)).toBe("fail")
  })

  it("fails the typical confirmation-and-contact-us message, naming what it reads as", () => {
    const result = check(
      "permitted-reason",
      `Thank you for your order ${ORDER_ID}! It has shipped. Contact us if there is a problem.`,
    )
    expect(result.status).toBe("fail")
    expect(result.message.en).toContain("an order confirmation")
    expect(result.message.en).toContain("a shipping confirmation")
    expect(result.message.es).toContain("una confirmación de envío")
  })

  it("passes a permitted reason even next to a courtesy line", () => {
    expect(
      status(
        "permitted-reason",
        "Thank you for your order. Here is your invoice. Let us know if you have questions.",
      ),
    ).toBe("pass")
  })

  it("is unknown when the text states no reason it can recognise", () => {
    expect(status("permitted-reason", "Hello, about your order.")).toBe("unknown")
  })

  describe("with the selected reason", () => {
    const invoice = "Please find attached the invoice for your order."

    it("passes when the text matches it (id or page label)", () => {
      expect(status("permitted-reason", invoice, contact(), "invoice")).toBe("pass")
      expect(status("permitted-reason", invoice, contact(), "Upload an invoice")).toBe("pass")
      expect(
        status(
          "permitted-reason",
          "We need additional information: please confirm the colour.",
          contact(),
          "Additional information required",
        ),
      ).toBe("pass")
      expect(
        status(
          "permitted-reason",
          "Sorry, your order is delayed: we cannot ship before Friday.",
          contact(),
          "Unexpected problem",
        ),
      ).toBe("pass")
    })

    it("is unknown when the text reads as another permitted reason", () => {
      const result = check("permitted-reason", invoice, contact(), "review-request")
      expect(result.status).toBe("unknown")
      expect(result.message.en).toContain("an invoice")
    })

    it("fails a reason Amazon does not permit, whatever the text", () => {
      expect(status("permitted-reason", invoice, contact(), "Order confirmation")).toBe("fail")
      expect(status("permitted-reason", invoice, contact(), "shipping-confirmation")).toBe("fail")
    })

    it("fails a permitted reason over a text that is only a confirmation", () => {
      expect(
        status("permitted-reason", "Your order has shipped!", contact(), "fulfillment-problem"),
      ).toBe("fail")
    })

    it("falls back to the text for a label it does not know", () => {
      expect(status("permitted-reason", invoice, contact(), "Something else")).toBe("pass")
    })
  })
})

describe("within 30 days", () => {
  it("passes within 30 days and says how many are left", () => {
    const result = check("within-30-days", GOOD)
    expect(result.status).toBe("pass")
    expect(result.message.en).toContain("10 days ago")
    expect(result.message.en).toContain("20 days left")
    expect(result.message.es).toContain("hace 10 días")
  })

  it("passes on day 30, fails on day 31", () => {
    expect(status("within-30-days", GOOD, contact({ purchaseDate: "2024-12-21" }))).toBe("pass")
    expect(status("within-30-days", GOOD, contact({ purchaseDate: "2024-12-20" }))).toBe("fail")
  })

  it("fails an old order", () => {
    const result = check("within-30-days", GOOD, contact({ purchaseDate: "2024-11-01" }))
    expect(result.status).toBe("fail")
    expect(result.message.en).toContain("80 days ago")
  })

  it("is unknown without a purchase date", () => {
    expect(status("within-30-days", GOOD, contact({ purchaseDate: undefined }))).toBe("unknown")
    const { order: _order, ...noOrder } = contact()
    expect(status("within-30-days", GOOD, noOrder)).toBe("unknown")
  })

  it("is unknown for a purchase date after today", () => {
    expect(status("within-30-days", GOOD, contact({ purchaseDate: "2025-02-01" }))).toBe("unknown")
  })
})

describe("order id", () => {
  it("finds 17-digit ids with or without hyphens", () => {
    expect(orderIdsInText(`Order ${ORDER_ID}.`)).toEqual([ORDER_ID])
    expect(orderIdsInText("Order 11439416898772232.")).toEqual([ORDER_ID])
    expect(orderIdsInText("Call 1143941689877223299")).toEqual([])
    expect(orderIdsInText("Ref 114-394168-8772232")).toEqual([])
  })

  it("passes with this order's id", () => {
    expect(status("order-id", GOOD)).toBe("pass")
  })

  it("fails without an id, naming the one to add", () => {
    const result = check("order-id", "Your invoice is attached.")
    expect(result.status).toBe("fail")
    expect(result.message.en).toContain(ORDER_ID)
    expect(result.message.es).toContain(ORDER_ID)
  })

  it("fails with another order's id", () => {
    const result = check("order-id", "About order 205-1111111-2222222: invoice attached.")
    expect(result.status).toBe("fail")
    expect(result.message.en).toContain("205-1111111-2222222")
  })

  it("passes any id when the page shows none to compare with", () => {
    const context = contact({ orderId: "not-an-amazon-id" })
    expect(status("order-id", `Invoice for ${ORDER_ID}`, context)).toBe("pass")
  })
})

describe("guessLanguage", () => {
  it.each([
    ["en", "Hello, we are unable to ship your order because the item is out of stock."],
    ["es", "Hola, no podemos enviar su pedido porque el artículo está agotado."],
    ["de", "Hallo, leider können wir Ihre Bestellung nicht versenden, da der Artikel fehlt."],
    ["fr", "Bonjour, nous ne pouvons pas expédier votre commande car l'article est épuisé."],
    ["it", "Buongiorno, non possiamo spedire il suo ordine perché l'articolo è esaurito."],
    ["ja", "ご注文について、在庫切れのため発送できません。"],
    ["it", "In allegato la fattura del suo ordine."],
  ] as const)("reads %s", (language, text) => {
    expect(guessLanguage(text)).toBe(language)
  })

  it.each([
    "Thanks!",
    "Invoice attached.",
    ORDER_ID,
    "",
    "Hello, hola, the pedido de la order is en camino.",
  ])("does not guess %j", (text) => {
    expect(guessLanguage(text)).toBeUndefined()
  })
})

describe("language", () => {
  const spanish = `Hola, no podemos enviar su pedido ${ORDER_ID} porque el artículo está agotado.`
  const german = `Hallo, leider können wir Ihre Bestellung ${ORDER_ID} nicht versenden, da der Artikel ausverkauft ist.`

  it("passes the marketplace's language", () => {
    expect(status("language", german, contact({ locale: "de-DE" }))).toBe("pass")
    expect(status("language", spanish, contact({ locale: "es_MX" }))).toBe("pass")
  })

  it("fails another language, naming both", () => {
    const result = check("language", spanish, contact({ locale: "de-DE" }))
    expect(result.status).toBe("fail")
    expect(result.message.en).toContain("Spanish")
    expect(result.message.en).toContain("German")
    expect(result.message.es).toContain("español")
    expect(result.message.es).toContain("alemán")
  })

  it("uses the country when the page gives no locale", () => {
    expect(status("language", german, contact({ locale: undefined, country: "DE" }))).toBe("pass")
    expect(status("language", german, contact({ locale: undefined, country: "US" }))).toBe("fail")
    expect(status("language", german, contact({ locale: undefined, country: "CA" }))).toBe(
      "unknown",
    )
  })

  it("prefers the language of the buyer's own messages", () => {
    const thread = {
      messages: [
        {
          role: "buyer" as const,
          text: "Hola, ¿cuándo llega mi pedido? Lo necesito para el sábado, gracias.",
        },
      ],
    }
    const result = check("language", spanish, contact({ locale: "en-US" }, thread))
    expect(result.status).toBe("pass")
    expect(result.message.en).toContain("buyer's messages")
  })

  it("is unknown when the text is too short to tell", () => {
    expect(status("language", `Invoice ${ORDER_ID}`)).toBe("unknown")
  })

  it("is unknown for a marketplace language it cannot read", () => {
    const result = check("language", GOOD, contact({ locale: "nl-NL" }))
    expect(result.status).toBe("unknown")
    expect(result.message.en).toContain("nl")
  })
})
