import { useCallback, useEffect, useRef, useState } from "react"
import {
  AI_PORT_NAME,
  type AiClientMessage,
  type AiDraftInput,
  type AiErrorCode,
  type AiTask,
  AiWorkerMessageSchema,
  type DraftResult,
} from "~ai/protocol"
import { callBackground } from "~messaging/client"
import type { ResponseOf } from "~messaging/contracts"
import type { ReplyDraft } from "./ReplyPreview"

/** The worker's error codes, and the port closing mid-stream (the worker was restarted). */
export type DraftErrorCode = AiErrorCode | "disconnected"

export type AiDraftPhase = "idle" | "streaming" | "waiting" | "done" | "error"

export interface AiDraftState {
  phase: AiDraftPhase
  task?: AiTask
  /** The reply text so far; kept whatever happens to the stream. */
  text: string
  result?: DraftResult
  error?: { code: DraftErrorCode; message: string }
  /** When the worker retries after a rate limit (epoch ms). */
  retryAt?: number
}

const IDLE: AiDraftState = { phase: "idle", text: "" }
/** After Cancel, how long to wait for the worker's last word before closing the port anyway. */
const CANCEL_GRACE_MS = 2_000

/** `[tracking number]`-style placeholders a draft leaves for facts it did not have. */
const PLACEHOLDER = /\[[^[\]\n]{1,60}\]/g

/** The draft as the preview and Insert see it: placeholders marked missing, findings attached. */
export function replyDraftOf(state: AiDraftState): ReplyDraft | undefined {
  if (state.phase === "idle") return undefined
  const text = state.result?.reply ?? state.text
  const segments: ReplyDraft["segments"] = []
  let offset = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > offset) segments.push({ kind: "text", text: text.slice(offset, match.index) })
    segments.push({ kind: "missing", text: match[0], path: match[0] })
    offset = match.index + match[0].length
  }
  if (offset < text.length) segments.push({ kind: "text", text: text.slice(offset) })
  return {
    text,
    segments,
    unresolved: segments.flatMap((segment) => (segment.kind === "missing" ? [segment.path] : [])),
    findings: state.result?.findings ?? [],
  }
}

/** Whether a draft's state should still accept messages from its stream. */
const isLive = (phase: AiDraftPhase) => phase === "streaming" || phase === "waiting"

/**
 * One AI draft or rewrite at a time, streamed over the "ai-draft" port. A new request, Cancel,
 * an error or the port closing all keep the text received so far.
 */
export function useAiDraft(input: Omit<AiDraftInput, "task"> | undefined) {
  const [state, setState] = useState<AiDraftState>(IDLE)
  const active = useRef<{ port: chrome.runtime.Port; requestId: string }>()

  const close = useCallback(() => {
    const current = active.current
    active.current = undefined
    try {
      current?.port.disconnect()
    } catch {
      // Already closed by the worker.
    }
  }, [])

  const fail = useCallback((code: DraftErrorCode, message: string, partial?: string) => {
    setState((previous) => ({
      ...previous,
      phase: "error",
      text: partial && partial.length > previous.text.length ? partial : previous.text,
      error: { code, message },
      retryAt: undefined,
    }))
  }, [])

  const cancel = useCallback(() => {
    const current = active.current
    if (!current) return
    active.current = undefined
    try {
      current.port.postMessage({
        type: "cancel",
        requestId: current.requestId,
      } satisfies AiClientMessage)
    } catch {
      // The worker is gone: nothing left to stop.
    }
    setTimeout(() => {
      try {
        current.port.disconnect()
      } catch {
        // Already closed.
      }
    }, CANCEL_GRACE_MS)
    setState((previous) =>
      isLive(previous.phase)
        ? {
            ...previous,
            phase: "error",
            error: { code: "cancelled", message: "Cancelled." },
            retryAt: undefined,
          }
        : previous,
    )
  }, [])

  const start = useCallback(
    (task: AiTask) => {
      if (!input) return
      cancel()
      const requestId = crypto.randomUUID()
      let port: chrome.runtime.Port
      try {
        port = chrome.runtime.connect({ name: AI_PORT_NAME })
      } catch {
        const error = { code: "disconnected", message: "The extension was restarted." } as const
        setState({ phase: "error", task, text: "", error })
        return
      }
      active.current = { port, requestId }
      setState({ phase: "streaming", task, text: "" })
      port.onMessage.addListener((raw: unknown) => {
        if (active.current?.requestId !== requestId) return
        const parsed = AiWorkerMessageSchema.safeParse(raw)
        if (!parsed.success || parsed.data.requestId !== requestId) return
        const message = parsed.data
        if (message.type === "delta") {
          setState((previous) => ({
            ...previous,
            phase: "streaming",
            text: previous.text + message.text,
            retryAt: undefined,
          }))
        } else if (message.type === "waiting") {
          setState((previous) => ({
            ...previous,
            phase: "waiting",
            retryAt: Date.now() + message.retryInSeconds * 1_000,
          }))
        } else if (message.type === "done") {
          setState((previous) => ({
            ...previous,
            phase: "done",
            text: message.result.reply,
            result: message.result,
            retryAt: undefined,
          }))
          close()
        } else {
          fail(message.code, message.message, message.partial)
          close()
        }
      })
      port.onDisconnect.addListener(() => {
        if (active.current?.requestId !== requestId) return
        active.current = undefined
        fail("disconnected", "The connection to the extension closed mid-draft.")
      })
      port.postMessage({ type: "start", requestId, task, ...input } satisfies AiClientMessage)
    },
    [input, cancel, close, fail],
  )

  const regenerate = useCallback(() => {
    if (state.task) start(state.task)
  }, [state.task, start])

  const discard = useCallback(() => {
    cancel()
    setState(IDLE)
  }, [cancel])

  useEffect(() => () => cancel(), [cancel])

  return { state, start, cancel, regenerate, discard }
}

/** Seconds left until `retryAt`, ticking once a second. */
export function useCountdown(retryAt: number | undefined): number | undefined {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    if (retryAt === undefined) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(timer)
  }, [retryAt])
  return retryAt === undefined ? undefined : Math.max(0, Math.ceil((retryAt - now) / 1_000))
}

export type AiStatus = ResponseOf<"ai-status">

/** Which provider the background will use; asked again whenever the agent comes back to the tab. */
export function useAiStatus(pageRead: boolean): AiStatus | undefined {
  const [status, setStatus] = useState<AiStatus>()
  useEffect(() => {
    // Asked once the page's facts are in: the worker answers those first.
    if (!pageRead) return
    const refresh = () => {
      if (document.visibilityState !== "visible") return
      callBackground("ai-status", {})
        .then(setStatus)
        .catch(() => setStatus(undefined))
    }
    refresh()
    document.addEventListener("visibilitychange", refresh)
    return () => document.removeEventListener("visibilitychange", refresh)
  }, [pageRead])
  return status
}
