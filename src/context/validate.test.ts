import { describe, expect, it } from "vitest"
import { checkContext } from "./validate"

const base = {
  marketplace: { site: "amazon", host: "sellercentral.amazon.com", country: "US" },
  page: { kind: "thread", url: "https://sellercentral.amazon.com/messaging/inbox" },
}

describe("checkContext", () => {
  it("accepts a valid context unchanged", () => {
    const context = { ...base, order: { id: "114-3941689-8772232", items: [] } }
    expect(checkContext(context)).toEqual({ context, dropped: [] })
  })

  it("drops only the values in an unexpected shape", () => {
    const checked = checkContext({
      ...base,
      order: {
        id: "114-3941689-8772232",
        purchaseDate: "yesterday",
        items: [{ title: "Socks", unitPrice: { amount: -3, currency: "USD" } }, { title: "Hat" }],
      },
    })
    expect(checked?.dropped).toEqual([
      "order.purchaseDate",
      "order.items.0.unitPrice.amount",
      "order.items.0.unitPrice",
    ])
    expect(checked?.context.order?.items).toEqual([{ title: "Socks" }, { title: "Hat" }])
  })

  it("drops an order whose id is unreadable rather than keep facts of an unknown order", () => {
    const checked = checkContext({ ...base, order: { id: "", carrier: "UPS", items: [] } })
    expect(checked?.context.order).toBeUndefined()
  })

  it("rejects a context without a marketplace", () => {
    expect(checkContext({ page: base.page })).toBeUndefined()
    expect(checkContext("not a context")).toBeUndefined()
  })
})
