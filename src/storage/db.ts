import Dexie, { type Table } from "dexie"
import type { Buyer, Order, Site } from "~context/schema"
import type { InstalledPack } from "~packs/merge"
import type { Subscription } from "~packs/subscription"
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

/** Inserted into the reply box; then mostly rewritten; or passed over for a lower suggestion. */
export type UsageKind = "inserted" | "edited" | "ignored"

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

/** One conversation or order of a buyer, as this browser saw it (kept locally, never uploaded). */
export interface HistoryEntry {
  /** `${site}:conversation:${threadId}` or `${site}:order:${orderId}` */
  key: string
  /** `${site}:${buyer name, lower-cased}`: buyers are known by the name the page shows. */
  buyerKey: string
  kind: "conversation" | "order"
  site: Site
  threadId?: string
  orderId?: string
  subject?: string
  /** Order state, or whether the conversation's last message was the seller's. */
  outcome?: string
  /** When it happened, as the page dated it: the last message, or the purchase. */
  at?: string
  firstSeenAt: string
  lastSeenAt: string
}

export class CopilotDatabase extends Dexie {
  templates!: Table<Template, string>
  history!: Table<HistoryEntry, string>
  seenOrders!: Table<SeenOrder, string>
  usage!: Table<UsageEvent, number>
  starterTombstones!: Table<StarterTombstone, string>
  packs!: Table<InstalledPack, string>
  subscriptions!: Table<Subscription, string>

  constructor(name = "seller-reply-copilot") {
    super(name)
    this.version(1).stores({
      templates: "id, groupId, language, origin, updatedAt",
      seenOrders: "key, orderId, seenAt",
      usage: "++id, templateId, at",
      starterTombstones: "id",
    })
    this.version(2).stores({ history: "key, buyerKey, lastSeenAt" })
    this.version(3).stores({ packs: "id", subscriptions: "url, packId" })
  }
}
