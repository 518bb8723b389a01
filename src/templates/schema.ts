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

export const LanguageSchema = z.string().check(z.regex(/^[a-z]{2}$/))

export const TemplateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Translations of the same reply share a group id. */
  groupId: z.string().check(z.minLength(1), z.maxLength(200)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Liquid source. */
  body: z.string().check(z.minLength(1), z.maxLength(20_000)),
  language: LanguageSchema,
  intents: z.array(z.enum(INTENTS)),
  /** Order states the reply fits; empty means any state (or no order). */
  orderStates: z.array(z.enum(ORDER_STATES)),
  /** Marketplaces the reply is written for; empty means all. */
  sites: z.array(z.enum(SITES)),
  tags: z.array(z.string().check(z.maxLength(60))),
  folder: z.optional(z.string().check(z.maxLength(200))),
  pinned: z.boolean(),
  origin: z.enum(["starter", "user"]),
  /** For starter templates: the revision shipped with the extension. */
  starterRevision: z.optional(z.int()),
  /** True once the user changed a starter template: updates never overwrite it. */
  edited: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Template = z.infer<typeof TemplateSchema>

/** How the starter library is written in the source: one entry per reply, all its languages. */
export interface StarterTemplate {
  key: string
  revision: number
  folder: string
  intents: Intent[]
  orderStates: (typeof ORDER_STATES)[number][]
  sites: (typeof SITES)[number][]
  tags: string[]
  translations: Record<"en" | "es", { title: string; body: string }>
}
