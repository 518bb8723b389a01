import { describe, expect, it } from "vitest"
import type { PageContext } from "~context/schema"
import { complaints, flaggedText } from "../testing"
import { otherBuyersRule } from "./other-buyers"

const context: PageContext = {
  marketplace: { site: "amazon", host: "sellercentral.amazon.de" },
  page: {
    kind: "thread",
    url: "https://sellercentral.amazon.de/messaging",
    others: {
      orderIds: ["302-1111111-2222222", "028-3333333-4444444", "302-4471982-6610345"],
      buyerNames: ["María José Núñez", "Klaus Becker", "Jo", "Anna Schmidt"],
    },
  },
  buyer: { name: "Anna Schmidt", firstName: "Anna" },
  order: { id: "302-4471982-6610345", items: [] },
}

describe("other-buyers", () => {
  it("blocks another buyer's order id and name", () => {
    const text = "Hallo Klaus Becker, Ihre Bestellung 302-1111111-2222222 ist unterwegs."
    expect(flaggedText(otherBuyersRule, text, "amazon", context).sort()).toEqual([
      "302-1111111-2222222",
      "Klaus Becker",
    ])
    expect(
      complaints(otherBuyersRule, text, "amazon", context).every((f) => f.severity === "block"),
    ).toBe(true)
  })

  it("matches names without accents or with different case", () => {
    expect(flaggedText(otherBuyersRule, "Dear MARIA JOSE NUNEZ,", "ebay", context)).toEqual([
      "MARIA JOSE NUNEZ",
    ])
  })

  it("ignores this conversation's own buyer and order, short names and partial words", () => {
    const text = "Hi Anna Schmidt, order 302-4471982-6610345 is on its way. Jo. Klausberger."
    expect(complaints(otherBuyersRule, text, "amazon", context)).toEqual([])
    expect(complaints(otherBuyersRule, "Order 1302-1111111-22222223", "amazon", context)).toEqual(
      [],
    )
  })

  it("says nothing without context or without other buyers", () => {
    expect(complaints(otherBuyersRule, "Klaus Becker 302-1111111-2222222")).toEqual([])
    const alone = { ...context, page: { kind: "thread" as const, url: "x" } }
    expect(complaints(otherBuyersRule, "Klaus Becker", "amazon", alone)).toEqual([])
  })
})
