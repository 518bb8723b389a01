// @vitest-environment jsdom
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { act, createElement } from "react"
import { createRoot } from "react-dom/client"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import {
  AI_ERROR_CODES,
  type AiClientMessage,
  type AiWorkerMessage,
  NEEDS_HUMAN_REASONS,
  PROVIDER_PRESETS,
} from "~ai/protocol"
import type { PageContext } from "~context/schema"
import { REWRITE_STYLES } from "~messaging/contracts"
import { replyDraftOf, useAiDraft } from "./useAiDraft"

const finding = {
  rule: "unverified-fact",
  severity: "warn" as const,
  start: 0,
  end: 2,
  message: { en: "e", es: "e" },
  source: "grounding",
}

describe("replyDraftOf", () => {
  it("shows nothing before a draft is asked for", () => {
    expect(replyDraftOf({ phase: "idle", text: "" })).toBeUndefined()
  })

  it("marks placeholders left for missing facts, so Insert asks first", () => {
    const draft = replyDraftOf({
      phase: "streaming",
      text: "Your tracking number is [tracking number]. Thanks, [signature]",
    })
    expect(draft?.unresolved).toEqual(["[tracking number]", "[signature]"])
    expect(draft?.segments.map((segment) => segment.kind)).toEqual([
      "text",
      "missing",
      "text",
      "missing",
    ])
    expect(draft?.segments.map((segment) => segment.text).join("")).toBe(draft?.text)
  })

  it("takes the finished reply and its findings once done", () => {
    const draft = replyDraftOf({
      phase: "done",
      text: "streamed",
      result: {
        reply: "Hi there",
        factsUsed: [],
        missingInfo: [],
        needsHuman: { required: false },
        findings: [finding],
        language: "en",
      },
    })
    expect(draft).toMatchObject({ text: "Hi there", unresolved: [], findings: [finding] })
  })

  it("keeps the partial text of a stopped draft", () => {
    const draft = replyDraftOf({
      phase: "error",
      text: "Hello Mich",
      error: { code: "disconnected", message: "gone" },
    })
    expect(draft?.text).toBe("Hello Mich")
  })
})

/** A worker message, for the current request unless it says otherwise. */
type Reply<T = AiWorkerMessage> = T extends unknown
  ? Omit<T, "requestId"> & { requestId?: string }
  : never

/** A stand-in for the worker's end of the "ai-draft" port. */
function fakeWorker() {
  const onMessage: ((message: unknown) => void)[] = []
  const onDisconnect: (() => void)[] = []
  const received: AiClientMessage[] = []
  const port = {
    name: "ai-draft",
    postMessage: (message: AiClientMessage) => received.push(message),
    disconnect: vi.fn(),
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
  }
  const requestId = () => received.find((message) => message.type === "start")?.requestId ?? ""
  return {
    port,
    received,
    send: (message: Reply) =>
      act(() => {
        for (const listener of onMessage) listener({ requestId: requestId(), ...message })
      }),
    stop: () =>
      act(() => {
        for (const listener of onDisconnect) listener()
      }),
  }
}

const INPUT = { context: {} as PageContext }

function renderDraftHook() {
  let hook: ReturnType<typeof useAiDraft> | undefined
  function Probe() {
    hook = useAiDraft(INPUT)
    return null
  }
  const root = createRoot(document.createElement("div"))
  act(() => root.render(createElement(Probe)))
  return { hook: () => hook!, unmount: () => act(() => root.unmount()) }
}

describe("useAiDraft", () => {
  let worker: ReturnType<typeof fakeWorker>
  beforeEach(() => {
    ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
    worker = fakeWorker()
    vi.stubGlobal("chrome", { runtime: { connect: () => worker.port } })
  })
  afterEach(() => vi.unstubAllGlobals())

  it("streams deltas into one text and ends with the validated result", () => {
    const { hook } = renderDraftHook()
    act(() => hook().start({ kind: "draft" }))
    expect(worker.received[0]).toMatchObject({ type: "start", task: { kind: "draft" } })
    worker.send({ type: "delta", text: "Hello " })
    worker.send({ type: "delta", text: "Michael" })
    expect(hook().state).toMatchObject({ phase: "streaming", text: "Hello Michael" })
    const result = {
      reply: "Hello Michael.",
      factsUsed: [],
      missingInfo: [],
      needsHuman: { required: false },
      findings: [],
      language: "en",
    }
    worker.send({ type: "done", result })
    expect(hook().state).toMatchObject({ phase: "done", text: "Hello Michael.", result })
  })

  it("shows a rate-limit wait, then carries on", () => {
    const { hook } = renderDraftHook()
    act(() => hook().start({ kind: "draft" }))
    worker.send({ type: "waiting", retryInSeconds: 3, reason: "rate_limited" })
    expect(hook().state.phase).toBe("waiting")
    expect(hook().state.retryAt).toBeGreaterThan(Date.now() + 2_000)
    worker.send({ type: "delta", text: "Hi" })
    expect(hook().state).toMatchObject({ phase: "streaming", text: "Hi", retryAt: undefined })
  })

  it("keeps the partial text on an error, on Cancel and when the worker goes away", () => {
    const { hook } = renderDraftHook()
    act(() => hook().start({ kind: "draft" }))
    worker.send({ type: "delta", text: "Hello" })
    worker.send({ type: "error", code: "truncated", message: "cut", partial: "Hello Mi" })
    expect(hook().state).toMatchObject({ phase: "error", text: "Hello Mi" })
    expect(hook().state.error?.code).toBe("truncated")

    act(() => hook().start({ kind: "draft" }))
    const second = worker.received.at(-1)
    worker.send({ type: "delta", text: "Dear", requestId: second?.requestId })
    act(() => hook().cancel())
    expect(worker.received.at(-1)).toEqual({ type: "cancel", requestId: second?.requestId })
    worker.send({ type: "delta", text: " buyer", requestId: second?.requestId })
    expect(hook().state).toMatchObject({ phase: "error", text: "Dear" })
    expect(hook().state.error?.code).toBe("cancelled")

    act(() => hook().regenerate())
    const third = worker.received.at(-1)
    worker.send({ type: "delta", text: "Hi", requestId: third?.requestId })
    worker.stop()
    expect(hook().state).toMatchObject({ phase: "error", text: "Hi" })
    expect(hook().state.error?.code).toBe("disconnected")
  })

  it("ignores messages of other requests and messages it cannot read", () => {
    const { hook } = renderDraftHook()
    act(() => hook().start({ kind: "rewrite", text: "Hi", style: "shorter" }))
    worker.send({ type: "delta", text: "stale", requestId: "another" })
    worker.send({ type: "delta", text: 42 } as never)
    expect(hook().state).toMatchObject({ phase: "streaming", text: "" })
  })

  it("stops the stream when the sidebar goes away", () => {
    const { hook, unmount } = renderDraftHook()
    act(() => hook().start({ kind: "draft" }))
    unmount()
    expect(worker.received.at(-1)?.type).toBe("cancel")
  })
})

describe("AI UI strings", () => {
  const locales = ["en", "es"].map(
    (language) =>
      JSON.parse(
        readFileSync(join(__dirname, `../../../assets/_locales/${language}/messages.json`), "utf8"),
      ) as Record<string, unknown>,
  )
  const keys = [
    ...[...AI_ERROR_CODES, "disconnected"].map((code) => `aiError_${code}`),
    ...PROVIDER_PRESETS.map((preset) => preset.labelKey),
    ...REWRITE_STYLES.map((style) => `aiRewrite_${style}`),
    ...NEEDS_HUMAN_REASONS.map((reason) => `aiNeedsHuman_${reason}`),
    ...["unavailable", "downloadable", "downloading", "available"].map(
      (state) => `aiPromptApi_${state}`,
    ),
  ]

  it("has a message for every error code, provider, rewrite and decision, in every language", () => {
    for (const messages of locales) {
      expect(keys.filter((key) => !(key in messages))).toEqual([])
    }
  })
})
