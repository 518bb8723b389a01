import { buildPrompt } from "~ai/prompt"
import { defineHandler } from "~messaging/handler"
import { readAiSettings } from "~storage/ai-settings"
import { readSettings } from "~storage/settings-store"

/** What a draft with this input sends (only the random data marker differs per request). */
export default defineHandler("ai-preview", async (input) => {
  const [settings, seller] = await Promise.all([readAiSettings(), readSettings()])
  const { system, user } = buildPrompt(input, settings, {
    name: seller.sellerName,
    signature: seller.signature,
  })
  return { system, user }
})
