/** Helpers the rules share: sources, findings built from normalised matches, regex pieces. */
import type { Site } from "~context/schema"
import type { Prepared } from "./normalize"
import type { Finding, Severity } from "./types"

export const SOURCES = {
  amazon: "Amazon Communication Guidelines (Buyer-Seller Messaging)",
  ebay: "eBay member-to-member messages policy",
  ebayFeedback: "eBay feedback policy (feedback manipulation and extortion)",
  facts: "Order facts shown on this page",
  template: "Reply template variables (unfilled placeholders)",
} as const

export function sourceFor(site: Site): string {
  return site === "amazon" ? SOURCES.amazon : SOURCES.ebay
}

export type Message = { en: string; es: string }

/** A finding for a span of the normalised text, reported at its original offsets. */
export function findingAt(
  prepared: Prepared,
  start: number,
  end: number,
  fields: { rule: string; severity: Severity; message: Message; source: string; fix?: string },
): Finding {
  const span = prepared.span(start, end)
  const finding: Finding = {
    rule: fields.rule,
    severity: fields.severity,
    start: span.start,
    end: span.end,
    message: fields.message,
    source: fields.source,
  }
  if (fields.fix !== undefined) finding.fix = fields.fix
  return finding
}

/** Up to `max` words in between, lazily: "pay me directly", "Bewertung bitte löschen". */
export function gap(max: number): string {
  return `(?:[^\\s.!?]+\\s+){0,${max}}?`
}

/**
 * Whether the sentence around an offset matches a pattern, tested once per sentence: a sentence
 * with many triggers (a 20,000-character run-on text) must not be rescanned for each.
 */
export function sentenceTester(prepared: Prepared, pattern: RegExp): (index: number) => boolean {
  const single =
    pattern.global || pattern.sticky
      ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""))
      : pattern
  const cache = new Map<number, boolean>()
  return (index) => {
    const { start, end } = prepared.sentence(index)
    let result = cache.get(start)
    if (result === undefined) {
      result = single.test(prepared.text.slice(start, end))
      cache.set(start, result)
    }
    return result
  }
}
