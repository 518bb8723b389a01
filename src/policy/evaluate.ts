/**
 * Precision and recall of the rules on a labelled corpus (tests/fixtures/policy/corpus.jsonl).
 *
 * A sentence is a true positive for a rule when the rule has a block or warn finding on it and
 * the label lists the rule; a false positive when it has one and the label does not list it; a
 * false negative when the label lists it and it has none. Info findings never count. Overall
 * figures add up every (sentence, rule) pair; `sentences` asks only "flagged at all?".
 */
import { SITES, type Site } from "~context/schema"
import { lint } from "./lint"
import type { Finding } from "./types"

export interface CorpusEntry {
  text: string
  marketplace: Site
  language: string
  /** Rule ids the sentence breaks on its marketplace; empty when it is compliant. */
  violations: string[]
}

export interface Score {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  /** 1 when nothing was flagged. */
  precision: number
  /** 1 when nothing was expected. */
  recall: number
}

export interface Miss {
  entry: CorpusEntry
  /** Rules flagged (block or warn) that the label does not list. */
  unexpected: string[]
  /** Rules the label lists that were not flagged. */
  missed: string[]
  findings: Finding[]
}

export interface Evaluation {
  overall: Score
  perRule: Record<string, Score>
  /** Compliant vs violating, per sentence. */
  sentences: Score
  misses: Miss[]
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const flagged = truePositives + falsePositives
  const expected = truePositives + falseNegatives
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: flagged === 0 ? 1 : truePositives / flagged,
    recall: expected === 0 ? 1 : truePositives / expected,
  }
}

/** Parses JSON lines into corpus entries, rejecting malformed lines with their line number. */
export function parseCorpus(jsonl: string): CorpusEntry[] {
  const entries: CorpusEntry[] = []
  jsonl.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return
    const entry = JSON.parse(line) as Partial<CorpusEntry>
    const valid =
      typeof entry.text === "string" &&
      SITES.includes(entry.marketplace as Site) &&
      typeof entry.language === "string" &&
      Array.isArray(entry.violations) &&
      entry.violations.every((rule) => typeof rule === "string")
    if (!valid) throw new Error(`corpus line ${index + 1}: not a corpus entry`)
    entries.push(entry as CorpusEntry)
  })
  return entries
}

export function evaluateCorpus(entries: readonly CorpusEntry[]): Evaluation {
  const counts = new Map<string, [number, number, number]>()
  const count = (rule: string, slot: 0 | 1 | 2) => {
    const row = counts.get(rule) ?? [0, 0, 0]
    row[slot]++
    counts.set(rule, row)
  }
  const sentence: [number, number, number] = [0, 0, 0]
  const misses: Miss[] = []
  for (const entry of entries) {
    const findings = lint({ text: entry.text, marketplace: entry.marketplace })
    const flagged = new Set(findings.filter((f) => f.severity !== "info").map((f) => f.rule))
    const expected = new Set(entry.violations)
    for (const rule of expected) count(rule, flagged.has(rule) ? 0 : 2)
    for (const rule of flagged) if (!expected.has(rule)) count(rule, 1)
    if (flagged.size > 0 && expected.size > 0) sentence[0]++
    else if (flagged.size > 0) sentence[1]++
    else if (expected.size > 0) sentence[2]++
    const unexpected = [...flagged].filter((rule) => !expected.has(rule))
    const missed = [...expected].filter((rule) => !flagged.has(rule))
    if (unexpected.length > 0 || missed.length > 0)
      misses.push({ entry, unexpected, missed, findings })
  }
  const perRule: Record<string, Score> = {}
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [rule, [truePositives, falsePositives, falseNegatives]] of [...counts].sort()) {
    perRule[rule] = score(truePositives, falsePositives, falseNegatives)
    tp += truePositives
    fp += falsePositives
    fn += falseNegatives
  }
  return { overall: score(tp, fp, fn), perRule, sentences: score(...sentence), misses }
}
