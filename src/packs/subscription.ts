/**
 * Fetching a subscribed pack: conditional requests, a size limit enforced while the body streams,
 * a content-type check and an optional integrity pin (`#sha256=<hex>` in the URL).
 */
import * as z from "zod/mini"
import { tooLargeMessage } from "./decode"
import { PACK_LIMITS } from "./schema"

/** A pack subscribed to by URL (the `subscriptions` table). */
export const SubscriptionSchema = z.object({
  /** As the agent or the policy gave it, integrity pin included. */
  url: z.string().check(z.minLength(1), z.maxLength(2_000)),
  /** Known once a first copy was installed. */
  packId: z.optional(z.string()),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  lastGoodVersion: z.optional(z.int()),
  lastCheckedAt: z.optional(z.string()),
  /** When a new version was last installed. */
  lastUpdatedAt: z.optional(z.string()),
  lastError: z.optional(z.object({ message: z.string(), at: z.string() })),
  /** Pushed by the organisation's policy: its templates are read-only. */
  managed: z.boolean(),
  /** Pushed and locked by policy: agents cannot unsubscribe. */
  locked: z.boolean(),
  /** The agent unsubscribed from an unlocked managed pack: kept so the policy does not re-add it. */
  optedOut: z.optional(z.boolean()),
  createdAt: z.string(),
})
export type Subscription = z.infer<typeof SubscriptionSchema>

export class PackFetchError extends Error {}

const UNREACHABLE = "Could not reach"

/**
 * Whether a failure could be the browser refusing a cross-origin read: the options page then
 * asks for the host permission and tries again.
 */
export function isUnreachable(message: string): boolean {
  return message.startsWith(UNREACHABLE)
}

export interface PackUrl {
  /** What is fetched: the URL without its fragment. */
  fetchUrl: string
  /** Lower-case hex SHA-256 the content must have, when the URL pins it. */
  sha256?: string
  /** The host permission pattern for its origin, e.g. `https://packs.example.com/*`. */
  originPattern: string
}

export function parsePackUrl(url: string): PackUrl {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    throw new PackFetchError("That is not a web address: it should start with https://.")
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new PackFetchError("A pack address must start with https:// (or http://).")
  }
  if (parsed.username || parsed.password) {
    throw new PackFetchError("A pack address must not contain a user name or password.")
  }
  let sha256: string | undefined
  if (parsed.hash) {
    const pin = /^#sha256=([0-9a-fA-F]{64})$/.exec(parsed.hash)
    if (!pin) {
      throw new PackFetchError(
        "The part after # must be an integrity pin: #sha256= followed by 64 hexadecimal digits.",
      )
    }
    sha256 = pin[1].toLowerCase()
  }
  parsed.hash = ""
  return { fetchUrl: parsed.href, sha256, originPattern: `${parsed.origin}/*` }
}

export type FetchResult =
  | { status: "not-modified" }
  | { status: "fetched"; bytes: Uint8Array; etag?: string; lastModified?: string }

const ACCEPTED_TYPES = /^(application\/json|text\/plain|application\/[\w.+-]+\+json)$/
const WEB_PAGE_TYPES = /^(text\/html|application\/xhtml\+xml)$/

async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  const tooLarge = () => new PackFetchError(tooLargeMessage(limit))
  const declared = Number(response.headers.get("content-length"))
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => {})
    throw tooLarge()
  }
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.length
      if (total > limit) {
        await reader.cancel().catch(() => {})
        throw tooLarge()
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof PackFetchError) throw error
    throw new PackFetchError(
      `The download was interrupted (${error instanceof Error ? error.message : String(error)}).`,
    )
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("")
}

export interface FetchOptions {
  etag?: string
  lastModified?: string
  fetch?: typeof fetch
  limitBytes?: number
  /** A server that stops answering must not hold up the other subscriptions. */
  timeoutMs?: number
}

const FETCH_TIMEOUT_MS = 60_000

/** Fetches a pack URL. Throws PackFetchError with a message an agent can act on. */
export async function fetchPackUrl(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { fetchUrl, sha256 } = parsePackUrl(url)
  const limit = options.limitBytes ?? PACK_LIMITS.bytes
  const headers: Record<string, string> = { Accept: "application/json, text/plain;q=0.9" }
  if (options.etag) headers["If-None-Match"] = options.etag
  if (options.lastModified) headers["If-Modified-Since"] = options.lastModified
  let response: Response
  try {
    response = await (options.fetch ?? fetch)(fetchUrl, {
      headers,
      cache: "no-cache",
      credentials: "omit",
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs ?? FETCH_TIMEOUT_MS),
    })
  } catch (error) {
    throw new PackFetchError(
      `${UNREACHABLE} ${new URL(fetchUrl).host} (${error instanceof Error ? error.message : String(error)}).`,
    )
  }
  if (response.status === 304) return { status: "not-modified" }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {})
    throw new PackFetchError(
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
    )
  }
  const type = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase()
  if (WEB_PAGE_TYPES.test(type)) {
    await response.body?.cancel().catch(() => {})
    throw new PackFetchError("This URL returned a web page, not a pack.")
  }
  if (type && !ACCEPTED_TYPES.test(type)) {
    await response.body?.cancel().catch(() => {})
    throw new PackFetchError(
      `This URL returned ${type}, not a pack (expected application/json or text/plain).`,
    )
  }
  const bytes = await readLimited(response, limit)
  if (sha256 && (await sha256Hex(bytes)) !== sha256) {
    throw new PackFetchError(
      "The pack's content does not match the integrity pin in its address (#sha256=…): it was changed or damaged. Ask for the new address.",
    )
  }
  return {
    status: "fetched",
    bytes,
    etag: response.headers.get("etag") ?? undefined,
    lastModified: response.headers.get("last-modified") ?? undefined,
  }
}
