import * as z from "zod/mini"

export const SIDEBAR_MIN_WIDTH = 300
export const SIDEBAR_MAX_WIDTH = 640

export const SettingsSchema = z.object({
  sellerName: z._default(z.string().check(z.maxLength(200)), ""),
  signature: z._default(z.string().check(z.maxLength(1_000)), ""),
  /** Languages the seller answers in, most preferred first. */
  replyLanguages: z._default(z.array(z.string().check(z.regex(/^[a-z]{2}$/))), ["en", "es"]),
  /** Remember buyers' conversations and orders in this browser, to show their history. */
  buyerHistory: z._default(z.boolean(), true),
  sidebar: z._default(
    z.object({
      open: z.boolean(),
      width: z.number().check(z.gte(SIDEBAR_MIN_WIDTH), z.lte(SIDEBAR_MAX_WIDTH)),
    }),
    { open: true, width: 380 },
  ),
})
export type Settings = z.infer<typeof SettingsSchema>
