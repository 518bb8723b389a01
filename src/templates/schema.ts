import * as z from "zod/mini"
import { ORDER_STATES, SITES } from "~context/schema"

/** Intent ids are stable: templates, ranking and analytics refer to them. */
export const INTENTS = [
  "order_status",
  "not_received",
  "cancel_order",
  "change_order",
  "change_address",
  "return_request",
  "refund_request",
  "refund_status",
  "return_policy",
  "damaged_defective",
  "wrong_or_missing_item",
  "product_question",
  "invoice_request",
  "shipping_options",
  "payment_issue",
  "complaint",
  "feedback_review",
  "thanks_no_reply",
  "other",
] as const
export type Intent = (typeof INTENTS)[number]

export const LanguageSchema = z
  .string()
  .check(z.regex(/^[a-z]{2}$/, 'expected a two-letter language code such as "en"'))

/** The fields that say what a reply is and when it fits: shared by templates and pack files. */
export const TemplateTitleSchema = z.string().check(z.minLength(1), z.maxLength(200))
/** Liquid source. */
export const TemplateBodySchema = z.string().check(z.minLength(1), z.maxLength(20_000))
export const IntentListSchema = z.array(z.enum(INTENTS))
/** Order states the reply fits; empty means any state (or no order). */
export const OrderStateListSchema = z.array(z.enum(ORDER_STATES))
/** Marketplaces the reply is written for; empty means all. */
export const SiteListSchema = z.array(z.enum(SITES))
export const TagListSchema = z.array(z.string().check(z.maxLength(60)))
export const FolderSchema = z.string().check(z.maxLength(200))

/** What a reply says and when it fits, apart from its identity and group. */
const contentFields = {
  title: TemplateTitleSchema,
  body: TemplateBodySchema,
  language: LanguageSchema,
  intents: IntentListSchema,
  orderStates: OrderStateListSchema,
  sites: SiteListSchema,
  tags: TagListSchema,
  folder: z.optional(FolderSchema),
}

/** A pack template's content as the pack last published it (its id is the link's templateId). */
export const UpstreamContentSchema = z.object({
  groupId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  ...contentFields,
})
export type UpstreamContent = z.infer<typeof UpstreamContentSchema>

/**
 * How a template installed from a pack stays linked to it. The template's own fields are what the
 * agent uses; once the agent edits it (`edited`), `upstream` keeps the pack's copy, so updates
 * can tell whether the pack changed it too (see ~packs/override).
 */
export const PackLinkSchema = z.object({
  packId: z.string().check(z.minLength(1), z.maxLength(100)),
  templateId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The pack's copy, kept while the template is edited (unedited, it is the template itself). */
  upstream: z.optional(UpstreamContentSchema),
  /** The pack changed this template after the agent edited it: the edit was kept; show a badge. */
  upstreamChanged: z.boolean(),
  /** Pushed by the organisation's policy: agents cannot edit it. */
  managed: z.boolean(),
})
export type PackLink = z.infer<typeof PackLinkSchema>

export const TemplateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Translations of the same reply share a group id. */
  groupId: z.string().check(z.minLength(1), z.maxLength(200)),
  ...contentFields,
  pinned: z.boolean(),
  origin: z.enum(["starter", "user", "pack"]),
  /** For starter templates: the revision shipped with the extension. */
  starterRevision: z.optional(z.int()),
  /**
   * True once the user changed a starter or pack template (a local override): updates never
   * overwrite it.
   */
  edited: z.boolean(),
  /** For pack templates (origin "pack"). */
  pack: z.optional(PackLinkSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Template = z.infer<typeof TemplateSchema>

/** The languages the shipped replies, and the placeholders they insert, are written in. */
export const STARTER_LANGUAGES = ["en", "es", "de", "fr", "it"] as const
export type StarterLanguage = (typeof STARTER_LANGUAGES)[number]

/** How the starter library is written in the source: one entry per reply, all its languages. */
export interface StarterTemplate {
  key: string
  revision: number
  folder: string
  intents: Intent[]
  orderStates: (typeof ORDER_STATES)[number][]
  sites: (typeof SITES)[number][]
  tags: string[]
  translations: Record<StarterLanguage, { title: string; body: string }>
}
