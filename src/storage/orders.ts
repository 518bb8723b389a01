import type { Order, PageContext } from "~context/schema"
import type { CopilotDatabase, SeenOrder } from "./db"

const seenOrderKey = (context: PageContext, orderId: string) =>
  `${context.marketplace.site}:${orderId}`

/** Keeps what an order details page showed, so later threads about that order can use it. */
export async function rememberOrder(db: CopilotDatabase, context: PageContext, now: string) {
  const order = context.order
  if (context.page.kind !== "order" || !order) return
  const record: SeenOrder = {
    key: seenOrderKey(context, order.id),
    site: context.marketplace.site,
    orderId: order.id,
    order,
    buyer: context.buyer,
    seenAt: now,
  }
  await db.seenOrders.put(record)
}

function sameBuyer(page: PageContext["buyer"], seen: SeenOrder["buyer"]): boolean {
  const pageName = page?.name?.trim().toLowerCase()
  const seenName = seen?.name?.trim().toLowerCase()
  return !pageName || !seenName || pageName === seenName
}

/**
 * Fills order facts this page does not show from the same order's details page seen earlier.
 * Facts on the page always win; a different buyer name means it is not the same order context.
 */
/**
 * The order a conversation without an order number is about: the listing it names, bought by
 * the same buyer (the buyer's name must be on both pages). The most recently seen one wins.
 */
async function seenOrderForItem(db: CopilotDatabase, context: PageContext) {
  const itemId = context.thread?.itemId
  const buyer = context.buyer?.name?.trim().toLowerCase()
  if (!itemId || !buyer) return undefined
  const candidates = await db.seenOrders
    .filter(
      (seen) =>
        seen.site === context.marketplace.site &&
        seen.buyer?.name?.trim().toLowerCase() === buyer &&
        seen.order.items.some((item) => item.itemId === itemId),
    )
    .toArray()
  return candidates.sort((a, b) => b.seenAt.localeCompare(a.seenAt))[0]
}

export async function withRememberedOrder(
  db: CopilotDatabase,
  context: PageContext,
): Promise<PageContext> {
  if (context.page.kind === "order") return context
  if (!context.order) {
    const seen = await seenOrderForItem(db, context)
    if (!seen) return context
    const fields = Object.keys(seen.order).map((key) => `order.${key}`)
    return { ...context, order: seen.order, remembered: { seenAt: seen.seenAt, fields } }
  }
  const order = context.order
  const seen = await db.seenOrders.get(seenOrderKey(context, order.id))
  if (!seen || !sameBuyer(context.buyer, seen.buyer)) return context

  const filled: string[] = []
  const merged: Order = { ...order }
  for (const key of Object.keys(seen.order) as (keyof Order)[]) {
    const onPage = order[key]
    const isEmpty = onPage === undefined || (Array.isArray(onPage) && onPage.length === 0)
    if (isEmpty && seen.order[key] !== undefined) {
      Object.assign(merged, { [key]: seen.order[key] })
      if (!Array.isArray(seen.order[key]) || (seen.order[key] as unknown[]).length > 0) {
        filled.push(`order.${key}`)
      }
    }
  }
  const buyer = { ...seen.buyer, ...context.buyer }
  for (const key of ["name", "firstName"] as const) {
    if (!context.buyer?.[key] && seen.buyer?.[key]) filled.push(`buyer.${key}`)
  }
  if (filled.length === 0) return context
  return { ...context, order: merged, buyer, remembered: { seenAt: seen.seenAt, fields: filled } }
}
