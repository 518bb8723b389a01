import type { AiErrorCode, AiSettings } from "~ai/protocol"
import { AiError, type CallTarget, toAiError } from "./errors"
import { promptApiStatus } from "./prompt-api"
import { createProvider, type ProviderDeps } from "./providers"

export type ConnectionResult =
  | { ok: true; model: string }
  | { ok: false; code: AiErrorCode; message: string }

/** JSON mode (OpenAI) requires the word JSON in the prompt. */
const PING = { system: 'Answer with the JSON object {"reply": "OK"}.', user: "Test" }

/** Sends a tiny request and stops at the first answered byte: proves URL, key and model. */
export async function testConnection(
  settings: AiSettings,
  deps: ProviderDeps & { timeoutMs?: number } = {},
): Promise<ConnectionResult> {
  if (settings.provider === "chrome-prompt-api") {
    const { state } = await promptApiStatus()
    return state === "unavailable"
      ? { ok: false, code: "no_provider", message: "Chrome's built-in AI is not available here." }
      : { ok: true, model: "Gemini Nano" }
  }
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, deps.timeoutMs ?? 20_000)
  let target: CallTarget = {
    provider: settings.provider,
    baseUrl: settings.baseUrl,
    model: settings.model,
  }
  try {
    const provider = createProvider(settings, deps)
    target = provider.target
    for await (const _chunk of provider.stream(PING, { signal: controller.signal })) break
    return { ok: true, model: settings.model }
  } catch (error) {
    const failure = timedOut
      ? new AiError("timeout", `${target.baseUrl} did not answer in time.`)
      : toAiError(error, target)
    return { ok: false, code: failure.code, message: failure.message }
  } finally {
    clearTimeout(timer)
    controller.abort()
  }
}
