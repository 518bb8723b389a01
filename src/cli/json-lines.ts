/**
 * The shared shape of our command-line tools: JSON lines `{"text": "..."}` on stdin, one JSON line
 * out per line in, in order (blank or broken lines answer `{"error": "..."}`, so output line N
 * always answers input line N).
 */
import { once } from "node:events"
import { createInterface } from "node:readline"
import { pathToFileURL } from "node:url"

export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error)

/** The `text` of one input line (1-based `lineNumber`, for messages), or why there is none. */
export function parseTextLine(
  line: string,
  lineNumber: number,
): { text: string } | { error: string } {
  const at = `line ${lineNumber}`
  const source = line.replace(/^\uFEFF/, "")
  if (source.trim() === "") return { error: `${at}: empty line; expected {"text": "..."}` }
  let parsed: unknown
  try {
    parsed = JSON.parse(source)
  } catch (error) {
    return { error: `${at}: not valid JSON (${messageOf(error)})` }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { error: `${at}: expected a JSON object like {"text": "..."}` }
  }
  const text = (parsed as { text?: unknown }).text
  if (typeof text !== "string") {
    return {
      error: `${at}: ${text === undefined ? "missing" : "non-string"} "text"; expected {"text": "..."}`,
    }
  }
  return { text }
}

/** Answers every stdin line with `answer(line, lineNumber)` as one JSON line on stdout. */
export async function answerStdinLines(
  answer: (line: string, lineNumber: number) => unknown | Promise<unknown>,
): Promise<void> {
  // A reader that stops early (| head) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0)
    throw error
  })
  let lineNumber = 0
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++
    const output = `${JSON.stringify(await answer(line, lineNumber))}\n`
    if (!process.stdout.write(output)) await once(process.stdout, "drain")
  }
}

/** Runs `main` when `moduleUrl` is the program (not when a test imports it); sets the exit code. */
export function runAsProgram(moduleUrl: string, name: string, main: () => Promise<number>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`${name}: ${messageOf(error)}\n`)
      process.exitCode = 1
    },
  )
}
