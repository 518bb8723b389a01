/**
 * The typed messages between the sidebar (content script) and the background. Both sides parse
 * with these schemas: the background its requests, the sidebar the responses.
 */
import * as z from "zod/mini"
import { ORDER_STATES, PageContextSchema, SITES } from "~context/schema"
import { PackSourceSchema } from "~packs/merge"
import { PACK_LIMITS, PackIdSchema } from "~packs/schema"
import { SubscriptionSchema } from "~packs/subscription"
import { SettingsSchema } from "~storage/settings"
import { LanguageSchema } from "~templates/schema"

const TemplateIdSchema = z.string().check(z.minLength(1), z.maxLength(200))

export const RenderedReplySchema = z.object({
  text: z.string(),
  segments: z.array(
    z.union([
      z.object({ kind: z.literal("text"), text: z.string() }),
      z.object({ kind: z.literal("missing"), path: z.string(), text: z.string() }),
    ]),
  ),
  unresolved: z.array(z.string()),
  error: z.optional(z.string()),
})

const BilingualSchema = z.object({ en: z.string(), es: z.string() })

export const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(["block", "warn", "info"]),
  start: z.int().check(z.gte(0)),
  end: z.int().check(z.gte(0)),
  message: BilingualSchema,
  source: z.string(),
  fix: z.optional(z.string()),
})
export type FindingMessage = z.infer<typeof FindingSchema>

export const ProactiveCheckSchema = z.object({
  id: z.string(),
  status: z.enum(["pass", "fail", "unknown"]),
  message: BilingualSchema,
})
export type ProactiveCheckMessage = z.infer<typeof ProactiveCheckSchema>

export const SuggestionSchema = z.object({
  templateId: TemplateIdSchema,
  title: z.string(),
  language: LanguageSchema,
  pinned: z.boolean(),
  reasons: z.array(
    z.union([
      z.object({ kind: z.literal("pinned") }),
      z.object({ kind: z.literal("orderState"), state: z.enum(ORDER_STATES) }),
      z.object({ kind: z.literal("mentions"), words: z.array(z.string().check(z.maxLength(60))) }),
      z.object({ kind: z.literal("used"), count: z.int().check(z.gte(0)) }),
    ]),
  ),
  reply: RenderedReplySchema,
  /** Marketplace-rule findings on `reply.text`. */
  findings: z.array(FindingSchema),
})
export type Suggestion = z.infer<typeof SuggestionSchema>

const Empty = z.object({})

/** A pack or backup file's text: JSON of at most the pack size limit, with room for escapes. */
const FileTextSchema = z.string().check(z.maxLength(PACK_LIMITS.bytes * 2))

export const PlanSummarySchema = z.object({
  packId: z.string(),
  name: z.string(),
  version: z.int(),
  previousVersion: z.optional(z.int()),
  added: z.int(),
  changed: z.int(),
  unchanged: z.int(),
  removed: z.int(),
  keptAsCopies: z.int(),
  conflicts: z.array(
    z.object({
      templateId: z.string(),
      title: z.string(),
      mineTitle: z.string(),
      language: z.string(),
    }),
  ),
})
export type PlanSummaryMessage = z.infer<typeof PlanSummarySchema>

const SubscriptionUrlSchema = z.string().check(z.minLength(1), z.maxLength(2_000))

/** The response deadline of the open conversation; the sidebar counts down to it. */
export const ClockSchema = z.object({
  rule: z.optional(z.enum(["amazon-24h", "ebay-3-business-days"])),
  status: z.enum(["ok", "due-soon", "overdue", "answered", "unknown", "none"]),
  deadline: z.optional(z.string()),
  /** Milliseconds before the deadline from which the clock shows as due soon. */
  dueSoonMs: z.number(),
  approximate: z.boolean(),
  noResponseNeeded: z.boolean(),
})
export type ClockMessage = z.infer<typeof ClockSchema>

export const HistoryEntrySchema = z.object({
  kind: z.enum(["conversation", "order"]),
  orderId: z.optional(z.string()),
  subject: z.optional(z.string()),
  outcome: z.optional(z.string()),
  at: z.optional(z.string()),
  lastSeenAt: z.string(),
})
export type HistoryEntryMessage = z.infer<typeof HistoryEntrySchema>

export const CONTRACTS = {
  /** Validates what the page showed and joins order facts remembered from its details page. */
  "resolve-context": {
    request: z.object({ context: PageContextSchema }),
    response: z.object({
      context: PageContextSchema,
      clock: ClockSchema,
      /** The buyer's other conversations and orders seen in this browser (empty when off). */
      history: z.array(HistoryEntrySchema),
    }),
  },
  suggest: {
    request: z.object({
      context: z.optional(PageContextSchema),
      query: z.string().check(z.maxLength(200)),
      limit: z.int().check(z.gte(1), z.lte(100)),
    }),
    response: z.object({ suggestions: z.array(SuggestionSchema), libraryEmpty: z.boolean() }),
  },
  /** Checks any reply text (what the agent typed, or an edited suggestion) against the rules. */
  "check-reply": {
    request: z.object({
      text: z.string().check(z.maxLength(50_000)),
      context: z.optional(PageContextSchema),
    }),
    response: z.object({
      findings: z.array(FindingSchema),
      /** Seller-initiated messages (contact-buyer page) only. */
      proactive: z.optional(z.array(ProactiveCheckSchema)),
    }),
  },
  /** Every template in the library, rendered with sample facts and checked against the rules. */
  "audit-library": {
    request: z.object({ site: z.enum(SITES) }),
    response: z.object({
      templates: z.array(
        z.object({
          templateId: z.string(),
          title: z.string(),
          language: LanguageSchema,
          text: z.string(),
          findings: z.array(FindingSchema),
        }),
      ),
    }),
  },
  "set-pinned": {
    request: z.object({ templateId: TemplateIdSchema, pinned: z.boolean() }),
    response: Empty,
  },
  "record-usage": {
    request: z.object({ templateId: TemplateIdSchema }),
    response: Empty,
  },
  "save-settings": {
    request: z.object({
      sellerName: z.string().check(z.maxLength(200)),
      signature: z.string().check(z.maxLength(1_000)),
      replyLanguages: z.array(LanguageSchema).check(z.minLength(1)),
      buyerHistory: z.boolean(),
    }),
    response: z.object({ settings: SettingsSchema }),
  },
  /** The sidebar's open state and width, read before it first renders. */
  "sidebar-layout": {
    request: Empty,
    response: z.object({ open: z.boolean(), width: z.number() }),
  },
  /** Forgets every buyer's history kept in this browser. */
  "clear-history": { request: Empty, response: Empty },
  /** Content scripts cannot open the options page themselves. */
  "open-settings": { request: Empty, response: Empty },
  "save-sidebar": {
    request: z.object({
      open: z.optional(z.boolean()),
      width: z.optional(z.number()),
    }),
    response: Empty,
  },
  /** What importing a pack file would change, without changing anything. */
  "pack-preview": {
    request: z.object({ text: FileTextSchema }),
    response: z.object({
      summary: PlanSummarySchema,
      /** Incoming templates that break a marketplace rule with sample facts. */
      policy: z.object({
        checked: z.int(),
        incoming: z.int(),
        notes: z.array(
          z.object({
            templateId: z.string(),
            title: z.string(),
            messages: z.array(BilingualSchema),
          }),
        ),
      }),
    }),
  },
  /** Imports a pack file in one transaction; conflicts default to keep-mine. */
  "pack-import": {
    request: z.object({
      text: FileTextSchema,
      choices: z.record(z.string(), z.enum(["keep-mine", "take-theirs"])),
    }),
    response: z.object({ summary: PlanSummarySchema }),
  },
  "pack-export": {
    request: z.object({
      meta: z.object({
        id: PackIdSchema,
        name: z.string().check(z.minLength(1), z.maxLength(100)),
        version: z.int().check(z.gte(1)),
        publisher: z.string().check(z.minLength(1), z.maxLength(100)),
        description: z.string().check(z.maxLength(2_000)),
      }),
      /** Omitted: the whole library. */
      templateIds: z.optional(z.array(TemplateIdSchema)),
    }),
    response: z.object({ text: z.string() }),
  },
  /** Installed packs, subscriptions and the templates that can be exported. */
  "pack-overview": {
    request: Empty,
    response: z.object({
      packs: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          version: z.int(),
          publisher: z.string(),
          source: PackSourceSchema,
          managed: z.boolean(),
          templates: z.int(),
          upstreamChanged: z.int(),
        }),
      ),
      subscriptions: z.array(SubscriptionSchema),
      templates: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          language: z.string(),
          packId: z.optional(z.string()),
          upstreamChanged: z.boolean(),
        }),
      ),
    }),
  },
  "pack-subscribe": {
    request: z.object({ url: SubscriptionUrlSchema }),
    response: z.object({ subscription: SubscriptionSchema }),
  },
  /** Checks a subscription now; a failure is reported in the subscription's lastError. */
  "pack-check": {
    request: z.object({ url: SubscriptionUrlSchema }),
    response: z.object({ subscription: SubscriptionSchema }),
  },
  "pack-unsubscribe": {
    request: z.object({ url: SubscriptionUrlSchema, keepCopies: z.boolean() }),
    response: Empty,
  },
  /** Removes a pack imported from a file. */
  "pack-remove": {
    request: z.object({ packId: PackIdSchema, keepCopies: z.boolean() }),
    response: Empty,
  },
  /** The library, pins and settings as one file, without secrets. */
  "backup-create": { request: Empty, response: z.object({ text: z.string() }) },
  "backup-restore": {
    request: z.object({ text: FileTextSchema }),
    response: z.object({ templates: z.int() }),
  },
} as const

export type MessageName = keyof typeof CONTRACTS
export type RequestOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]["request"]>
export type ResponseOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]["response"]>

/** Every answer travels in an envelope so failures reach the agent as words, not silence. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string }
