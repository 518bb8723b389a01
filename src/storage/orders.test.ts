import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { PageContext } from "~context/schema"
import { CopilotDatabase } from "./db"
import { rememberOrder, withRememberedOrder } from "./orders"

const marketplace = { site: "amazon", host: "sellercentral.amazon.com", country: "US" } as const
const orderPage: PageContext = {
  marketplace,
  page: {
    kind: "order",
    url: "https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232",
  },
  buyer: { name: "Jane Doe", firstName: "Jane" },
  order: {
    id: "114-3941689-8772232",
    items: [{ title: "Trail Socks", quantity: 1 }],
    carrier: "UPS",
    trackingNumber: "1Z999AA10123456784",
    status: "Shipped",
  },
}
const thread = (order: PageContext["order"], buyer?: PageContext["buyer"]): PageContext => ({
  marketplace,
  page: { kind: "thread", url: "https://sellercentral.amazon.com/messaging/inbox?cc=1" },
  buyer,
  order,
})

let db: CopilotDatabase
beforeEach(() => {
  db = new CopilotDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(() => db.delete())

describe("remembered orders", () => {
  it("fills a thread that shows only the order id from its details page", async () => {
    await rememberOrder(db, orderPage, "2025-03-01T10:00:00Z")
    const joined = await withRememberedOrder(db, thread({ id: "114-3941689-8772232", items: [] }))
    expect(joined.order?.trackingNumber).toBe("1Z999AA10123456784")
    expect(joined.order?.items).toEqual([{ title: "Trail Socks", quantity: 1 }])
    expect(joined.buyer?.name).toBe("Jane Doe")
    expect(joined.remembered).toEqual({
      seenAt: "2025-03-01T10:00:00Z",
      fields: [
        "order.items",
        "order.carrier",
        "order.trackingNumber",
        "order.status",
        "buyer.name",
        "buyer.firstName",
      ],
    })
  })

  it("keeps what the thread shows over what was remembered", async () => {
    await rememberOrder(db, orderPage, "2025-03-01T10:00:00Z")
    const joined = await withRememberedOrder(
      db,
      thread({ id: "114-3941689-8772232", items: [], status: "Delivered" }),
    )
    expect(joined.order?.status).toBe("Delivered")
  })

  it("never joins another buyer's order facts", async () => {
    await rememberOrder(db, orderPage, "2025-03-01T10:00:00Z")
    const other = thread({ id: "114-3941689-8772232", items: [] }, { name: "Someone Else" })
    expect(await withRememberedOrder(db, other)).toBe(other)
  })

  it("leaves threads of unknown orders alone", async () => {
    const unknown = thread({ id: "111-1111111-1111111", items: [] })
    expect(await withRememberedOrder(db, unknown)).toBe(unknown)
  })

  it("joins an eBay conversation that names only the listing, for the same buyer only", async () => {
    const ebay = { site: "ebay", host: "www.ebay.com", country: "US" } as const
    const orderPage: PageContext = {
      marketplace: ebay,
      page: { kind: "order", url: "https://www.ebay.com/mesh/ord/details?orderid=12-09876-54321" },
      buyer: { name: "Kayla Morgan" },
      order: {
        id: "12-09876-54321",
        items: [{ title: "Pyrex bowl", itemId: "394857201634" }],
        trackingNumber: "9400111899223344556677",
      },
    }
    await rememberOrder(db, orderPage, "2025-11-18T10:00:00Z")
    const conversation = (buyer: string): PageContext => ({
      marketplace: ebay,
      page: { kind: "thread", url: "https://www.ebay.com/cnt/ReplyToMessages?item=394857201634" },
      buyer: { name: buyer },
      thread: { itemId: "394857201634", messages: [{ role: "buyer", text: "Where is it?" }] },
    })
    const joined = await withRememberedOrder(db, conversation("Kayla Morgan"))
    expect(joined.order?.id).toBe("12-09876-54321")
    expect(joined.order?.trackingNumber).toBe("9400111899223344556677")
    expect(joined.remembered?.fields).toContain("order.trackingNumber")
    expect((await withRememberedOrder(db, conversation("Someone Else"))).order).toBeUndefined()
  })
})
