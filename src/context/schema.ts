/**
 * What the copilot reads from a marketplace page. Every fact is optional: a fact the page does not
 * show is absent, never guessed. `missingFacts` (facts.ts) turns absences into the explicit
 * "not found on this page" list the sidebar shows.
 *
 * zod/mini because these schemas also run in the content script, where full zod would triple the
 * bundle (measured: +89 KB gzip without tree shaking, +27 KB with).
 */
import * as z from "zod/mini"

export const SITES = ["amazon", "ebay"] as const
export type Site = (typeof SITES)[number]

/** thread: a buyer conversation; contact: a seller-initiated message; order: order details. */
export const PAGE_KINDS = ["thread", "contact", "order", "inbox", "unknown"] as const
export type PageKind = (typeof PAGE_KINDS)[number]

export const MESSAGE_ROLES = ["buyer", "seller", "marketplace"] as const

/** Normalised order state, used by ranking; the page's own wording stays in `status`. */
export const ORDER_STATES = [
  "pending",
  "unshipped",
  "shipped",
  "delivered",
  "cancelled",
  "returned",
  "refunded",
] as const
export type OrderState = (typeof ORDER_STATES)[number]

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max))
export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
/** A date or a date-time (messages often show only a date). */
export const IsoDateTimeSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/))

export const MoneySchema = z.object({
  amount: z.number().check(z.gte(0), z.lte(1e9)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
})
export type Money = z.infer<typeof MoneySchema>

/** "Ship by Dec 5" is a single day (`to` absent); "Deliver by Dec 9 - Dec 12" is a range. */
export const DateRangeSchema = z.object({
  from: IsoDateSchema,
  to: z.optional(IsoDateSchema),
})
export type DateRange = z.infer<typeof DateRangeSchema>

export const MarketplaceSchema = z.object({
  site: z.enum(SITES),
  host: text(200),
  /** ISO 3166 alpha-2 of the marketplace (US, DE, JP…). */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  /** BCP 47 locale the page is written in, used to read its dates and numbers. */
  locale: z.optional(text(20)),
  marketplaceId: z.optional(text(40)),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
})
export type Marketplace = z.infer<typeof MarketplaceSchema>

export const MessageSchema = z.object({
  role: z.enum(MESSAGE_ROLES),
  author: z.optional(text(200)),
  text: z.string().check(z.maxLength(20_000)),
  sentAt: z.optional(IsoDateTimeSchema),
})
export type Message = z.infer<typeof MessageSchema>

export const ThreadSchema = z.object({
  id: z.optional(text(200)),
  subject: z.optional(text(500)),
  /** The listing the conversation is about, when the page names it (eBay). */
  itemId: z.optional(z.string().check(z.regex(/^\d{9,15}$/))),
  messages: z.array(MessageSchema).check(z.maxLength(2_000)),
})
export type Thread = z.infer<typeof ThreadSchema>

export const BuyerSchema = z.object({
  name: z.optional(text(200)),
  firstName: z.optional(text(100)),
})
export type Buyer = z.infer<typeof BuyerSchema>

export const ItemSchema = z.object({
  title: z.optional(text(1_000)),
  asin: z.optional(text(20)),
  /** eBay's 12-digit item number. */
  itemId: z.optional(z.string().check(z.regex(/^\d{9,15}$/))),
  sku: z.optional(text(100)),
  quantity: z.optional(z.int().check(z.gte(0), z.lte(100_000))),
  unitPrice: z.optional(MoneySchema),
})
export type Item = z.infer<typeof ItemSchema>

export const ShipToSchema = z.object({
  city: z.optional(text(200)),
  region: z.optional(text(200)),
  postalCode: z.optional(text(20)),
  country: z.optional(text(100)),
})

export const OrderSchema = z.object({
  id: text(40),
  purchaseDate: z.optional(IsoDateSchema),
  /** The status label as the page shows it ("Shipped", "Versendet"). */
  status: z.optional(text(100)),
  state: z.optional(z.enum(ORDER_STATES)),
  /** seller: the seller ships (Amazon MFN); marketplace: the marketplace ships (FBA). */
  fulfillmentChannel: z.optional(z.enum(["seller", "marketplace"])),
  items: z.array(ItemSchema).check(z.maxLength(500)),
  total: z.optional(MoneySchema),
  shipBy: z.optional(DateRangeSchema),
  deliverBy: z.optional(DateRangeSchema),
  shipTo: z.optional(ShipToSchema),
  carrier: z.optional(text(100)),
  trackingNumber: z.optional(text(60)),
  shippedDate: z.optional(IsoDateSchema),
  deliveredDate: z.optional(IsoDateSchema),
})
export type Order = z.infer<typeof OrderSchema>

export const PageContextSchema = z.object({
  marketplace: MarketplaceSchema,
  page: z.object({
    kind: z.enum(PAGE_KINDS),
    url: text(4_000),
    /**
     * Order ids and buyer names the page shows outside the open conversation (the inbox list):
     * other buyers' facts, which a reply must never mention.
     */
    others: z.optional(
      z.object({
        orderIds: z.array(text(40)).check(z.maxLength(500)),
        buyerNames: z.array(text(200)).check(z.maxLength(500)),
      }),
    ),
  }),
  thread: z.optional(ThreadSchema),
  buyer: z.optional(BuyerSchema),
  order: z.optional(OrderSchema),
  /** Order facts filled in from an order page seen earlier, not from this page. */
  remembered: z.optional(
    z.object({ seenAt: IsoDateTimeSchema, fields: z.array(z.string().check(z.maxLength(60))) }),
  ),
})
export type PageContext = z.infer<typeof PageContextSchema>
