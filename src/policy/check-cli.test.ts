import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { type CheckOutput, checkLine, checkLines, type LintFn, parseArgs } from "./check-cli"
import type { Finding, LintInput } from "./types"

const ROOT = join(__dirname, "..", "..")

/** A stand-in rule: flags every "@" and remembers what it was asked. */
function fakeLint() {
  const calls: LintInput[] = []
  const lint: LintFn = (input) => {
    calls.push(input)
    return [...input.text.matchAll(/@/g)].map(
      (match): Finding => ({
        rule: "fake-at",
        severity: "block",
        start: match.index,
        end: match.index + 1,
        message: { en: "at", es: "arroba" },
        source: "test",
        fix: "(at)",
      }),
    )
  }
  return { lint, calls }
}

const errorOf = (output: CheckOutput) => ("error" in output ? output.error : undefined)

describe("parseArgs", () => {
  it("reads the marketplace in both spellings", () => {
    expect(parseArgs(["--marketplace", "amazon"])).toEqual({ marketplace: "amazon" })
    expect(parseArgs(["--marketplace=ebay"])).toEqual({ marketplace: "ebay" })
  })

  it("requires a known marketplace", () => {
    expect(parseArgs([])).toEqual({ error: "--marketplace is required" })
    expect(parseArgs(["--marketplace"])).toHaveProperty("error")
    expect(parseArgs(["--marketplace", "--help"])).toHaveProperty("error")
    expect(parseArgs(["--marketplace", "etsy"])).toEqual({
      error: 'unknown marketplace "etsy" (expected amazon or ebay)',
    })
    expect(parseArgs(["--marketplace", "Amazon"])).toHaveProperty("error")
  })

  it("rejects arguments it does not know", () => {
    expect(parseArgs(["--marketplace", "amazon", "--strict"])).toEqual({
      error: 'unknown argument "--strict"',
    })
  })

  it("answers --help", () => {
    expect(parseArgs(["--help"])).toEqual({ help: true })
  })
})

describe("checkLines", () => {
  it("gives each text's findings as rule, severity and span only", () => {
    const { lint, calls } = fakeLint()
    expect(checkLines(['{"text":"mail a@b.com"}', '{"text":"fine"}'], "amazon", lint)).toEqual([
      { findings: [{ rule: "fake-at", severity: "block", start: 6, end: 7 }] },
      { findings: [] },
    ])
    expect(calls).toEqual([
      { text: "mail a@b.com", marketplace: "amazon" },
      { text: "fine", marketplace: "amazon" },
    ])
  })

  it("passes the marketplace to the rules", () => {
    const { lint, calls } = fakeLint()
    checkLines(['{"text":"x"}'], "ebay", lint)
    expect(calls[0].marketplace).toBe("ebay")
  })

  it("answers a bad line with an error and goes on", () => {
    const { lint } = fakeLint()
    const outputs = checkLines(
      [
        "not json",
        '{"text": 42}',
        '{"body": "x"}',
        '["text"]',
        '"text"',
        "null",
        "",
        "   ",
        '{"text":"a@b"}',
      ],
      "amazon",
      lint,
    )
    expect(outputs).toHaveLength(9)
    expect(errorOf(outputs[0])).toMatch(/^line 1: not valid JSON \(.+\)$/)
    expect(errorOf(outputs[1])).toBe('line 2: non-string "text"; expected {"text": "..."}')
    expect(errorOf(outputs[2])).toBe('line 3: missing "text"; expected {"text": "..."}')
    for (const index of [3, 4, 5]) {
      expect(errorOf(outputs[index])).toBe(
        `line ${index + 1}: expected a JSON object like {"text": "..."}`,
      )
    }
    expect(errorOf(outputs[6])).toBe('line 7: empty line; expected {"text": "..."}')
    expect(errorOf(outputs[7])).toMatch(/^line 8: empty line/)
    expect(outputs[8]).toEqual({
      findings: [{ rule: "fake-at", severity: "block", start: 1, end: 2 }],
    })
  })

  it("checks an empty text, keeps other fields out, and reads a BOM and CRLF", () => {
    const { lint, calls } = fakeLint()
    expect(checkLine('{"text":"","id":7}', "amazon", 1, lint)).toEqual({ findings: [] })
    expect(checkLine('\uFEFF{"text":"a@b"}\r', "amazon", 1, lint)).toEqual({
      findings: [{ rule: "fake-at", severity: "block", start: 1, end: 2 }],
    })
    expect(calls.map((call) => call.text)).toEqual(["", "a@b"])
  })

  it("turns a rule that throws into an error for that line only", () => {
    const throwing: LintFn = (input) => {
      if (input.text === "boom") throw new Error("rule crashed")
      return []
    }
    expect(checkLines(['{"text":"boom"}', '{"text":"ok"}'], "amazon", throwing)).toEqual([
      { error: "line 1: the check failed (rule crashed)" },
      { findings: [] },
    ])
  })

  it("uses the real rules by default", () => {
    const [output] = checkLines(['{"text":"mail me at a@b.com"}'], "amazon")
    expect(output).toHaveProperty("findings")
    const findings = "findings" in output ? output.findings : []
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual(["end", "rule", "severity", "start"])
    }
    expect(findings.some((f) => f.start <= 11 && f.end >= 18)).toBe(true)
  })
})

describe("the check command", () => {
  const run = (args: string[], input = "") =>
    spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["src/policy/check-cli.ts", ...args], {
      cwd: ROOT,
      input,
      encoding: "utf8",
    })

  it("writes one JSON line per input line and exits 0", () => {
    const result = run(["--marketplace", "amazon"], '{"text":"mail me at a@b.com"}\nnot json\n')
    expect(result.status).toBe(0)
    const lines = result.stdout.trimEnd().split("\n")
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[0]).findings.length).toBeGreaterThan(0)
    expect(JSON.parse(lines[1]).error).toMatch(/^line 2: not valid JSON/)
  }, 20_000)

  it("exits 2 with the usage on stderr without a valid marketplace", () => {
    for (const args of [[], ["--marketplace", "etsy"]]) {
      const result = run(args, '{"text":"x"}\n')
      expect(result.status).toBe(2)
      expect(result.stdout).toBe("")
      expect(result.stderr).toMatch(/^check: .*\nusage: npm run --silent check -- --marketplace/)
    }
  }, 20_000)
})
