/** Helpers for the rules' unit tests: what a rule flags in a text, as text slices. */
import type { PageContext, Site } from "~context/schema"
import type { Finding, PolicyRule } from "./types"

/** The rule's block/warn findings (info findings are not complaints). */
export function complaints(
  rule: PolicyRule,
  text: string,
  marketplace: Site = "amazon",
  context?: PageContext,
): Finding[] {
  return rule.check({ text, marketplace, context }).filter((finding) => finding.severity !== "info")
}

/** The flagged parts of the text. */
export function flaggedText(
  rule: PolicyRule,
  text: string,
  marketplace: Site = "amazon",
  context?: PageContext,
): string[] {
  return complaints(rule, text, marketplace, context).map((finding) =>
    text.slice(finding.start, finding.end),
  )
}

/** Every finding is well formed: an exact span, both languages, a source. */
export function expectWellFormed(findings: readonly Finding[], text: string): void {
  for (const finding of findings) {
    if (!(finding.start >= 0 && finding.end <= text.length && finding.start < finding.end)) {
      throw new Error(`bad span ${finding.start}-${finding.end} for ${finding.rule}`)
    }
    if (!finding.message.en || !finding.message.es || !finding.source) {
      throw new Error(`incomplete finding for ${finding.rule}`)
    }
  }
}
