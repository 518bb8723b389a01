import { Storage } from "@plasmohq/storage"
import { AI_SETTINGS_KEY, type AiSettings, AiSettingsSchema } from "~ai/protocol"

/**
 * AI settings, API key included, in extension storage: read by the background and the options
 * page only. Nothing here is ever sent to a content script.
 */
export const aiSettingsStorage = new Storage({ area: "local" })

/** Stored AI settings, with defaults for anything missing or unreadable. */
export async function readAiSettings(storage = aiSettingsStorage): Promise<AiSettings> {
  const stored = await storage.get<unknown>(AI_SETTINGS_KEY)
  const parsed = AiSettingsSchema.safeParse(stored ?? {})
  return parsed.success ? parsed.data : AiSettingsSchema.parse({})
}

/** Validates and stores the AI settings; throws a readable error when they are invalid. */
export async function saveAiSettings(
  next: AiSettings,
  storage = aiSettingsStorage,
): Promise<AiSettings> {
  const parsed = AiSettingsSchema.safeParse(next)
  if (!parsed.success) throw new Error("These AI settings are not valid.")
  await storage.set(AI_SETTINGS_KEY, parsed.data)
  return parsed.data
}
