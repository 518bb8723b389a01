import Dexie, { type Table } from "dexie"
import type { Buyer, Order, Site } from "~context/schema"
import type { Template } from "~templates/schema"

/** Order facts read on an order details page, kept to fill in threads that show only the id. */
export interface SeenOrder {
  /** `${site}:${orderId}` */
  key: string
  site: Site
  orderId: string
  order: Order
  buyer?: Buyer
  seenAt: string
}

export type UsageKind = "inserted"

export interface UsageEvent {
  id?: number
  templateId: string
  kind: UsageKind
  at: string
}

/** Starter templates the user deleted: extension updates must not bring them back. */
export interface StarterTombstone {
  id: string
  deletedAt: string
}

export class CopilotDatabase extends Dexie {
  templates!: Table<Template, string>
  seenOrders!: Table<SeenOrder, string>
  usage!: Table<UsageEvent, number>
  starterTombstones!: Table<StarterTombstone, string>

  constructor(name = "seller-reply-copilot") {
    super(name)
    this.version(1).stores({
      templates: "id, groupId, language, origin, updatedAt",
      seenOrders: "key, orderId, seenAt",
      usage: "++id, templateId, at",
      starterTombstones: "id",
    })
  }
}
