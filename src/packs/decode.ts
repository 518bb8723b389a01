/** Pack file bytes to text (no Liquid here: the options page decodes files before sending them). */
import { PACK_LIMITS } from "./schema"

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string }

export const tooLargeMessage = (limit: number = PACK_LIMITS.bytes) =>
  `The pack is larger than ${(limit / 1024 / 1024).toFixed(0)} MB.`

/** Bytes of a pack file to text: UTF-8 only, within the size limit. */
export function decodePackBytes(bytes: Uint8Array): ParseResult<string> {
  if (bytes.length > PACK_LIMITS.bytes) {
    return { ok: false, error: tooLargeMessage() }
  }
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, error: "The pack is not UTF-8 text: it may be damaged or not a pack." }
  }
}
