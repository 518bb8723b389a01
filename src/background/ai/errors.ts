/**
 * Every way a provider call can fail, as one of the protocol's error codes with a message the
 * agent can act on.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai"
import { OutputError } from "~ai/output"
import type { AiErrorCode } from "~ai/protocol"

export class AiError extends Error {
  constructor(
    readonly code: AiErrorCode,
    message: string,
    /** Seconds the server asked to wait (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
  }
}

/** Which endpoint was called, to explain failures in its terms. */
export interface CallTarget {
  provider: string
  baseUrl: string
  model: string
}

function isOllama(target: CallTarget): boolean {
  if (target.provider === "ollama") return true
  try {
    return new URL(target.baseUrl).port === "11434"
  } catch {
    return false
  }
}

/** Retry-After in seconds: "retry-after-ms", or "retry-after" as seconds or an HTTP date. */
export function retryAfterSeconds(
  headers: Headers | undefined,
  now = Date.now(),
): number | undefined {
  const ms = Number(headers?.get("retry-after-ms"))
  if (Number.isFinite(ms) && ms > 0) return ms / 1000
  const value = headers?.get("retry-after")
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000)
}

const MODEL_MISSING = /model[^.]*(?:not found|does not exist|not exist|unknown|not available)/i

/** The error code and message of anything a provider call threw. */
export function toAiError(error: unknown, target: CallTarget): AiError {
  if (error instanceof AiError) return error
  if (error instanceof OutputError) return new AiError(error.code, error.message)
  if (error instanceof APIUserAbortError) return new AiError("cancelled", "Cancelled.")
  if (error instanceof APIConnectionTimeoutError) {
    return new AiError("timeout", `${target.baseUrl} did not answer in time.`)
  }
  if (error instanceof APIConnectionError) {
    return new AiError(
      "network",
      `Could not reach ${target.baseUrl}. Check the address, that the server is running, and that the extension may access it.`,
    )
  }
  if (error instanceof APIError) {
    const status = error.status
    const detail = error.message.replace(/^\d+\s+/, "")
    switch (true) {
      case status === 401:
        return new AiError(
          "unauthorized",
          "The API key was refused (401). Check the key in the options.",
        )
      case status === 403 && isOllama(target):
        return new AiError(
          "ollama_origin",
          "Ollama refused the extension (403). Restart Ollama with OLLAMA_ORIGINS=chrome-extension://* so it accepts requests from extensions.",
        )
      case status === 403:
        return new AiError("forbidden", `Access denied (403): ${detail}`)
      case status === 404 || (status === 400 && MODEL_MISSING.test(detail)):
        return new AiError(
          "unknown_model",
          `The model "${target.model}" was not found at ${target.baseUrl}. Check the model name.`,
        )
      case status === 429:
        return new AiError(
          "rate_limited",
          "The provider is rate limiting requests (429). Try again in a moment.",
          retryAfterSeconds(error.headers),
        )
      case status !== undefined && status >= 500:
        return new AiError(
          "server_error",
          `The provider had an error (${status}). Try again later.`,
        )
      case status === undefined:
        return new AiError("malformed", `The provider's stream reported an error: ${detail}`)
      default:
        return new AiError(
          "server_error",
          `The provider refused the request (${status}): ${detail}`,
        )
    }
  }
  if (error instanceof SyntaxError) {
    return new AiError("malformed", "The provider sent a stream that could not be read.")
  }
  if (error instanceof TypeError) {
    return new AiError("network", `Could not reach ${target.baseUrl}: ${error.message}`)
  }
  return new AiError("network", error instanceof Error ? error.message : String(error))
}
