import { describe, expect, it } from "vitest"
import { type PageContext, SITES } from "~context/schema"
import { lint, RULE_IDS, RULES, rulesFor } from "./lint"
import { expectWellFormed } from "./testing"

const context: PageContext = {
  marketplace: { site: "amazon", host: "sellercentral.amazon.com" },
  page: {
    kind: "thread",
    url: "https://sellercentral.amazon.com/messaging",
    others: { orderIds: ["111-0000000-0000001"], buyerNames: ["Jordan Other"] },
  },
  order: { id: "113-4829571-2294017", items: [], trackingNumber: "1Z999AA10123456784" },
}

/** One violation of every rule, for the marketplace tests. */
const EVERYTHING = [
  "Hi [buyer name], visit www.shop.com or mail a@shop.com or call +44 20 7946 0958.",
  "Pay me directly via Venmo. Please leave a 5-star review! Use code SAVE10 for 10% off.",
  "Please cancel the order. Reply STOP to unsubscribe. Thanks 😊",
  "\n\n\n",
  "Jordan Other, order 111-0000000-0000001 and 113-4829571-2294018.",
].join(" ")

describe("lint", () => {
  it("has unique kebab-case rule ids, each on at least one marketplace", () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length)
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(rule.marketplaces.length).toBeGreaterThan(0)
    }
  })

  it("returns nothing for a compliant reply", () => {
    const text =
      "Hi Sam, your order 113-4829571-2294017 shipped today with UPS. Thanks for your patience!"
    expect(lint({ text, marketplace: "amazon", context })).toEqual([])
    expect(lint({ text: "", marketplace: "ebay" })).toEqual([])
  })

  it("sorts findings by start, then end, then rule", () => {
    const findings = lint({ text: EVERYTHING, marketplace: "amazon", context })
    const sorted = [...findings].sort(
      (a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule),
    )
    expect(findings).toEqual(sorted)
    expectWellFormed(findings, EVERYTHING)
  })

  it("runs each rule only on its marketplaces", () => {
    for (const site of SITES) {
      const findings = lint({ text: EVERYTHING, marketplace: site, context })
      const fired = new Set(findings.map((finding) => finding.rule))
      const expected = RULES.filter((rule) => rule.marketplaces.includes(site)).map(
        (rule) => rule.id,
      )
      expect([...fired].sort(), site).toEqual([...expected].sort())
      expect(rulesFor(site).map((rule) => rule.id)).toEqual(expected)
    }
    const ebay = new Set(
      lint({ text: EVERYTHING, marketplace: "ebay", context }).map((f) => f.rule),
    )
    for (const amazonOnly of ["emoji", "line-breaks", "buyer-cancel", "opt-out"]) {
      expect(ebay.has(amazonOnly)).toBe(false)
    }
  })

  it("keeps overlapping findings of different rules and reports a rule's span once", () => {
    const text = "Message me on WhatsApp at +44 7700 900123 please."
    const findings = lint({ text, marketplace: "ebay" })
    expect(findings.map((finding) => finding.rule).sort()).toEqual([
      "off-platform",
      "phone-numbers",
    ])
    const text2 = "Visit brightlamps.shop and check out our other products at brightlamps.shop"
    const keys = lint({ text: text2, marketplace: "amazon" }).map(
      (f) => `${f.rule}:${f.start}:${f.end}`,
    )
    expect(new Set(keys).size).toBe(keys.length)
  })

  it("maps offsets back to the original text through zero-width characters and emoji", () => {
    const text =
      "😀👍🏽 Mail me: b\u200Bo\u200Bb@sh\u200Bop.c\u200Bom \u{1F1EA}\u{1F1F8} or call +34\u200B 612 345 678 🎉"
    const findings = lint({ text, marketplace: "amazon" })
    expectWellFormed(findings, text)
    const slices = Object.fromEntries(findings.map((f) => [f.rule, text.slice(f.start, f.end)]))
    expect(slices["email-addresses"]).toBe("b\u200Bo\u200Bb@sh\u200Bop.c\u200Bom")
    expect(slices["phone-numbers"]).toBe("+34\u200B 612 345 678")
    const emoji = findings.filter((f) => f.rule === "emoji").map((f) => text.slice(f.start, f.end))
    expect(emoji).toEqual(["😀👍🏽", "\u{1F1EA}\u{1F1F8}", " 🎉"])
  })

  it("maps offsets back through full-width forms, accents and decomposed characters", () => {
    const text = "Café ｎａｍｅ＠ｇｍａｉｌ．ｃｏｍ — reseñas: Bewertung lo\u0308schen"
    const findings = lint({ text, marketplace: "amazon" })
    expect(findings.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ["email-addresses", "ｎａｍｅ＠ｇｍａｉｌ．ｃｏｍ"],
      ["review-manipulation", "Bewertung lo\u0308schen"],
    ])
  })

  it("finds violations anywhere in very long texts, at the right offsets", () => {
    const filler = "Thanks for your order, it shipped today and should arrive soon. ".repeat(320)
    const text = `${filler}Call +44 20 7946 0958.${filler}Email a@b.com. ${filler}Please cancel the order.`
    expect(text.length).toBeGreaterThan(20_000)
    const findings = lint({ text, marketplace: "amazon" })
    expect(findings.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ["phone-numbers", "+44 20 7946 0958"],
      ["email-addresses", "a@b.com"],
      ["buyer-cancel", "Please cancel"],
    ])
    expect(findings[0].start).toBe(filler.length + "Call ".length)
  })

  it("handles pathological inputs without finding nonsense", () => {
    const inputs = [
      "1".repeat(20_000),
      "12 ".repeat(7_000),
      "a".repeat(20_000),
      "x at y dot ".repeat(2_000),
      "a.".repeat(10_000),
      "@".repeat(20_000),
      "\u200B".repeat(20_000),
      "😀".repeat(10_000),
    ]
    for (const text of inputs) {
      const findings = lint({ text, marketplace: "amazon", context })
      expectWellFormed(findings, text)
      expect(findings.every((f) => ["emoji", "links", "email-addresses"].includes(f.rule))).toBe(
        true,
      )
    }
  })
})

describe("lint on disguised and informal violations", () => {
  it.each([
    ["email-addresses", "ebay", "e-mail: shop (at) gmx (dot) net"],
    ["links", "ebay", "Chat with us: wa.me/34612345678"],
    ["links", "ebay", "Pay here: paypal.me/retrogear"],
    ["phone-numbers", "ebay", "call me: +1-202-555-0143"],
    ["phone-numbers", "ebay", "Mob. 0151-23456789"],
    ["phone-numbers", "amazon", "Tel.: 089/1234567"],
    ["phone-numbers", "ebay", "my number is 555 0143, text me"],
    ["off-platform", "ebay", "DM us on Insta, we answer faster"],
    ["off-platform", "ebay", "skype: retrogear.help"],
    ["off-platform", "ebay", "Send it via Zelle to my number"],
    ["review-manipulation", "amazon", "We'd be grateful for 5 stars!"],
    ["review-manipulation", "amazon", "Only leave a review if you're happy with it."],
    [
      "review-manipulation",
      "amazon",
      "Please consider updating your feedback now that it's resolved.",
    ],
    ["review-manipulation", "amazon", "We'll refund the shipping once your review is up."],
    ["marketing", "amazon", "New arrivals just landed in our store - take a look!"],
    ["marketing", "amazon", "Free shipping on your next order with us!"],
    ["marketing", "amazon", "Schauen Sie doch mal in unserem Shop vorbei!"],
    ["buyer-cancel", "amazon", "Bitte storniert die Bestellung."],
    ["buyer-cancel", "amazon", "Cancel it and buy again please"],
    ["opt-out", "amazon", "To stop receiving messages from us, just let us know."],
    ["links", "ebay", "shop .com"],
    ["email-addresses", "ebay", "n\u200Ba\u200Bm\u200Be@gmail.com"],
  ] as const)("%s: %j", (rule, marketplace, text) => {
    expect(lint({ text, marketplace }).map((finding) => finding.rule)).toContain(rule)
  })
})
