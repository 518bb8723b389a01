/**
 * A real local HTTP server speaking the OpenAI API as the providers use it: chat completions and
 * the Responses API, both streamed as server-sent events, plus GET /models. Tests script each
 * request (reply text, delays, error statuses with Retry-After, truncated streams, garbage), or
 * switch on the "obedient" model, which follows any instruction it finds in the prompt: the
 * worst case the injection suite has to survive. It answers CORS so the extension's service
 * worker can call it without a host permission.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

export interface ScriptedReply {
  /** An error status (401, 403, 404, 429, 500…) answered instead of a stream. */
  status?: number
  headers?: Record<string, string>
  /** Error body; default `{ error: { message, type, code } }`. */
  errorBody?: unknown
  /** The answer's text, streamed in chunks of `chunkSize` characters. */
  text?: string
  /** Explicit chunks (override `text`). */
  chunks?: string[]
  chunkSize?: number
  /** Before the first byte of the answer (headers included). */
  firstByteDelayMs?: number
  chunkDelayMs?: number
  /** Close the connection after this many chunks, without the end of the stream. */
  truncateAfter?: number
  /** Send an unparseable event after this many chunks. */
  garbageAfter?: number
  /** chat: the last chunk's finish_reason; responses: "length" ends with response.incomplete. */
  finishReason?: "stop" | "length"
  /** Answer 400 when the request asks for JSON mode (response_format / text.format). */
  rejectJsonMode?: boolean
}

export type ScriptSource = ScriptedReply | ((request: RecordedRequest) => ScriptedReply)

export interface RecordedRequest {
  method: string
  path: string
  api: "chat" | "responses" | "models" | "other"
  headers: Record<string, string | string[] | undefined>
  body: Record<string, unknown>
  /** The system and user text of the request, whichever API it used. */
  system: string
  user: string
  receivedAt: number
  firstByteAt?: number
  /** When the client went away before the answer was complete. */
  abortedAt?: number
  completedAt?: number
}

export interface OpenAiTestServer {
  /** Base URL with /v1, as a provider's baseUrl. */
  baseUrl: string
  origin: string
  requests: RecordedRequest[]
  /** Answers for the next requests, in order; then `fallback`. */
  enqueue(...replies: ScriptSource[]): void
  /** The answer when the queue is empty (default: a short JSON draft). */
  fallback: ScriptSource
  /** Follow instructions found in the prompt (when the queue is empty). */
  obedient: boolean
  /** Resolves when a request is aborted by the client. */
  nextAbort(): Promise<RecordedRequest>
  close(): Promise<void>
}

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "authorization, content-type, *",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-expose-headers": "retry-after, retry-after-ms, x-request-id",
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function contentText(content: unknown): string {
  if (typeof content === "string") return content
  if (Array.isArray(content)) {
    return content
      .map((part) => (typeof part === "string" ? part : ((part as { text?: string }).text ?? "")))
      .join("")
  }
  return ""
}

function promptOf(api: RecordedRequest["api"], body: Record<string, unknown>) {
  if (api === "chat") {
    const messages = (body.messages as Array<{ role: string; content: unknown }>) ?? []
    const of = (role: string) =>
      messages
        .filter((message) => message.role === role)
        .map((message) => contentText(message.content))
        .join("\n")
    return { system: of("system") || of("developer"), user: of("user") }
  }
  if (api === "responses") {
    const input = body.input
    const user =
      typeof input === "string"
        ? input
        : ((input as Array<{ content: unknown }>) ?? [])
            .map((item) => contentText(item.content))
            .join("\n")
    return { system: String(body.instructions ?? ""), user }
  }
  return { system: "", user: "" }
}

export const DEFAULT_DRAFT = {
  reply: "Hello, thank you for your message. Your order is on its way.",
  language: "en",
  factsUsed: [],
  missingInfo: [],
  needsHuman: { required: false },
}

function split(text: string, size: number): string[] {
  const chunks: string[] = []
  for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size))
  return chunks
}

function chatChunk(id: string, model: string, content: string | null, finish: string | null) {
  return {
    id,
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        delta: content === null ? {} : { role: "assistant", content },
        finish_reason: finish,
      },
    ],
  }
}

function responseObject(id: string, model: string, status: string, text: string) {
  return {
    id,
    object: "response",
    created_at: Math.floor(Date.now() / 1000),
    model,
    status,
    output: [
      {
        type: "message",
        id: `msg_${id}`,
        role: "assistant",
        status,
        content: [{ type: "output_text", text, annotations: [] }],
      },
    ],
    ...(status === "incomplete" ? { incomplete_details: { reason: "max_output_tokens" } } : {}),
  }
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = []
  for await (const part of request) parts.push(part as Buffer)
  const text = Buffer.concat(parts).toString("utf8")
  if (!text) return {}
  try {
    return JSON.parse(text)
  } catch {
    return {}
  }
}

const ERROR_TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "invalid_api_key",
  403: "forbidden",
  404: "model_not_found",
  429: "rate_limit_exceeded",
}

async function answer(
  response: ServerResponse,
  record: RecordedRequest,
  script: ScriptedReply,
): Promise<void> {
  const closed = () => record.abortedAt !== undefined || response.destroyed
  if (script.firstByteDelayMs) await sleep(script.firstByteDelayMs)
  if (closed()) return
  const jsonMode =
    record.body.response_format !== undefined ||
    (record.body.text as { format?: unknown } | undefined)?.format !== undefined
  const status = script.rejectJsonMode && jsonMode ? 400 : script.status
  if (status && status >= 400) {
    const message =
      status === 400 ? "response_format is not supported by this model" : `Test error ${status}`
    const body = script.errorBody ?? {
      error: { message, type: ERROR_TYPES[status] ?? "server_error", code: ERROR_TYPES[status] },
    }
    record.firstByteAt = Date.now()
    response.writeHead(status, {
      ...CORS,
      "content-type": "application/json",
      ...script.headers,
    })
    response.end(typeof body === "string" ? body : JSON.stringify(body))
    record.completedAt = Date.now()
    return
  }
  const model = String(record.body.model ?? "test-model")
  const text = script.text ?? JSON.stringify(DEFAULT_DRAFT)
  const chunks = script.chunks ?? split(text, script.chunkSize ?? 8)
  const id = `test_${record.receivedAt}_${Math.random().toString(36).slice(2, 8)}`
  record.firstByteAt = Date.now()
  response.writeHead(200, {
    ...CORS,
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    connection: "keep-alive",
    ...script.headers,
  })
  const send = (event: string | undefined, data: unknown) =>
    response.write(
      `${event ? `event: ${event}\n` : ""}data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`,
    )
  const responses = record.api === "responses"
  let sequence = 0
  if (responses) {
    send("response.created", {
      type: "response.created",
      sequence_number: sequence++,
      response: responseObject(id, model, "in_progress", ""),
    })
  }
  let sent = ""
  for (const [index, chunk] of chunks.entries()) {
    if (script.truncateAfter !== undefined && index >= script.truncateAfter) {
      // Let what was written reach the client, then cut the connection mid-stream.
      await sleep(30)
      response.destroy()
      return
    }
    if (script.garbageAfter !== undefined && index === script.garbageAfter) {
      response.write("data: {not json at all\n\n")
    }
    if (index > 0 && script.chunkDelayMs) await sleep(script.chunkDelayMs)
    if (closed()) return
    sent += chunk
    if (responses) {
      send("response.output_text.delta", {
        type: "response.output_text.delta",
        sequence_number: sequence++,
        item_id: `msg_${id}`,
        output_index: 0,
        content_index: 0,
        delta: chunk,
        logprobs: [],
      })
    } else send(undefined, chatChunk(id, model, chunk, null))
  }
  const finish = script.finishReason ?? "stop"
  if (responses) {
    const done = finish === "length" ? "response.incomplete" : "response.completed"
    send(done, {
      type: done,
      sequence_number: sequence++,
      response: responseObject(id, model, finish === "length" ? "incomplete" : "completed", sent),
    })
  } else {
    send(undefined, chatChunk(id, model, null, finish))
    send(undefined, "[DONE]")
  }
  response.end()
  record.completedAt = Date.now()
}

export async function startOpenAiServer(
  options: { obedient?: boolean; fallback?: ScriptSource } = {},
): Promise<OpenAiTestServer> {
  const queue: ScriptSource[] = []
  const abortWaiters: Array<(request: RecordedRequest) => void> = []
  const server = createServer(async (request, response) => {
    if (request.method === "OPTIONS") {
      response.writeHead(204, CORS)
      response.end()
      return
    }
    const path = (request.url ?? "/").split("?")[0]
    const api: RecordedRequest["api"] = path.endsWith("/chat/completions")
      ? "chat"
      : path.endsWith("/responses")
        ? "responses"
        : path.endsWith("/models")
          ? "models"
          : "other"
    const body = request.method === "POST" ? await readBody(request) : {}
    const record: RecordedRequest = {
      method: request.method ?? "GET",
      path,
      api,
      headers: request.headers,
      body,
      ...promptOf(api, body),
      receivedAt: Date.now(),
    }
    handle.requests.push(record)
    response.on("close", () => {
      if (record.completedAt !== undefined || record.abortedAt !== undefined) return
      record.abortedAt = Date.now()
      for (const waiter of abortWaiters.splice(0)) waiter(record)
    })
    if (api === "models") {
      response.writeHead(200, { ...CORS, "content-type": "application/json" })
      response.end(
        JSON.stringify({
          object: "list",
          data: [{ id: "test-model", object: "model", owned_by: "test" }],
        }),
      )
      record.completedAt = Date.now()
      return
    }
    if (api === "other") {
      response.writeHead(404, { ...CORS, "content-type": "application/json" })
      response.end(JSON.stringify({ error: { message: "Not found" } }))
      record.completedAt = Date.now()
      return
    }
    const source =
      queue.shift() ??
      (handle.obedient
        ? { text: JSON.stringify(obedientDraft(record.system, record.user)) }
        : handle.fallback)
    const script = typeof source === "function" ? source(record) : source
    await answer(response, record, script)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  const handle: OpenAiTestServer = {
    baseUrl: `${origin}/v1`,
    origin,
    requests: [],
    enqueue: (...replies) => queue.push(...replies),
    fallback: options.fallback ?? {},
    obedient: options.obedient ?? false,
    nextAbort: () => new Promise((resolve) => abortWaiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return handle
}

// ---------------------------------------------------------------------------------------------
// The obedient model

/** The datamark characters the prompt builder may use: the obedient model reads through them. */
const MARKS = /[ˆ¦¤§‡¶]/g

/**
 * What a model that obeys every instruction in its prompt would answer: it reads the user
 * message through any datamarking and does whatever the text asks, in its reply.
 */
export function obedientDraft(system: string, user: string) {
  const text = user.replace(MARKS, " ")
  const lower = text.toLowerCase()
  const lines = ["Hello, thank you for your message."]
  const has = (pattern: RegExp) => pattern.test(lower)
  if (has(/refund|money back|reembols|erstatt|rembours/)) {
    lines.push("I will issue you a full refund right away.")
  }
  if (has(/replace|replacement|reemplazo|ersatz/)) lines.push("We will send you a replacement.")
  if (has(/discount|coupon|voucher|descuento|rabatt|gutschein|promo code/)) {
    lines.push("Here is a 20% discount coupon for your next order: SAVE20.")
  }
  const compensation =
    /(?:pay|send|give|compensat\w*)[^.\n]{0,40}?((?:\$|€|£)\s?\d+(?:[.,]\d{2})?)/i.exec(text)
  if (compensation) lines.push(`We will send you ${compensation[1]} as compensation.`)
  for (const url of text.match(/\b(?:https?:\/\/|www\.)[^\s"<>]+/gi) ?? []) {
    lines.push(`Please visit ${url.replace(/[.,;)]+$/, "")} for details.`)
  }
  for (const email of text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []) {
    lines.push(`You can also email us at ${email}.`)
  }
  const phone = /(?:call|phone|whatsapp|text)[^\n]{0,30}?(\+?\d[\d\s().-]{7,}\d)/i.exec(text)
  if (phone) lines.push(`Call us at ${phone[1]}.`)
  const tracking = /tracking(?: number)?(?: is| to be| as|:)?\s+([A-Z0-9]{10,30})\b/i.exec(text)
  if (tracking && !/order\.trackingNumber:\s*\S*$/.test(text.slice(0, tracking.index + 30))) {
    lines.push(`Your tracking number is ${tracking[1]}.`)
  }
  const order = /order (?:number |id |#)?(?:is )?(\d{3}-\d{7}-\d{7}|\d{2}-\d{5}-\d{5})/i.exec(text)
  if (order) lines.push(`This concerns order ${order[1]}.`)
  const date =
    /(?:arrive|arrives|delivered|delivery)\s+(?:on|by)\s+((?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2})/i.exec(
      text,
    )
  if (date) lines.push(`It will arrive on ${date[1]}.`)
  const quoted =
    /(?:write|say|reply with|add|include)(?: this)?(?: exactly)?:?\s*"([^"]{3,200})"/i.exec(text)
  if (quoted) lines.push(quoted[1])
  if (has(/system prompt|your instructions|your rules|repeat everything|reveal|initial prompt/)) {
    lines.push(`My instructions are: ${system}`)
  }
  return { ...DEFAULT_DRAFT, reply: lines.join(" ") }
}
