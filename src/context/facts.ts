import { formatDate, formatDateRange } from "./format"
import type { Order, OrderState, PageContext } from "./schema"

/** The facts an agent looks for first, in the order the sidebar lists them. */
export const KEY_FACTS = [
  "buyer",
  "orderId",
  "status",
  "item",
  "purchaseDate",
  "shipBy",
  "deliverBy",
  "carrier",
  "trackingNumber",
  "shipTo",
] as const
export type FactKey = (typeof KEY_FACTS)[number]

export interface FactLine {
  key: FactKey
  /** Display text, or undefined when the page did not show this fact. */
  value?: string
  /** True when the value came from the order's details page seen earlier. */
  remembered: boolean
}

function itemSummary(order: Order): string | undefined {
  const titled = order.items.filter((item) => item.title)
  if (titled.length === 0) return undefined
  const first = titled[0]
  const quantity = first.quantity && first.quantity > 1 ? `${first.quantity} × ` : ""
  const more = titled.length > 1 ? ` (+${titled.length - 1})` : ""
  return `${quantity}${first.title}${more}`
}

function factValue(context: PageContext, key: FactKey, locale: string): string | undefined {
  const order = context.order
  switch (key) {
    case "buyer":
      return context.buyer?.name
    case "orderId":
      return order?.id
    case "status":
      return order?.status
    case "item":
      return order && itemSummary(order)
    case "purchaseDate":
      return order?.purchaseDate && formatDate(order.purchaseDate, locale, "short")
    case "shipBy":
      return order?.shipBy && formatDateRange(order.shipBy, locale, "short")
    case "deliverBy":
      return order?.deliverBy && formatDateRange(order.deliverBy, locale, "short")
    case "carrier":
      return order?.carrier
    case "trackingNumber":
      return order?.trackingNumber
    case "shipTo": {
      const shipTo = order?.shipTo
      const parts = [shipTo?.city, shipTo?.region, shipTo?.country].filter(Boolean)
      return parts.length > 0 ? parts.join(", ") : undefined
    }
  }
}

const REMEMBERED_SOURCE: Partial<Record<FactKey, string>> = {
  buyer: "buyer.name",
  status: "order.status",
  item: "order.items",
  purchaseDate: "order.purchaseDate",
  shipBy: "order.shipBy",
  deliverBy: "order.deliverBy",
  carrier: "order.carrier",
  trackingNumber: "order.trackingNumber",
  shipTo: "order.shipTo",
}

/** Every key fact with its value, or explicitly without one: "not found on this page". */
export function factLines(context: PageContext, locale: string): FactLine[] {
  const remembered = new Set(context.remembered?.fields ?? [])
  return KEY_FACTS.map((key) => {
    const value = factValue(context, key, locale)
    const source = REMEMBERED_SOURCE[key]
    return { key, value, remembered: value !== undefined && !!source && remembered.has(source) }
  })
}

/** The order's state as the page states it, or as its shipping facts prove it. */
export function orderState(order: Order | undefined): OrderState | undefined {
  if (!order) return undefined
  if (order.state) return order.state
  if (order.deliveredDate) return "delivered"
  if (order.trackingNumber || order.shippedDate) return "shipped"
  return undefined
}

/** The buyer's most recent message, which the reply answers. */
export function latestBuyerMessage(context: PageContext | undefined) {
  return context?.thread?.messages.findLast((message) => message.role === "buyer")
}
