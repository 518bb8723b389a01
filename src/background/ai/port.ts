/**
 * The "ai-draft" port: the sidebar starts and cancels drafts; the worker streams each draft's
 * messages back. Cancel aborts the provider's request at once and answers "cancelled" with the
 * text so far; a disconnected port aborts everything it started.
 */
import { AI_PORT_NAME, AiClientMessageSchema, type AiWorkerMessage } from "~ai/protocol"
import { isTrustedSender } from "~messaging/handler"
import { type DraftDeps, type DraftEvent, runDraft } from "./draft"

interface Running {
  controller: AbortController
  partial: string
  finished: boolean
}

export function acceptDraftPort(port: chrome.runtime.Port, deps: DraftDeps): void {
  if (port.name !== AI_PORT_NAME) return
  if (!isTrustedSender(port.sender)) {
    port.disconnect()
    return
  }
  const running = new Map<string, Running>()
  let connected = true
  const post = (message: AiWorkerMessage) => {
    if (!connected) return
    try {
      port.postMessage(message)
    } catch {
      connected = false
    }
  }
  const emitFor = (requestId: string, entry: Running) => (event: DraftEvent) => {
    if (entry.finished) return
    if (event.type === "delta") entry.partial += event.text
    if (event.type === "done" || event.type === "error") {
      entry.finished = true
      running.delete(requestId)
    }
    post({ ...event, requestId } as AiWorkerMessage)
  }

  port.onMessage.addListener((raw: unknown) => {
    const parsed = AiClientMessageSchema.safeParse(raw)
    if (!parsed.success) return
    const message = parsed.data
    if (message.type === "cancel") {
      const entry = running.get(message.requestId)
      if (!entry) return
      emitFor(
        message.requestId,
        entry,
      )({
        type: "error",
        code: "cancelled",
        message: "Cancelled.",
        partial: entry.partial,
      })
      entry.controller.abort()
      return
    }
    if (running.has(message.requestId)) return
    const entry: Running = { controller: new AbortController(), partial: "", finished: false }
    running.set(message.requestId, entry)
    const { type: _type, requestId, ...input } = message
    void runDraft(input, emitFor(requestId, entry), entry.controller.signal, deps)
  })

  port.onDisconnect.addListener(() => {
    connected = false
    for (const entry of running.values()) entry.controller.abort()
    running.clear()
  })
}
