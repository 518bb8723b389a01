/**
 * The AI drafting protocol shared by the sidebar, the options page and the background worker:
 * provider presets, the stored AI settings, and the messages of the "ai-draft" port. Both ends
 * parse what they receive with these schemas.
 */
import * as z from "zod/mini"
import {
  AI_ERROR_CODES,
  AiDraftInputSchema,
  type AiErrorCode,
  FindingSchema,
} from "~messaging/contracts"

export { AI_ERROR_CODES, AiDraftInputSchema, type AiErrorCode }
export type AiDraftInput = z.infer<typeof AiDraftInputSchema>
export type AiTask = AiDraftInput["task"]

export const AI_PORT_NAME = "ai-draft"

/** responses: OpenAI's Responses API; chat: any OpenAI-compatible chat-completions endpoint. */
export type ProviderApi = "responses" | "chat"

export interface ProviderPreset {
  id: string
  api: ProviderApi
  /** Editable in the options page; Azure's and custom endpoints need the user's own. */
  baseUrl: string
  needsKey: boolean
  /** i18n key of the preset's name. */
  labelKey: string
}

export const PROVIDER_PRESETS = [
  {
    id: "openai",
    api: "responses",
    baseUrl: "https://api.openai.com/v1",
    needsKey: true,
    labelKey: "ai_provider_openai",
  },
  {
    id: "azure",
    api: "chat",
    baseUrl: "https://<resource>.openai.azure.com/openai/v1",
    needsKey: true,
    labelKey: "ai_provider_azure",
  },
  {
    id: "openrouter",
    api: "chat",
    baseUrl: "https://openrouter.ai/api/v1",
    needsKey: true,
    labelKey: "ai_provider_openrouter",
  },
  {
    id: "ollama",
    api: "chat",
    baseUrl: "http://127.0.0.1:11434/v1",
    needsKey: false,
    labelKey: "ai_provider_ollama",
  },
  {
    id: "lmstudio",
    api: "chat",
    baseUrl: "http://127.0.0.1:1234/v1",
    needsKey: false,
    labelKey: "ai_provider_lmstudio",
  },
  {
    id: "vllm",
    api: "chat",
    baseUrl: "http://127.0.0.1:8000/v1",
    needsKey: false,
    labelKey: "ai_provider_vllm",
  },
  { id: "custom", api: "chat", baseUrl: "", needsKey: false, labelKey: "ai_provider_custom" },
] as const satisfies readonly ProviderPreset[]

export type PresetId = (typeof PROVIDER_PRESETS)[number]["id"]
export const PRESET_IDS = PROVIDER_PRESETS.map((preset) => preset.id) as [PresetId, ...PresetId[]]
export const PROVIDER_IDS = ["none", "chrome-prompt-api", ...PRESET_IDS] as const
export type ProviderId = (typeof PROVIDER_IDS)[number]

export function presetById(id: string): ProviderPreset | undefined {
  return PROVIDER_PRESETS.find((preset) => preset.id === id)
}

export const TONES = ["friendly", "neutral", "formal"] as const
export const LENGTHS = ["short", "medium", "long"] as const

/** What the seller allows a draft to offer or include; anything else is flagged. */
export const AllowSchema = z.object({
  refunds: z._default(z.boolean(), false),
  replacements: z._default(z.boolean(), false),
  discounts: z._default(z.boolean(), false),
  links: z._default(z.boolean(), false),
  contactDetails: z._default(z.boolean(), false),
})
export type Allow = z.infer<typeof AllowSchema>

/** Stored in chrome.storage.local under AI_SETTINGS_KEY; the key never leaves the background. */
export const AiSettingsSchema = z.object({
  provider: z._default(z.enum(PROVIDER_IDS), "none"),
  baseUrl: z._default(z.string().check(z.maxLength(2_000)), ""),
  model: z._default(z.string().check(z.maxLength(200)), ""),
  apiKey: z._default(z.string().check(z.maxLength(1_000)), ""),
  tone: z._default(z.enum(TONES), "friendly"),
  length: z._default(z.enum(LENGTHS), "medium"),
  allow: z._default(AllowSchema, {
    refunds: false,
    replacements: false,
    discounts: false,
    links: false,
    contactDetails: false,
  }),
  privacy: z._default(
    z.object({
      sendBuyerName: z._default(z.boolean(), true),
      sendAddress: z._default(z.boolean(), false),
    }),
    { sendBuyerName: true, sendAddress: false },
  ),
})
export type AiSettings = z.infer<typeof AiSettingsSchema>
export const AI_SETTINGS_KEY = "aiSettings"

export const FactUsedSchema = z.object({
  /** A context path such as "order.trackingNumber". */
  field: z.string().check(z.maxLength(200)),
  value: z.string().check(z.maxLength(2_000)),
})
export type FactUsed = z.infer<typeof FactUsedSchema>

export const NEEDS_HUMAN_REASONS = ["refund", "claim", "legal", "other"] as const

export const NeedsHumanSchema = z.object({
  required: z.boolean(),
  reason: z.optional(z.enum(NEEDS_HUMAN_REASONS)),
  note: z.optional(z.string().check(z.maxLength(2_000))),
})
export type NeedsHuman = z.infer<typeof NeedsHumanSchema>

export const DraftResultSchema = z.object({
  reply: z.string(),
  factsUsed: z.array(FactUsedSchema),
  missingInfo: z.array(z.string()),
  needsHuman: NeedsHumanSchema,
  /** Grounding and guard findings on `reply`, with the policy Finding shape. */
  findings: z.array(FindingSchema),
  /** Language the reply is written in (ISO 639-1). */
  language: z.string(),
})
export type DraftResult = z.infer<typeof DraftResultSchema>

const RequestIdSchema = z.string().check(z.minLength(1), z.maxLength(100))

/** Sidebar -> worker, on the "ai-draft" port. */
export const AiClientMessageSchema = z.discriminatedUnion("type", [
  z.extend(AiDraftInputSchema, { type: z.literal("start"), requestId: RequestIdSchema }),
  z.object({ type: z.literal("cancel"), requestId: RequestIdSchema }),
])
export type AiClientMessage = z.infer<typeof AiClientMessageSchema>
export type AiStartMessage = Extract<AiClientMessage, { type: "start" }>

/** Worker -> sidebar. The reply so far is the concatenation of the deltas' text. */
export const AiWorkerMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("delta"), requestId: RequestIdSchema, text: z.string() }),
  z.object({
    type: z.literal("waiting"),
    requestId: RequestIdSchema,
    retryInSeconds: z.number().check(z.gte(0)),
    reason: z.literal("rate_limited"),
  }),
  z.object({ type: z.literal("done"), requestId: RequestIdSchema, result: DraftResultSchema }),
  z.object({
    type: z.literal("error"),
    requestId: RequestIdSchema,
    code: z.enum(AI_ERROR_CODES),
    message: z.string(),
    /** The reply text received before the failure: the UI keeps it. */
    partial: z.string(),
  }),
])
export type AiWorkerMessage = z.infer<typeof AiWorkerMessageSchema>
