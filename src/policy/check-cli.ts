/**
 * The audit command: checks texts against a marketplace's messaging rules.
 *
 *   printf '{"text":"mail me at a@b.com"}\n' | npm run --silent check -- --marketplace amazon
 *
 * Reads JSON lines `{"text": "..."}` on stdin and writes one JSON line per input line, in order:
 * `{"findings": [{"rule", "severity", "start", "end"}]}`, or `{"error": "..."}` for a line that
 * is not a JSON object with a string `text` (blank lines included, so output line N always
 * answers input line N). Exit code 0, or 2 when `--marketplace` is missing or invalid.
 *
 * The logic is in the pure `parseArgs` and `checkLine(s)`; the bottom of the file only wires
 * stdin and stdout (`~cli/json-lines`).
 */
import { answerStdinLines, messageOf, parseTextLine, runAsProgram } from "~cli/json-lines"
import { SITES, type Site } from "~context/schema"
import { lint } from "./lint"
import type { Finding, LintInput, Severity } from "./types"

export const USAGE = `usage: npm run --silent check -- --marketplace ${SITES.join("|")}
Reads JSON lines {"text": "..."} on stdin; writes one JSON line per input line:
{"findings": [{"rule", "severity", "start", "end"}]} or {"error": "..."}.
`

export type ParsedArgs = { marketplace: Site } | { help: true } | { error: string }

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let marketplace: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === "--help" || arg === "-h") return { help: true }
    if (arg === "--marketplace" || arg.startsWith("--marketplace=")) {
      const value = arg === "--marketplace" ? argv[++i] : arg.slice("--marketplace=".length)
      if (value === undefined || value === "" || value.startsWith("--")) {
        return { error: `--marketplace needs a value (${SITES.join(" or ")})` }
      }
      marketplace = value
      continue
    }
    return { error: `unknown argument "${arg}"` }
  }
  if (marketplace === undefined) return { error: "--marketplace is required" }
  if (!(SITES as readonly string[]).includes(marketplace)) {
    return {
      error: `unknown marketplace "${marketplace}" (expected ${SITES.join(" or ")})`,
    }
  }
  return { marketplace: marketplace as Site }
}

export interface FindingSpan {
  rule: string
  severity: Severity
  start: number
  end: number
}
export type CheckOutput = { findings: FindingSpan[] } | { error: string }
export type LintFn = (input: LintInput) => Finding[]

/** One input line (1-based `lineNumber`, for messages) to its output object. */
export function checkLine(
  line: string,
  marketplace: Site,
  lineNumber: number,
  check: LintFn = lint,
): CheckOutput {
  const parsed = parseTextLine(line, lineNumber)
  if ("error" in parsed) return parsed
  const { text } = parsed
  try {
    const findings = check({ text, marketplace })
    return {
      findings: findings.map(({ rule, severity, start, end }) => ({ rule, severity, start, end })),
    }
  } catch (error) {
    return { error: `line ${lineNumber}: the check failed (${messageOf(error)})` }
  }
}

/** Every input line to its output object, in order. */
export function checkLines(
  lines: Iterable<string>,
  marketplace: Site,
  check: LintFn = lint,
): CheckOutput[] {
  return Array.from(lines, (line, index) => checkLine(line, marketplace, index + 1, check))
}

// ---------------------------------------------------------------------------------------------
// Wiring

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  if ("help" in args) {
    process.stdout.write(USAGE)
    return 0
  }
  if ("error" in args) {
    process.stderr.write(`check: ${args.error}\n${USAGE}`)
    return 2
  }
  await answerStdinLines((line, lineNumber) => checkLine(line, args.marketplace, lineNumber))
  return 0
}

runAsProgram(import.meta.url, "check", main)
