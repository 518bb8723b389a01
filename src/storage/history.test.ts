import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { PageContext } from "~context/schema"
import { CopilotDatabase } from "./db"
import { clearHistory, historyFor, recordVisit } from "./history"

const thread = (threadId: string, orderId: string, buyer = "Michael Chen"): PageContext => ({
  marketplace: { site: "amazon", host: "sellercentral.amazon.com" },
  page: { kind: "thread", url: `https://sellercentral.amazon.com/messaging/inbox?cc=${threadId}` },
  buyer: { name: buyer },
  thread: { id: threadId, subject: `About ${orderId}`, messages: [{ role: "buyer", text: "Hi" }] },
  order: { id: orderId, items: [{ title: "Charger" }], trackingNumber: "1Z999AA10123456784" },
})

let db: CopilotDatabase
beforeEach(() => {
  db = new CopilotDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(() => db.delete())

describe("buyer history", () => {
  it("lists the buyer's other conversations and orders, most recent first", async () => {
    await recordVisit(db, thread("t1", "111-1111111-1111111"), "2025-11-01T10:00:00Z")
    await recordVisit(db, thread("t2", "222-2222222-2222222"), "2025-11-05T10:00:00Z")
    const history = await historyFor(db, thread("t3", "333-3333333-3333333"))
    expect(history.map((entry) => [entry.kind, entry.orderId, entry.outcome])).toEqual([
      ["conversation", "222-2222222-2222222", "awaiting_reply"],
      ["order", "222-2222222-2222222", "shipped"],
      ["conversation", "111-1111111-1111111", "awaiting_reply"],
      ["order", "111-1111111-1111111", "shipped"],
    ])
  })

  it("leaves out the conversation and order on screen, and other buyers", async () => {
    await recordVisit(db, thread("t1", "111-1111111-1111111"), "2025-11-01T10:00:00Z")
    await recordVisit(
      db,
      thread("t9", "999-9999999-9999999", "Sarah Miller"),
      "2025-11-02T10:00:00Z",
    )
    expect(await historyFor(db, thread("t1", "111-1111111-1111111"))).toEqual([])
  })

  it("forgets everything when cleared", async () => {
    await recordVisit(db, thread("t1", "111-1111111-1111111"), "2025-11-01T10:00:00Z")
    await clearHistory(db)
    expect(await historyFor(db, thread("t2", "222-2222222-2222222"))).toEqual([])
  })
})
