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
import { TemplateDraftSchema } from "~templates/draft"
import { INTENTS, LanguageSchema, TemplateSchema } from "~templates/schema"

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

export const MessageReadingSchema = z.object({
  intents: z.array(
    z.object({ id: z.enum(INTENTS), confidence: z.number().check(z.gte(0), z.lte(1)) }),
  ),
  language: z.optional(LanguageSchema),
  languageReliable: z.boolean(),
})

export type MessageReading = z.infer<typeof MessageReadingSchema>

export const SuggestionSchema = z.object({
  templateId: TemplateIdSchema,
  title: z.string(),
  language: LanguageSchema,
  pinned: z.boolean(),
  reasons: z.array(
    z.union([
      z.object({ kind: z.literal("intent"), intent: z.enum(INTENTS) }),
      z.object({ kind: z.literal("orderState"), state: z.enum(ORDER_STATES) }),
      z.object({ kind: z.literal("language"), language: LanguageSchema }),
      z.object({ kind: z.literal("pinned") }),
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

const TemplateIdsSchema = z.array(TemplateIdSchema).check(z.minLength(1), z.maxLength(20_000))

/** Where the library's preview takes its facts from. */
export const PREVIEW_SOURCES = ["amazon", "ebay", "last"] as const

/** AI drafts (issue 5). The "ai-draft" port protocol lives in ~ai/protocol. */
export const AI_ERROR_CODES = [
  "no_provider",
  "unauthorized",
  "forbidden",
  "ollama_origin",
  "unknown_model",
  "rate_limited",
  "server_error",
  "timeout",
  "malformed",
  "truncated",
  "network",
  "cancelled",
] as const
export type AiErrorCode = (typeof AI_ERROR_CODES)[number]

export const REWRITE_STYLES = [
  "shorter",
  "friendlier",
  "more_formal",
  "fix_grammar",
  "translate",
] as const

/** What a draft is made from: the same input starts a draft and previews what will be sent. */
export const AiDraftInputSchema = z.object({
  task: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("draft") }),
    z.object({
      kind: z.literal("rewrite"),
      text: z.string().check(z.maxLength(50_000)),
      style: z.enum(REWRITE_STYLES),
    }),
  ]),
  context: PageContextSchema,
  /** The best matching template's body, used as guidance. */
  templateBody: z.optional(z.string().check(z.maxLength(20_000))),
  replyLanguage: z.optional(LanguageSchema),
})

const PROMPT_API_STATES = ["unavailable", "downloadable", "downloading", "available"] as const

const AI_CONTRACTS = {
  "ai-status": {
    request: Empty,
    response: z.object({
      /** "none", "chrome-prompt-api" or a preset id of ~ai/protocol. */
      provider: z.string(),
      model: z.optional(z.string()),
      ready: z.boolean(),
      promptApi: z.enum(PROMPT_API_STATES),
      /** 0..1 while Chrome downloads its on-device model. */
      downloadProgress: z.optional(z.number().check(z.gte(0), z.lte(1))),
    }),
  },
  /** Exactly what a draft with this input would send to the provider (privacy preview). */
  "ai-preview": {
    request: AiDraftInputSchema,
    response: z.object({ system: z.string(), user: z.string() }),
  },
  /**
   * Options page only. Tests the stored AI settings, or the unsaved ones given here (their own
   * key is used: the stored key is never sent to another endpoint).
   */
  "ai-test-connection": {
    request: z.object({ settings: z.optional(z.record(z.string(), z.unknown())) }),
    response: z.union([
      z.object({ ok: z.literal(true), model: z.string() }),
      z.object({ ok: z.literal(false), code: z.enum(AI_ERROR_CODES), message: z.string() }),
    ]),
  },
} as const

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
    response: z.object({
      suggestions: z.array(SuggestionSchema),
      libraryEmpty: z.boolean(),
      /** What the buyer's latest message asks for and its language, as ranking read it. */
      reading: z.optional(MessageReadingSchema),
    }),
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
  /** What the agent did with a suggestion; ranking learns from it. */
  "record-usage": {
    request: z.object({
      templateId: TemplateIdSchema,
      kind: z.enum(["inserted", "edited"]),
      /** Suggestions listed above the inserted one: the agent passed them over. */
      passedOver: z.optional(z.array(TemplateIdSchema).check(z.maxLength(100))),
    }),
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
  /** Answers once the worker has installed the starter library (pages that read the database wait). */
  "library-ready": { request: Empty, response: Empty },
  /** Content scripts cannot open the options page themselves. */
  "open-settings": { request: Empty, response: Empty },
  "save-sidebar": {
    request: z.object({
      open: z.optional(z.boolean()),
      width: z.optional(z.number()),
    }),
    response: Empty,
  },
  /** Creates a template (no id) or changes one; refuses a body Liquid cannot render. */
  "save-template": {
    request: z.object({ draft: TemplateDraftSchema }),
    response: z.object({ template: TemplateSchema }),
  },
  /** Answers with the deleted templates as they were, which the page keeps for undo. */
  "delete-templates": {
    request: z.object({ ids: TemplateIdsSchema }),
    response: z.object({ deleted: z.array(TemplateSchema) }),
  },
  "restore-templates": {
    request: z.object({ templates: z.array(TemplateSchema).check(z.maxLength(20_000)) }),
    response: Empty,
  },
  /** One change to many templates at once (the library's bulk actions). */
  "change-templates": {
    request: z.object({
      ids: TemplateIdsSchema,
      change: z.union([
        z.object({
          kind: z.literal("folder"),
          folder: z.optional(z.string().check(z.maxLength(200))),
        }),
        z.object({
          kind: z.literal("addTag"),
          tag: z.string().check(z.minLength(1), z.maxLength(60)),
        }),
        z.object({ kind: z.literal("pinned"), pinned: z.boolean() }),
      ]),
    }),
    response: z.object({ changed: z.int().check(z.gte(0)) }),
  },
  /** A template body as it would read with sample facts or the last conversation seen. */
  "preview-template": {
    request: z.object({
      body: z.string().check(z.maxLength(20_000)),
      language: LanguageSchema,
      source: z.enum(PREVIEW_SOURCES),
    }),
    response: z.object({
      reply: RenderedReplySchema,
      findings: z.array(FindingSchema),
      /** False when no conversation was seen this session (the Amazon sample was used). */
      lastSeen: z.boolean(),
      /** What the last conversation was, to name it in the choice. */
      lastLabel: z.optional(z.string()),
    }),
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

  ...AI_CONTRACTS,
} as const

export type MessageName = keyof typeof CONTRACTS
export type RequestOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]["request"]>
export type ResponseOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]["response"]>

/** Every answer travels in an envelope so failures reach the agent as words, not silence. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string }
