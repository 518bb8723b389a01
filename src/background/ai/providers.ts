/**
 * The model providers, in the service worker only: OpenAI's Responses API, any OpenAI-compatible
 * chat-completions endpoint (JSON mode first, plain text when the server rejects it), and
 * Chrome's on-device Prompt API. Each streams the model's raw text; a stream that ends without
 * its end marker is truncated.
 */
import OpenAI, { APIError } from "openai"
import type { Prompt } from "~ai/prompt"
import { type AiSettings, presetById } from "~ai/protocol"
import { AiError, type CallTarget } from "./errors"
import { promptApiSession } from "./prompt-api"

export interface StreamOptions {
  signal: AbortSignal
}

export interface Provider {
  target: CallTarget
  /** The model's raw text, chunk by chunk. Throws AiError or the client's errors. */
  stream(prompt: Pick<Prompt, "system" | "user">, options: StreamOptions): AsyncIterable<string>
}

const truncated = () =>
  new AiError("truncated", "The provider's stream ended before the answer was complete.")

/** A server rejecting JSON mode answers 400 (or 422) naming the unsupported parameter. */
function rejectsJsonMode(error: unknown): boolean {
  return (
    error instanceof APIError &&
    (error.status === 400 || error.status === 422) &&
    /response_format|json|format/i.test(error.message)
  )
}

function client(settings: AiSettings, baseURL: string, fetchImpl?: typeof fetch): OpenAI {
  return new OpenAI({
    // Keyless local servers: any placeholder, the header is dropped below.
    apiKey: settings.apiKey || "none",
    baseURL,
    maxRetries: 0,
    timeout: 60_000,
    ...(settings.apiKey ? {} : { defaultHeaders: { Authorization: null } }),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  })
}

function responsesProvider(settings: AiSettings, target: CallTarget, openai: OpenAI): Provider {
  return {
    target,
    async *stream(prompt, { signal }) {
      const events = await openai.responses.create(
        {
          model: settings.model,
          instructions: prompt.system,
          input: prompt.user,
          stream: true,
          store: false,
          text: { format: { type: "json_object" } },
        },
        { signal },
      )
      for await (const event of events) {
        if (event.type === "response.output_text.delta") yield event.delta
        else if (event.type === "response.completed") return
        else if (event.type === "response.incomplete") throw truncated()
        else if (event.type === "response.failed") {
          throw new AiError(
            "server_error",
            event.response.error?.message ?? "The provider could not write the answer.",
          )
        }
      }
      throw truncated()
    },
  }
}

function chatProvider(settings: AiSettings, target: CallTarget, openai: OpenAI): Provider {
  let jsonMode = true
  const open = (prompt: Pick<Prompt, "system" | "user">, signal: AbortSignal) =>
    openai.chat.completions.create(
      {
        model: settings.model,
        messages: [
          { role: "system", content: prompt.system },
          { role: "user", content: prompt.user },
        ],
        stream: true,
        ...(jsonMode ? { response_format: { type: "json_object" as const } } : {}),
      },
      { signal },
    )
  return {
    target,
    async *stream(prompt, { signal }) {
      let chunks: Awaited<ReturnType<typeof open>>
      try {
        chunks = await open(prompt, signal)
      } catch (error) {
        if (!jsonMode || !rejectsJsonMode(error)) throw error
        // The prompt asks for JSON anyway; the output parser reads plain text too.
        jsonMode = false
        chunks = await open(prompt, signal)
      }
      for await (const chunk of chunks) {
        const choice = chunk.choices[0]
        if (choice?.delta?.content) yield choice.delta.content
        if (choice?.finish_reason === "length") throw truncated()
        if (choice?.finish_reason) return
      }
      throw truncated()
    },
  }
}

export interface ProviderDeps {
  fetch?: typeof fetch
}

/** The provider the settings choose; AiError "no_provider" when none is set up. */
export function createProvider(settings: AiSettings, deps: ProviderDeps = {}): Provider {
  if (settings.provider === "none") {
    throw new AiError("no_provider", "No AI provider is set up. Choose one in the options.")
  }
  if (settings.provider === "chrome-prompt-api") {
    const target = { provider: settings.provider, baseUrl: "Chrome", model: "Gemini Nano" }
    return {
      target,
      async *stream(prompt, { signal }) {
        const session = await promptApiSession(prompt.system, signal)
        try {
          yield* session.promptStreaming(prompt.user, { signal })
        } finally {
          session.destroy()
        }
      },
    }
  }
  const preset = presetById(settings.provider)
  const baseUrl = (settings.baseUrl || preset?.baseUrl || "").replace(/\/+$/, "")
  const target = { provider: settings.provider, baseUrl, model: settings.model }
  if (!baseUrl || !/^https?:\/\//.test(baseUrl) || baseUrl.includes("<")) {
    throw new AiError("no_provider", "The provider's base URL is missing. Set it in the options.")
  }
  if (!settings.model) {
    throw new AiError("no_provider", "No model is chosen. Set the model name in the options.")
  }
  if (preset?.needsKey && !settings.apiKey) {
    throw new AiError("no_provider", "This provider needs an API key. Add it in the options.")
  }
  const openai = client(settings, baseUrl, deps.fetch)
  return preset?.api === "responses"
    ? responsesProvider(settings, target, openai)
    : chatProvider(settings, target, openai)
}
