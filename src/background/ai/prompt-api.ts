/**
 * Chrome's built-in Prompt API (`LanguageModel` in the service worker), when the browser offers
 * it: availability, the on-device model's download progress, and sessions.
 */
import { AiError } from "./errors"

export type PromptApiState = "unavailable" | "downloadable" | "downloading" | "available"

interface LanguageModelSession {
  promptStreaming(input: string, options?: { signal?: AbortSignal }): AsyncIterable<string>
  destroy(): void
}

interface DownloadMonitor {
  addEventListener(type: "downloadprogress", listener: (event: { loaded: number }) => void): void
}

interface LanguageModelApi {
  availability(): Promise<PromptApiState>
  create(options: {
    initialPrompts?: Array<{ role: "system" | "user" | "assistant"; content: string }>
    monitor?: (monitor: DownloadMonitor) => void
    signal?: AbortSignal
  }): Promise<LanguageModelSession>
}

function languageModel(): LanguageModelApi | undefined {
  return (globalThis as { LanguageModel?: LanguageModelApi }).LanguageModel
}

/** 0..1 while the on-device model downloads (set by the session that started it). */
let downloadProgress: number | undefined

export async function promptApiStatus(): Promise<{
  state: PromptApiState
  downloadProgress?: number
}> {
  const api = languageModel()
  if (!api) return { state: "unavailable" }
  try {
    const state = await api.availability()
    return state === "downloading" && downloadProgress !== undefined
      ? { state, downloadProgress }
      : { state }
  } catch {
    return { state: "unavailable" }
  }
}

/** A session with the system prompt; downloads the model first when needed. */
export async function promptApiSession(
  system: string,
  signal: AbortSignal,
): Promise<LanguageModelSession> {
  const api = languageModel()
  if (!api || (await api.availability()) === "unavailable") {
    throw new AiError("no_provider", "Chrome's built-in AI is not available in this browser.")
  }
  return api.create({
    initialPrompts: [{ role: "system", content: system }],
    signal,
    monitor(monitor) {
      monitor.addEventListener("downloadprogress", (event) => {
        downloadProgress = event.loaded
      })
    },
  })
}
