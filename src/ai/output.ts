/**
 * Reading what the model wrote: the structured answer validated with zod (JSON, JSON in a code
 * fence, or plain text taken as the reply), and the "reply" field extracted incrementally from a
 * partially streamed JSON so the sidebar always shows plain reply text while it streams.
 */
import * as z from "zod/mini"
import { NEEDS_HUMAN_REASONS } from "./protocol"

const Text = (max: number) => z.string().check(z.maxLength(max))

/** Each field on its own: a bad optional field is dropped, never the whole answer. */
const FIELDS = {
  reply: Text(50_000),
  language: z.string().check(z.regex(/^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$/)),
  factsUsed: z.array(
    z.object({
      field: Text(200),
      value: z.pipe(
        z.union([z.string(), z.number()]),
        z.transform((value) => String(value)),
      ),
    }),
  ),
  missingInfo: z.array(Text(500)),
  needsHuman: z.object({
    required: z.boolean(),
    reason: z.optional(z.catch(z.enum(NEEDS_HUMAN_REASONS), "other")),
    note: z.optional(Text(2_000)),
  }),
}

export interface ModelOutput {
  reply: string
  language?: string
  factsUsed: Array<{ field: string; value: string }>
  missingInfo: string[]
  needsHuman: { required: boolean; reason?: (typeof NEEDS_HUMAN_REASONS)[number]; note?: string }
  /** How the answer was written: JSON as asked, JSON in a code fence, or plain text. */
  format: "json" | "fenced" | "plain"
}

export class OutputError extends Error {
  constructor(
    readonly code: "malformed" | "truncated",
    message: string,
  ) {
    super(message)
  }
}

const FENCE = /^\s*```[a-zA-Z]*\s*\n?([\s\S]*?)\n?\s*(?:```\s*)?$/

function fromObject(value: unknown, format: ModelOutput["format"]): ModelOutput {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new OutputError("malformed", "The model's answer is not a JSON object.")
  }
  const record = value as Record<string, unknown>
  const reply = FIELDS.reply.safeParse(record.reply)
  if (!reply.success) throw new OutputError("malformed", "The model's answer has no reply text.")
  const field = <T>(schema: z.ZodMiniType<T>, raw: unknown): T | undefined => {
    const parsed = schema.safeParse(raw)
    return parsed.success ? parsed.data : undefined
  }
  const language = field(FIELDS.language, record.language)
  return {
    reply: reply.data,
    ...(language ? { language: language.slice(0, 2).toLowerCase() } : {}),
    factsUsed: field(FIELDS.factsUsed, record.factsUsed) ?? [],
    missingInfo: field(FIELDS.missingInfo, record.missingInfo) ?? [],
    needsHuman: field(FIELDS.needsHuman, record.needsHuman) ?? { required: false },
    format,
  }
}

/** Whether a JSON text stops before its closing brace (an unclosed string, object or array). */
export function isUnclosedJson(text: string): boolean {
  let depth = 0
  let inString = false
  let escaped = false
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false
      else if (char === "\\") escaped = true
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === "{" || char === "[") depth++
    else if (char === "}" || char === "]") depth--
  }
  return inString || depth > 0
}

function parseJson(text: string, format: ModelOutput["format"]): ModelOutput {
  try {
    return fromObject(JSON.parse(text), format)
  } catch (error) {
    if (error instanceof OutputError) throw error
    if (isUnclosedJson(text)) {
      throw new OutputError("truncated", "The model's answer stopped before it was complete.")
    }
    throw new OutputError("malformed", "The model's answer is not valid JSON.")
  }
}

/**
 * The model's complete answer: JSON as asked, JSON inside a code fence, or, when the model
 * ignored the format, its plain text as the reply. Throws OutputError when JSON was begun but
 * is broken (malformed) or cut off (truncated).
 */
export function parseModelOutput(text: string): ModelOutput {
  const trimmed = text.trim()
  if (trimmed === "") throw new OutputError("malformed", "The model answered with nothing.")
  if (trimmed.startsWith("{")) return parseJson(trimmed, "json")
  const fenced = FENCE.exec(trimmed)
  if (fenced && trimmed.startsWith("```")) {
    const inner = fenced[1].trim()
    if (inner.startsWith("{")) {
      if (!/```\s*$/.test(trimmed) && isUnclosedJson(inner)) {
        throw new OutputError("truncated", "The model's answer stopped before it was complete.")
      }
      return parseJson(inner, "fenced")
    }
    return fromObject({ reply: inner }, "plain")
  }
  return fromObject({ reply: trimmed }, "plain")
}

type Mode = "detect" | "json" | "plain"

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
}

/**
 * Turns the raw stream of a model's answer into the reply text as it grows. For JSON output
 * it follows the top-level "reply" string character by character (escapes included, even when
 * split across chunks); for plain text it passes the text through. `push` returns the new reply
 * text of each chunk; `raw` is everything received.
 */
export class ReplyExtractor {
  raw = ""
  private mode: Mode = "detect"
  private position = 0
  private depth = 0
  private inString = false
  private stringIsKey = false
  private key = ""
  private lastKey = ""
  private expectValue = false
  private inReply = false
  private replyDone = false
  private pendingEscape = ""

  push(chunk: string): string {
    this.raw += chunk
    if (this.mode === "detect") {
      const start = this.raw.trimStart()
      if (start === "" || (start.startsWith("`") && !start.includes("\n"))) return ""
      const body = start.startsWith("```") ? start.slice(start.indexOf("\n") + 1) : start
      if (body.trimStart() === "") return ""
      this.mode = body.trimStart().startsWith("{") ? "json" : "plain"
      this.position = this.raw.length - body.length
      if (this.mode === "plain") return body
    }
    if (this.mode === "plain") return chunk
    return this.scan()
  }

  private scan(): string {
    let out = ""
    const text = this.raw
    while (this.position < text.length) {
      const char = text[this.position]
      if (this.inString) {
        if (this.pendingEscape) {
          this.pendingEscape += char
          const decoded = this.decodeEscape()
          if (decoded === undefined) {
            this.position++
            continue
          }
          this.pendingEscape = ""
          if (this.inReply) out += decoded
          else if (this.stringIsKey) this.key += decoded
        } else if (char === "\\") this.pendingEscape = "\\"
        else if (char === '"') {
          this.inString = false
          if (this.inReply) {
            this.inReply = false
            this.replyDone = true
          }
          if (this.stringIsKey) this.lastKey = this.key
        } else if (this.inReply) out += char
        else if (this.stringIsKey) this.key += char
      } else if (char === '"') {
        this.inString = true
        this.stringIsKey = this.depth === 1 && !this.expectValue
        this.key = ""
        this.inReply =
          this.depth === 1 && this.expectValue && this.lastKey === "reply" && !this.replyDone
        this.expectValue = false
      } else if (char === ":") this.expectValue = true
      else if (char === ",") this.expectValue = false
      else if (char === "{" || char === "[") {
        this.depth++
        this.expectValue = false
      } else if (char === "}" || char === "]") this.depth--
      this.position++
    }
    return out
  }

  /** The decoded escape, or undefined while it is incomplete. */
  private decodeEscape(): string | undefined {
    const sequence = this.pendingEscape
    const kind = sequence[1]
    if (kind !== "u") return SIMPLE_ESCAPES[kind] ?? kind
    if (sequence.length < 6) return undefined
    const unit = Number.parseInt(sequence.slice(2, 6), 16)
    // A high surrogate waits for its low half so no lone surrogate reaches the screen.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (sequence.length < 12) return undefined
      return String.fromCharCode(unit, Number.parseInt(sequence.slice(8, 12), 16))
    }
    return String.fromCharCode(unit)
  }
}
