import { orderState } from "~context/facts"
import type { PageContext } from "~context/schema"
import type { CopilotDatabase, HistoryEntry } from "./db"

const HISTORY_LIMIT = 8

function buyerKey(context: PageContext): string | undefined {
  const name = context.buyer?.name?.trim().toLowerCase()
  return name ? `${context.marketplace.site}:${name}` : undefined
}

/** What this page shows about the buyer, as history entries (a thread and/or its order). */
function entriesOf(context: PageContext, now: string): HistoryEntry[] {
  const buyer = buyerKey(context)
  if (!buyer) return []
  const site = context.marketplace.site
  const order = context.order
  const entries: HistoryEntry[] = []
  const threadId = context.thread?.id
  if (threadId && context.thread?.messages.length) {
    const last = context.thread.messages[context.thread.messages.length - 1]
    entries.push({
      key: `${site}:conversation:${threadId}`,
      buyerKey: buyer,
      kind: "conversation",
      site,
      threadId,
      orderId: order?.id,
      subject: context.thread.subject,
      outcome: last.role === "seller" ? "answered" : "awaiting_reply",
      at: context.thread.messages.findLast((message) => message.sentAt)?.sentAt?.slice(0, 10),
      firstSeenAt: now,
      lastSeenAt: now,
    })
  }
  if (order) {
    entries.push({
      key: `${site}:order:${order.id}`,
      buyerKey: buyer,
      kind: "order",
      site,
      orderId: order.id,
      subject: order.items.find((item) => item.title)?.title,
      outcome: orderState(order),
      at: order.purchaseDate,
      firstSeenAt: now,
      lastSeenAt: now,
    })
  }
  return entries
}

/** Remembers this page's conversation and order under the buyer's name, in one transaction. */
export async function recordVisit(db: CopilotDatabase, context: PageContext, now: string) {
  const entries = entriesOf(context, now)
  if (entries.length === 0) return
  await db.transaction("rw", db.history, async () => {
    const known = await db.history.bulkGet(entries.map((entry) => entry.key))
    await db.history.bulkPut(
      entries.map((entry, index) => {
        const previous = known[index]
        // A buyer name that changed means another buyer now: never merge their facts.
        if (!previous || previous.buyerKey !== entry.buyerKey) return entry
        return { ...previous, ...entry, firstSeenAt: previous.firstSeenAt }
      }),
    )
  })
}

/** The buyer's other conversations and orders seen in this browser, most recent first. */
export async function historyFor(db: CopilotDatabase, context: PageContext) {
  const buyer = buyerKey(context)
  if (!buyer) return []
  const current = new Set(entriesOf(context, "").map((entry) => entry.key))
  const entries = await db.history.where("buyerKey").equals(buyer).toArray()
  return entries
    .filter((entry) => !current.has(entry.key))
    .filter((entry) => !(entry.kind === "order" && entry.orderId === context.order?.id))
    .sort((a, b) => (b.at ?? b.lastSeenAt).localeCompare(a.at ?? a.lastSeenAt))
    .slice(0, HISTORY_LIMIT)
}

export async function clearHistory(db: CopilotDatabase) {
  await db.history.clear()
}
