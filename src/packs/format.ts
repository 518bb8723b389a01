/**
 * Reading pack files (documented in docs/pack-format.md): a versioned JSON file of templates that
 * a team publishes once and every agent imports or subscribes to.
 */
import type * as z from "zod/mini"
import { templateSourceError } from "~templates/render"
import { decodePackBytes, type ParseResult, tooLargeMessage } from "./decode"
import { PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS, type Pack, PackSchema } from "./schema"

/** How many problems an error message names before "and N more". */
const PROBLEMS_SHOWN = 3

interface Problem {
  path: PropertyKey[]
  message: string
}

/** `["templates", 3, "language"]` -> `templates[3].language` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("")
}

export function describeProblems(intro: string, problems: readonly Problem[]): string {
  const shown = problems
    .slice(0, PROBLEMS_SHOWN)
    .map((problem) => `${formatPath(problem.path) || "(file)"}: ${problem.message}`)
  const more = problems.length - shown.length
  return `${intro} ${shown.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}.`
}

const EXPECTED_NAMES: Record<string, string> = {
  int: "a whole number",
  number: "a number",
  string: "text",
  array: "a list",
  object: "an object",
  boolean: "true or false",
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected
    return issue.input === undefined
      ? `missing (expected ${expected})`
      : `expected ${expected}, got ${describeType(issue.input)}`
  }
  if (issue.code === "too_big" && issue.origin === "string") {
    return `too long (at most ${issue.maximum} characters)`
  }
  if (issue.code === "too_big" && issue.origin === "array") {
    return `too many entries (at most ${issue.maximum})`
  }
  if (issue.code === "too_small" && issue.origin === "string") return "must not be empty"
  if (issue.code === "invalid_value") {
    return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`
  }
  return issue.message
}

function describeType(value: unknown): string {
  if (value === null) return "null"
  if (Array.isArray(value)) return "a list"
  if (typeof value === "number" && !Number.isInteger(value)) return String(value)
  return EXPECTED_NAMES[typeof value] ?? typeof value
}

/** Problems zod cannot see: duplicate ids and template bodies the renderer cannot parse. */
function contentProblems(pack: Pack): Problem[] {
  const problems: Problem[] = []
  const seen = new Map<string, number>()
  pack.templates.forEach((template, index) => {
    const first = seen.get(template.id)
    if (first !== undefined) {
      problems.push({
        path: ["templates", index, "id"],
        message: `"${template.id}" is already used by templates[${first}]`,
      })
    } else {
      seen.set(template.id, index)
    }
    const syntax = templateSourceError(template.body)
    if (syntax) problems.push({ path: ["templates", index, "body"], message: syntax })
  })
  return problems
}

function utf8Length(text: string): number {
  // Upper bound without encoding: a UTF-16 code unit is at most 3 UTF-8 bytes.
  if (text.length * 3 <= PACK_LIMITS.bytes) return text.length
  return new TextEncoder().encode(text).length
}

/** Reads a pack file. Never throws: bad input gives a human error naming the first problems. */
export function parsePack(input: string | Uint8Array): ParseResult<Pack> {
  let text: string
  if (typeof input === "string") {
    text = input
  } else {
    const decoded = decodePackBytes(input)
    if (!decoded.ok) return decoded
    text = decoded.value
  }
  if (utf8Length(text) > PACK_LIMITS.bytes) {
    return { ok: false, error: tooLargeMessage() }
  }
  text = text.replace(/^\uFEFF/, "")
  if (/^\s*</.test(text)) {
    return { ok: false, error: "This is a web page (HTML), not a pack file." }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, error: `The pack is not valid JSON (${detail.slice(0, 200)}).` }
  }
  const envelope = json as { format?: unknown; formatVersion?: unknown } | null
  if (typeof envelope !== "object" || envelope === null || envelope.format !== PACK_FORMAT) {
    return {
      ok: false,
      error: `This file is not a Seller Reply Copilot pack (it needs "format": "${PACK_FORMAT}").`,
    }
  }
  if (typeof envelope.formatVersion === "number" && envelope.formatVersion > PACK_FORMAT_VERSION) {
    return {
      ok: false,
      error: `This pack uses format version ${envelope.formatVersion}; this version of the extension reads version ${PACK_FORMAT_VERSION}. Update the extension.`,
    }
  }
  const parsed = PackSchema.safeParse(json, { reportInput: true })
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: issue.path,
      message: issueMessage(issue),
    }))
    return { ok: false, error: describeProblems("The pack has problems:", problems) }
  }
  const problems = contentProblems(parsed.data)
  if (problems.length > 0) {
    return { ok: false, error: describeProblems("The pack has problems:", problems) }
  }
  return { ok: true, value: parsed.data }
}

export function serializePack(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`
}
