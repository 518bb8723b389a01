import { AiSettingsSchema } from "~ai/protocol"
import { testConnection } from "~background/ai/test-connection"
import { defineHandler } from "~messaging/handler"
import { readAiSettings } from "~storage/ai-settings"

/**
 * The options page's "Test connection": the unsaved settings it sends (with their own key; the
 * stored key never goes to another endpoint) or, without them, the stored ones.
 */
export default defineHandler("ai-test-connection", async ({ settings }) => {
  if (!settings) return testConnection(await readAiSettings())
  const parsed = AiSettingsSchema.safeParse(settings)
  if (!parsed.success) {
    return {
      ok: false as const,
      code: "no_provider" as const,
      message: "These AI settings are not valid.",
    }
  }
  return testConnection(parsed.data)
})
