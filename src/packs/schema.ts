/**
 * The pack file's schema (documented in docs/pack-format.md). Kept apart from the parser, which
 * needs the template renderer, so message contracts can use it without bundling Liquid.
 */
import * as z from "zod/mini"
import {
  FolderSchema,
  IntentListSchema,
  LanguageSchema,
  OrderStateListSchema,
  SiteListSchema,
  TagListSchema,
  TemplateBodySchema,
  TemplateTitleSchema,
} from "~templates/schema"

export const PACK_FORMAT = "seller-reply-copilot.pack"
export const PACK_FORMAT_VERSION = 1

export const PACK_LIMITS = {
  /** The whole file, in UTF-8 bytes. */
  bytes: 5 * 1024 * 1024,
  templates: 10_000,
} as const

/** Reverse-DNS-ish: at least two dot-separated labels of lower-case letters, digits and dashes. */
export const PackIdSchema = z
  .string()
  .check(
    z.maxLength(100),
    z.regex(
      /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/,
      'expected a reverse-DNS style id such as "com.example.returns"',
    ),
  )

const PackTemplateIdSchema = z
  .string()
  .check(
    z.maxLength(100),
    z.regex(
      /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
      "expected letters, digits, dots, dashes, underscores or colons, starting with a letter or digit",
    ),
  )

const ShortTextSchema = z.string().check(z.minLength(1), z.maxLength(100))

export const PackMetaSchema = z.object({
  id: PackIdSchema,
  name: ShortTextSchema,
  /** A whole number that must increase with every published change. */
  version: z.int().check(z.gte(1, "expected a whole number of at least 1"), z.lte(2 ** 31)),
  publisher: ShortTextSchema,
  description: z._default(z.string().check(z.maxLength(2_000)), ""),
  languages: z.array(LanguageSchema).check(z.minLength(1), z.maxLength(50)),
  homepage: z.optional(
    z.url({ protocol: /^https?$/, error: "expected an http(s) address" }).check(z.maxLength(500)),
  ),
})
export type PackMeta = z.infer<typeof PackMetaSchema>

export const PackTemplateSchema = z.object({
  /** Stable within the pack: it is how an update finds the template it replaces. */
  id: PackTemplateIdSchema,
  /** Translations of the same reply share a group id (within the pack). */
  groupId: z.optional(PackTemplateIdSchema),
  title: TemplateTitleSchema,
  body: TemplateBodySchema,
  language: LanguageSchema,
  intents: z._default(IntentListSchema, []),
  orderStates: z._default(OrderStateListSchema, []),
  sites: z._default(SiteListSchema, []),
  tags: z._default(TagListSchema.check(z.maxLength(30)), []),
  folder: z.optional(FolderSchema),
})
export type PackTemplate = z.infer<typeof PackTemplateSchema>

export const PackSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  pack: PackMetaSchema,
  templates: z.array(PackTemplateSchema).check(z.maxLength(PACK_LIMITS.templates)),
})
export type Pack = z.infer<typeof PackSchema>
