/**
 * The evaluation command: what each buyer message asks for, and its language.
 *
 *   printf '{"text":"¿dónde está mi pedido?"}\n' | npm run --silent classify
 *
 * Reads JSON lines `{"text": "..."}` on stdin and writes one JSON line per input line, in order:
 * `{"intents": [{"id", "confidence"}], "language": "xx"}` (`language` is null when the text is too
 * short to tell), or `{"error": "..."}` for a line that is not a JSON object with a string `text`.
 */
import { answerStdinLines, messageOf, parseTextLine, runAsProgram } from "~cli/json-lines"
import { readBuyerMessage } from "~suggest/classify"
import type { ScoredIntent } from "~suggest/intent-model"
import type { LanguageDetector } from "~suggest/language"
import { detectWithEld } from "~suggest/language-eld"

export const USAGE = `usage: npm run --silent classify
Reads JSON lines {"text": "..."} on stdin; writes one JSON line per input line:
{"intents": [{"id": "...", "confidence": 0.0}], "language": "xx"} or {"error": "..."}.
`

export type ClassifyOutput =
  | { intents: ScoredIntent[]; language: string | null }
  | { error: string }

export async function classifyLine(
  line: string,
  lineNumber: number,
  detectLanguage: LanguageDetector = detectWithEld,
): Promise<ClassifyOutput> {
  const parsed = parseTextLine(line, lineNumber)
  if ("error" in parsed) return parsed
  try {
    const reading = await readBuyerMessage(parsed.text, detectLanguage)
    return { intents: reading.intents, language: reading.language ?? null }
  } catch (error) {
    return { error: `line ${lineNumber}: classification failed (${messageOf(error)})` }
  }
}

async function main(): Promise<number> {
  const [argument] = process.argv.slice(2)
  if (argument === "--help" || argument === "-h") {
    process.stdout.write(USAGE)
    return 0
  }
  if (argument !== undefined) {
    process.stderr.write(`classify: unknown argument "${argument}"\n${USAGE}`)
    return 2
  }
  await answerStdinLines((line, lineNumber) => classifyLine(line, lineNumber))
  return 0
}

runAsProgram(import.meta.url, "classify", main)
