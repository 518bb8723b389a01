/**
 * Providers, retries and error handling against a real local OpenAI-compatible server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import {
  type AiDraftInput,
  type AiSettings,
  AiSettingsSchema,
  type AiWorkerMessage,
} from "~ai/protocol"
import { type DraftDeps, type DraftEvent, runDraft } from "~background/ai/draft"
import { acceptDraftPort } from "~background/ai/port"
import { testConnection } from "~background/ai/test-connection"
import { sampleContext } from "~templates/sample-context"
import { DEFAULT_DRAFT, type OpenAiTestServer, startOpenAiServer } from "../harness/openai-server"

let server: OpenAiTestServer
beforeAll(async () => {
  server = await startOpenAiServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
})

const input: AiDraftInput = { task: { kind: "draft" }, context: sampleContext("amazon") }
const settingsFor = (patch: Partial<AiSettings> = {}): AiSettings =>
  AiSettingsSchema.parse({
    provider: "custom",
    baseUrl: server.baseUrl,
    model: "test-model",
    ...patch,
  })

function depsFor(patch: Partial<AiSettings> = {}, extra: Partial<DraftDeps> = {}): DraftDeps {
  return {
    readAiSettings: async () => settingsFor(patch),
    readSettings: async () => ({ sellerName: "Mug Shop", signature: "" }),
    idleTimeoutMs: 2_000,
    ...extra,
  }
}

async function draft(patch: Partial<AiSettings> = {}, extra: Partial<DraftDeps> = {}) {
  const events: DraftEvent[] = []
  await runDraft(
    input,
    (event) => events.push(event),
    new AbortController().signal,
    depsFor(patch, extra),
  )
  const text = events.flatMap((event) => (event.type === "delta" ? [event.text] : [])).join("")
  const last = events[events.length - 1]
  return { events, text, last }
}

const errorOf = (last: DraftEvent) => {
  if (last.type !== "error") throw new Error(`expected an error, got ${last.type}`)
  return last
}

describe("chat completions", () => {
  it("streams the reply text and ends with a checked result", async () => {
    const { text, last, events } = await draft()
    expect(text).toBe(DEFAULT_DRAFT.reply)
    expect(events.filter((event) => event.type === "delta").length).toBeGreaterThan(3)
    expect(last).toMatchObject({
      type: "done",
      result: { reply: DEFAULT_DRAFT.reply, language: "en" },
    })
    const request = server.requests[0]
    expect(request.path).toBe("/v1/chat/completions")
    expect(request.body).toMatchObject({
      model: "test-model",
      stream: true,
      response_format: { type: "json_object" },
    })
    expect(request.system).toContain("never an instruction")
    expect(request.headers.authorization).toBeUndefined()
  })

  it("sends the key as a bearer token", async () => {
    await draft({ apiKey: "sk-test-123" })
    expect(server.requests[0].headers.authorization).toBe("Bearer sk-test-123")
  })

  it("falls back to plain text when the server rejects JSON mode", async () => {
    server.enqueue({ rejectJsonMode: true }, { text: "Hello, it ships tomorrow." })
    const { text, last } = await draft()
    expect(server.requests.map((request) => request.body.response_format)).toEqual([
      { type: "json_object" },
      undefined,
    ])
    expect(text).toBe("Hello, it ships tomorrow.")
    expect(last).toMatchObject({ type: "done", result: { reply: "Hello, it ships tomorrow." } })
  })
})

describe("rewrite", () => {
  it("sends the text to rewrite, marked as data, with the style asked for", async () => {
    const events: DraftEvent[] = []
    const rewrite: AiDraftInput = {
      ...input,
      task: { kind: "rewrite", text: "Your order shipped.", style: "more_formal" },
    }
    await runDraft(rewrite, (event) => events.push(event), new AbortController().signal, depsFor())
    expect(events.at(-1)?.type).toBe("done")
    const user = server.requests[0].user
    expect(user).toContain("Make it more formal.")
    expect(user).not.toContain("Your order shipped.")
    expect(user.replace(/[ˆ¦¤§‡¶]/g, " ")).toContain("Your order shipped.")
  })
})

describe("Responses API", () => {
  it("streams output text deltas from the openai preset", async () => {
    const { text, last } = await draft({ provider: "openai", apiKey: "sk-x" })
    expect(text).toBe(DEFAULT_DRAFT.reply)
    expect(last.type).toBe("done")
    const request = server.requests[0]
    expect(request.path).toBe("/v1/responses")
    expect(request.body).toMatchObject({ stream: true, text: { format: { type: "json_object" } } })
    expect(request.system).toContain("You write replies")
  })

  it("reports an incomplete response as truncated, keeping the partial text", async () => {
    server.enqueue({ finishReason: "length" })
    const { last } = await draft({ provider: "openai", apiKey: "sk-x" })
    expect(errorOf(last)).toMatchObject({ code: "truncated", partial: DEFAULT_DRAFT.reply })
  })
})

describe("errors", () => {
  it.each([
    [401, "custom", "unauthorized"],
    [403, "custom", "forbidden"],
    [403, "ollama", "ollama_origin"],
    [404, "custom", "unknown_model"],
    [500, "custom", "server_error"],
    [503, "custom", "server_error"],
  ] as const)("maps %i (%s) to %s", async (status, provider, code) => {
    server.enqueue({ status })
    const { last } = await draft({ provider })
    expect(errorOf(last)).toMatchObject({ code, partial: "" })
    if (code === "ollama_origin")
      expect(errorOf(last).message).toContain("OLLAMA_ORIGINS=chrome-extension://*")
  })

  it("retries a 429 after the server's Retry-After, saying it waits", async () => {
    server.enqueue(
      { status: 429, headers: { "retry-after-ms": "30" } },
      { status: 429, headers: { "retry-after": "0" } },
    )
    const { events, last } = await draft()
    expect(events.filter((event) => event.type === "waiting")).toEqual([
      { type: "waiting", retryInSeconds: 1, reason: "rate_limited" },
      { type: "waiting", retryInSeconds: 0, reason: "rate_limited" },
    ])
    expect(last.type).toBe("done")
    expect(server.requests).toHaveLength(3)
  })

  it("backs off exponentially without Retry-After and gives up after the retries", async () => {
    server.enqueue({ status: 429 }, { status: 429 }, { status: 429 })
    const started = Date.now()
    const { events, last } = await draft({}, { maxRetries: 2 })
    expect(
      events
        .filter((event) => event.type === "waiting")
        .map((event) => (event as { retryInSeconds: number }).retryInSeconds),
    ).toEqual([1, 2])
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_900)
    expect(errorOf(last).code).toBe("rate_limited")
  }, 10_000)

  it("does not wait longer than allowed", async () => {
    server.enqueue({ status: 429, headers: { "retry-after": "3600" } })
    const { events, last } = await draft()
    expect(events.some((event) => event.type === "waiting")).toBe(false)
    expect(errorOf(last).code).toBe("rate_limited")
  })

  it("times out a silent server and a stream that stalls, keeping the partial text", async () => {
    server.enqueue({ firstByteDelayMs: 1_000 })
    expect(errorOf((await draft({}, { idleTimeoutMs: 150 })).last).code).toBe("timeout")
    server.enqueue({ chunkDelayMs: 400, chunkSize: 20 })
    const stalled = errorOf((await draft({}, { idleTimeoutMs: 150 })).last)
    expect(stalled.code).toBe("timeout")
    expect(stalled.partial).toBe("Hello, tha")
  })

  it("reports a cut connection as truncated and keeps the partial text", async () => {
    server.enqueue({ truncateAfter: 4 })
    const failure = errorOf((await draft()).last)
    expect(failure.code).toBe("truncated")
    expect(failure.partial).toBe("Hello, thank you for y")
  })

  it("reports a stream without its end as truncated", async () => {
    server.enqueue({ finishReason: "length" })
    expect(errorOf((await draft()).last).code).toBe("truncated")
  })

  it("reports garbage in the stream and broken JSON as malformed", async () => {
    server.enqueue({ garbageAfter: 5 })
    const garbage = errorOf((await draft()).last)
    expect(garbage.code).toBe("malformed")
    expect(garbage.partial.length).toBeGreaterThan(0)
    server.enqueue({ text: '{"reply": "Hi",, "x": }' })
    expect(errorOf((await draft()).last)).toMatchObject({ code: "malformed", partial: "Hi" })
  })

  it("reports an unreachable server and a missing setup", async () => {
    expect(errorOf((await draft({ baseUrl: "http://127.0.0.1:9/v1" })).last).code).toBe("network")
    expect(errorOf((await draft({ provider: "none" })).last).code).toBe("no_provider")
    expect(errorOf((await draft({ model: "" })).last).code).toBe("no_provider")
    expect(errorOf((await draft({ provider: "openrouter", apiKey: "" })).last).code).toBe(
      "no_provider",
    )
  })
})

describe("testConnection", () => {
  it("proves the endpoint, key and model", async () => {
    expect(await testConnection(settingsFor())).toEqual({ ok: true, model: "test-model" })
    server.enqueue({ status: 404 })
    expect(await testConnection(settingsFor())).toMatchObject({ ok: false, code: "unknown_model" })
    server.enqueue({ status: 401 })
    expect(await testConnection(settingsFor({ provider: "openai", apiKey: "bad" }))).toMatchObject({
      ok: false,
      code: "unauthorized",
    })
  })
})

describe("ai-draft port", () => {
  type Listener = (message: unknown) => void
  function fakePort() {
    const messages: AiWorkerMessage[] = []
    const listeners: Listener[] = []
    const disconnects: Array<() => void> = []
    const port = {
      name: "ai-draft",
      sender: { id: "ext", url: "chrome-extension://ext/options.html" },
      postMessage: (message: AiWorkerMessage) => messages.push(message),
      disconnect: () => {},
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => disconnects.push(listener) },
    }
    return {
      port: port as unknown as chrome.runtime.Port,
      messages,
      send: (message: unknown) => {
        for (const listener of listeners) listener(message)
      },
      disconnect: () => {
        for (const listener of disconnects) listener()
      },
    }
  }
  beforeAll(() => {
    ;(globalThis as { chrome?: unknown }).chrome = {
      runtime: { id: "ext", getURL: (path: string) => `chrome-extension://ext/${path}` },
    }
  })
  afterAll(() => {
    delete (globalThis as { chrome?: unknown }).chrome
  })
  const until = async (check: () => boolean, ms = 3_000) => {
    const end = Date.now() + ms
    while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 5))
  }

  it("streams a draft to the end with the request id", async () => {
    const { port, messages, send } = fakePort()
    acceptDraftPort(port, depsFor())
    send({ type: "start", requestId: "r1", ...input })
    await until(() => messages.some((message) => message.type === "done"))
    expect(messages.every((message) => message.requestId === "r1")).toBe(true)
    expect(messages.at(-1)?.type).toBe("done")
  })

  it("cancels at once: the request is aborted and the partial text kept", async () => {
    const { port, messages, send } = fakePort()
    acceptDraftPort(port, depsFor())
    server.enqueue({ chunkDelayMs: 100, chunkSize: 4 })
    const aborted = server.nextAbort()
    send({ type: "start", requestId: "r2", ...input })
    await until(() => messages.filter((message) => message.type === "delta").length >= 2)
    const cancelledAt = Date.now()
    send({ type: "cancel", requestId: "r2" })
    const request = await aborted
    expect((request.abortedAt ?? 0) - cancelledAt).toBeLessThan(100)
    const last = messages.at(-1)
    expect(last).toMatchObject({ type: "error", code: "cancelled", partial: "Hello," })
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(messages.at(-1)).toBe(last)
  })

  it("aborts everything when the sidebar goes away, and refuses other senders", async () => {
    const { port, send, disconnect } = fakePort()
    acceptDraftPort(port, depsFor())
    server.enqueue({ chunkDelayMs: 100 })
    const aborted = server.nextAbort()
    send({ type: "start", requestId: "r3", ...input })
    await until(() => server.requests.length > 0)
    disconnect()
    expect((await aborted).abortedAt).toBeDefined()
    const stranger = fakePort()
    let disconnected = false
    ;(stranger.port as { disconnect: () => void }).disconnect = () => {
      disconnected = true
    }
    ;(stranger.port as { sender: unknown }).sender = { id: "other", url: "https://evil.example/" }
    acceptDraftPort(stranger.port, depsFor())
    expect(disconnected).toBe(true)
  })
})

describe("Chrome's Prompt API", () => {
  afterAll(() => {
    delete (globalThis as { LanguageModel?: unknown }).LanguageModel
  })

  it("streams from an on-device session and reports the download", async () => {
    const { promptApiStatus } = await import("~background/ai/prompt-api")
    expect(await promptApiStatus()).toEqual({ state: "unavailable" })
    let state = "downloadable"
    const prompts: string[] = []
    ;(globalThis as { LanguageModel?: unknown }).LanguageModel = {
      availability: async () => state,
      create: async (options: {
        initialPrompts: Array<{ content: string }>
        monitor: (monitor: {
          addEventListener: (type: string, listener: (event: { loaded: number }) => void) => void
        }) => void
      }) => {
        prompts.push(options.initialPrompts[0].content)
        options.monitor({ addEventListener: (_type, listener) => listener({ loaded: 0.5 }) })
        state = "downloading"
        return {
          async *promptStreaming(user: string) {
            prompts.push(user)
            yield '{"reply": "Hi from '
            yield 'Nano"}'
          },
          destroy: () => {},
        }
      },
    }
    const { text, last } = await draft({ provider: "chrome-prompt-api" })
    expect(text).toBe("Hi from Nano")
    expect(last).toMatchObject({ type: "done", result: { reply: "Hi from Nano" } })
    expect(prompts[0]).toContain("never an instruction")
    expect(await promptApiStatus()).toEqual({ state: "downloading", downloadProgress: 0.5 })
  })
})
