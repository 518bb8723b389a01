/**
 * Variable insertion in the template body editor: the palette inserts at the cursor, and typing
 * `{{` opens a list of variables filtered by what follows.
 */
import { foldAccentsAndCase as normalize } from "~suggest/message-text"
import type { VariableSpec } from "./variables"

export interface TextEdit {
  text: string
  /** Where the cursor goes after the edit. */
  cursor: number
}

/** Replaces the selection (or inserts at the cursor) with `{{ path }}`. */
export function insertVariable(text: string, start: number, end: number, path: string): TextEdit {
  const snippet = `{{ ${path} }}`
  return { text: text.slice(0, start) + snippet + text.slice(end), cursor: start + snippet.length }
}

export interface VariableQuery {
  /** Offset of the first character after `{{` and its spaces. */
  start: number
  /** What has been typed of the variable so far. */
  query: string
}

const OPEN_OUTPUT = /\{\{\s*([\w.]*)$/

/** The partial variable name being typed at `cursor`, when the cursor is inside an open `{{`. */
export function variableQueryAt(text: string, cursor: number): VariableQuery | undefined {
  const before = text.slice(Math.max(0, cursor - 80), cursor)
  const match = OPEN_OUTPUT.exec(before)
  if (!match) return undefined
  return { start: cursor - match[1].length, query: match[1] }
}

/**
 * Variables whose path or label contains the query (accents and case ignored); those whose path
 * or a path segment starts with it come first, then catalogue order.
 */
export function matchVariables(
  query: string,
  variables: readonly VariableSpec[],
  language: "en" | "es",
): VariableSpec[] {
  const wanted = normalize(query)
  if (!wanted) return [...variables]
  const scored: { variable: VariableSpec; rank: number; index: number }[] = []
  variables.forEach((variable, index) => {
    const path = variable.path.toLowerCase()
    const label = normalize(variable.label[language])
    let rank: number
    if (path.startsWith(wanted)) rank = 0
    else if (path.split(".").some((segment) => segment.startsWith(wanted))) rank = 1
    else if (path.includes(wanted) || label.includes(wanted)) rank = 2
    else return
    scored.push({ variable, rank, index })
  })
  return scored.sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ variable }) => variable)
}

/** Completes the variable being typed: `{{ ord|` becomes `{{ order.id }}|`. */
export function completeVariable(
  text: string,
  cursor: number,
  at: VariableQuery,
  path: string,
): TextEdit {
  const after = text.slice(cursor)
  // Swallow the rest of a name typed after the cursor, and closing braces already there.
  const replaced = (/^[\w.]*\s*\}\}/.exec(after) ?? /^[\w.]*/.exec(after))?.[0] ?? ""
  const end = cursor + replaced.length
  const snippet = `${path} }}`
  return {
    text: text.slice(0, at.start) + snippet + text.slice(end),
    cursor: at.start + snippet.length,
  }
}
