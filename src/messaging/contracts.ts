/**
 * The typed messages between the sidebar (content script) and the background. Both sides parse
 * with these schemas: the background its requests, the sidebar the responses.
 */
import * as z from "zod/mini"
import { ORDER_STATES, PageContextSchema } from "~context/schema"
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
})
export type Suggestion = z.infer<typeof SuggestionSchema>

const Empty = z.object({})

export const CONTRACTS = {
  /** Validates what the page showed and joins order facts remembered from its details page. */
  "resolve-context": {
    request: z.object({ context: PageContextSchema }),
    response: z.object({ context: PageContextSchema }),
  },
  suggest: {
    request: z.object({
      context: z.optional(PageContextSchema),
      query: z.string().check(z.maxLength(200)),
      limit: z.int().check(z.gte(1), z.lte(100)),
    }),
    response: z.object({ suggestions: z.array(SuggestionSchema), libraryEmpty: z.boolean() }),
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
    }),
    response: z.object({ settings: SettingsSchema }),
  },
  /** The sidebar's open state and width, read before it first renders. */
  "sidebar-layout": {
    request: Empty,
    response: z.object({ open: z.boolean(), width: z.number() }),
  },
  /** Content scripts cannot open the options page themselves. */
  "open-settings": { request: Empty, response: Empty },
  "save-sidebar": {
    request: z.object({
      open: z.optional(z.boolean()),
      width: z.optional(z.number()),
    }),
    response: Empty,
  },
} as const

export type MessageName = keyof typeof CONTRACTS
export type RequestOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]["request"]>
export type ResponseOf<N extends MessageName> = z.infer<(typeof CONTRACTS)[N]["response"]>

/** Every answer travels in an envelope so failures reach the agent as words, not silence. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string }
