import { Liquid, type Template as LiquidTemplate, Tokenizer, TokenKind } from "liquidjs"
import { buildScope, MissingFact, type ScopeInput } from "./scope"
import { placeholderFor, VARIABLES } from "./variables"

export type ReplySegment =
  | { kind: "text"; text: string }
  | { kind: "missing"; path: string; text: string }

export interface RenderedReply {
  /** The reply as it would be inserted: missing facts appear as visible placeholders. */
  text: string
  segments: ReplySegment[]
  /** Variables the page did not provide and the template had no fallback for. */
  unresolved: string[]
  /** A human explanation when the template itself is broken (syntax, unknown variable). */
  error?: string
}

// Private-use characters delimit a missing fact inside the rendered string; they are removed from
// template sources first, so a template cannot forge one.
const MARK_OPEN = "\uE000"
const MARK_CLOSE = "\uE001"
const MARKS = /[\uE000\uE001]/g
const MARKED = /\uE000([^\uE001]*)\uE001/g

const STRING_FILTERS = ["upcase", "downcase", "capitalize"] as const

function createEngine(): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    // Lets `{% if order.trackingNumber %}` and `| default:` work on facts a page may lack.
    lenientIf: true,
    ownPropertyOnly: true,
    outputEscape: (value: unknown) => {
      if (value instanceof MissingFact) return `${MARK_OPEN}${value.path}${MARK_CLOSE}`
      if (value === undefined || value === null) return ""
      return Array.isArray(value) ? value.join("") : String(value)
    },
  })
  for (const name of STRING_FILTERS) {
    const builtin = engine.filters[name]
    const original = typeof builtin === "function" ? builtin : builtin.handler
    // Keep a missing fact missing through string filters instead of turning it into "".
    engine.registerFilter(name, function (this: unknown, value: unknown, ...args: unknown[]) {
      return value instanceof MissingFact ? value : original.call(this as never, value, ...args)
    })
  }
  return engine
}

const engine = createEngine()
const parsed = new Map<string, LiquidTemplate[]>()
const PARSE_CACHE_LIMIT = 2_000

function parse(source: string): LiquidTemplate[] {
  let templates = parsed.get(source)
  if (!templates) {
    templates = engine.parse(source.replace(MARKS, ""))
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear()
    parsed.set(source, templates)
  }
  return templates
}

/** Every path the scope has (`order`, `order.shipTo`, `order.shipTo.city`, ...). */
const KNOWN_PATHS = new Set(
  [...VARIABLES.map((variable) => variable.path), "order.items"].flatMap((path) =>
    path.split(".").map((_, index, keys) => keys.slice(0, index + 1).join(".")),
  ),
)
const LIQUID_PROPERTIES = new Set(["size", "first", "last"])

function isKnownVariable(segments: readonly string[]): boolean {
  for (let length = 1; length <= segments.length; length++) {
    const path = segments.slice(0, length).join(".")
    if (path.startsWith("order.items.")) return true
    if (KNOWN_PATHS.has(path)) continue
    return LIQUID_PROPERTIES.has(segments[length - 1]) && length > 1
  }
  return true
}

function checkSource(source: string): string | undefined {
  try {
    const unknown = engine
      .globalVariableSegmentsSync(parse(source))
      .map((segments) => segments.map(String))
      .find((segments) => !isKnownVariable(segments))
    return unknown
      ? describeError(new Error(`undefined variable: ${unknown.join(".")}`))
      : undefined
  } catch (error) {
    return describeError(error)
  }
}

/** Checks by tag structure: a pack of thousands of replies shares a few dozen structures. */
const checkedStructures = new Map<string, string | undefined>()

/**
 * Why a template source cannot be used (syntax, or a variable the scope never has), or undefined
 * when it can. Facts a page may lack are not errors.
 */
export function templateSourceError(source: string): string | undefined {
  let structure: string
  try {
    // Errors and variables depend only on the tags and outputs, never on the text between them.
    structure = new Tokenizer(source.replace(MARKS, ""), engine.options.operators)
      .readTopLevelTokens(engine.options)
      .filter((token) => token.kind !== TokenKind.HTML)
      .map((token) => token.getText())
      .join("\u0000")
  } catch (error) {
    return describeError(error)
  }
  if (checkedStructures.has(structure)) return checkedStructures.get(structure)
  const error = checkSource(source)
  if (checkedStructures.size >= PARSE_CACHE_LIMIT) checkedStructures.clear()
  checkedStructures.set(structure, error)
  return error
}

/** Templates leave blank lines where tags were; buyers should not see more than one. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const unknown = /undefined variable: ([\w.]+)/.exec(message)
  if (unknown) return `This template uses “${unknown[1]}”, which is not a known variable.`
  return `This template could not be read: ${message.split(", line:")[0]}`
}

export function renderTemplate(source: string, input: ScopeInput, language: string): RenderedReply {
  let raw: string
  try {
    raw = engine.renderSync(parse(source), buildScope(input))
  } catch (error) {
    return { text: "", segments: [], unresolved: [], error: describeError(error) }
  }
  const segments: ReplySegment[] = []
  const unresolved = new Set<string>()
  let last = 0
  const tidied = tidy(raw)
  for (const match of tidied.matchAll(MARKED)) {
    if (match.index > last) segments.push({ kind: "text", text: tidied.slice(last, match.index) })
    const path = match[1]
    unresolved.add(path)
    segments.push({ kind: "missing", path, text: placeholderFor(path, language) })
    last = match.index + match[0].length
  }
  if (last < tidied.length) segments.push({ kind: "text", text: tidied.slice(last) })
  return {
    text: segments.map((segment) => segment.text).join(""),
    segments,
    unresolved: [...unresolved],
  }
}
