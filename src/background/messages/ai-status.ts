import { promptApiStatus } from "~background/ai/prompt-api"
import { createProvider } from "~background/ai/providers"
import { defineHandler } from "~messaging/handler"
import { readAiSettings } from "~storage/ai-settings"

/** Whether drafting is set up; never returns the key or the endpoint. */
export default defineHandler("ai-status", async () => {
  const [settings, promptApi] = await Promise.all([readAiSettings(), promptApiStatus()])
  let ready: boolean
  if (settings.provider === "none") ready = false
  else if (settings.provider === "chrome-prompt-api") ready = promptApi.state !== "unavailable"
  else {
    try {
      createProvider(settings)
      ready = true
    } catch {
      ready = false
    }
  }
  return {
    provider: settings.provider,
    ...(settings.model && settings.provider !== "chrome-prompt-api"
      ? { model: settings.model }
      : {}),
    ready,
    promptApi: promptApi.state,
    ...(promptApi.downloadProgress !== undefined
      ? { downloadProgress: promptApi.downloadProgress }
      : {}),
  }
})
