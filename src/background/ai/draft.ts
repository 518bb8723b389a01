/**
 * One draft or rewrite, from the start message to its done or error message: builds the prompt,
 * streams the provider's answer as plain reply text, retries rate-limited requests after the
 * wait the server asks for (saying so), times out a silent stream, then validates, grounds and
 * checks the answer.
 */
import { finishDraft } from "~ai/check"
import { parseModelOutput, ReplyExtractor } from "~ai/output"
import { buildPrompt, type Prompt } from "~ai/prompt"
import type { AiDraftInput, AiSettings, AiWorkerMessage } from "~ai/protocol"
import type { Settings } from "~storage/settings"
import { AiError, toAiError } from "./errors"
import { createProvider, type Provider } from "./providers"

export interface DraftDeps {
  readAiSettings(): Promise<AiSettings>
  readSettings(): Promise<Pick<Settings, "sellerName" | "signature">>
  createProvider?: (settings: AiSettings) => Provider
  /** A stream silent for this long (before or between chunks) times out. Default 45 s. */
  idleTimeoutMs?: number
  /** Rate-limited attempts retried. Default 3. */
  maxRetries?: number
  /** Longest wait a Retry-After may ask for before giving up. Default 60 s. */
  maxWaitSeconds?: number
}

/** The worker's messages for one request, without its id. */
export type DraftEvent =
  | { type: "delta"; text: string }
  | { type: "waiting"; retryInSeconds: number; reason: "rate_limited" }
  | Omit<Extract<AiWorkerMessage, { type: "done" }>, "requestId">
  | Omit<Extract<AiWorkerMessage, { type: "error" }>, "requestId">

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new AiError("cancelled", "Cancelled."))
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(new AiError("cancelled", "Cancelled."))
    }
    signal.addEventListener("abort", onAbort, { once: true })
  })
}

/** One attempt: the raw answer, its reply text emitted as deltas. */
async function attempt(
  provider: Provider,
  prompt: Prompt,
  signal: AbortSignal,
  idleTimeoutMs: number,
  onText: (delta: string) => void,
): Promise<string> {
  const controller = new AbortController()
  const abort = () => controller.abort()
  signal.addEventListener("abort", abort, { once: true })
  let timedOut = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, idleTimeoutMs)
  }
  const extractor = new ReplyExtractor()
  try {
    arm()
    for await (const chunk of provider.stream(prompt, { signal: controller.signal })) {
      arm()
      const delta = extractor.push(chunk)
      if (delta) onText(delta.replaceAll(prompt.spotlight.mark, " "))
    }
    return extractor.raw
  } catch (error) {
    if (timedOut) {
      throw new AiError("timeout", `${provider.target.baseUrl} stopped answering (timed out).`)
    }
    if (signal.aborted) throw new AiError("cancelled", "Cancelled.")
    const mapped = toAiError(error, provider.target)
    // A connection lost mid-answer is a truncated answer, not an unreachable server.
    if (mapped.code === "network" && extractor.raw) {
      throw new AiError("truncated", "The connection was lost before the answer was complete.")
    }
    throw mapped
  } finally {
    clearTimeout(timer)
    signal.removeEventListener("abort", abort)
  }
}

export async function runDraft(
  input: AiDraftInput,
  emit: (event: DraftEvent) => void,
  signal: AbortSignal,
  deps: DraftDeps,
): Promise<void> {
  let partial = ""
  try {
    const [settings, seller] = await Promise.all([deps.readAiSettings(), deps.readSettings()])
    const provider = (deps.createProvider ?? createProvider)(settings)
    const prompt = buildPrompt(input, settings, {
      name: seller.sellerName,
      signature: seller.signature,
    })
    const maxRetries = deps.maxRetries ?? 3
    let raw: string | undefined
    for (let retry = 0; raw === undefined; retry++) {
      try {
        raw = await attempt(provider, prompt, signal, deps.idleTimeoutMs ?? 45_000, (text) => {
          partial += text
          emit({ type: "delta", text })
        })
      } catch (error) {
        if (!(error instanceof AiError) || error.code !== "rate_limited" || partial) throw error
        const wait = error.retryAfterSeconds ?? 2 ** retry
        if (retry >= maxRetries || wait > (deps.maxWaitSeconds ?? 60)) throw error
        emit({ type: "waiting", retryInSeconds: Math.ceil(wait), reason: "rate_limited" })
        await abortableSleep(wait * 1000, signal)
      }
    }
    const result = finishDraft(parseModelOutput(raw), {
      context: input.context,
      allow: settings.allow,
      prompt,
      replyLanguage: input.replyLanguage,
    })
    emit({ type: "done", result })
  } catch (error) {
    const failure =
      error instanceof AiError
        ? error
        : toAiError(error, { provider: "", baseUrl: "the provider", model: "" })
    emit({ type: "error", code: failure.code, message: failure.message, partial })
  }
}
