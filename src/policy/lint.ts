/**
 * Checks a reply against the marketplace's messaging rules: every rule for the input's
 * marketplace, on one shared normalisation of the text. Pure, DOM-free, fast enough to run on
 * every keystroke (a few milliseconds for a long reply).
 */
import { prepare } from "./normalize"
import { buyerCancelRule } from "./rules/buyer-cancel"
import { emailAddressesRule } from "./rules/email-addresses"
import { emojiRule } from "./rules/emoji"
import { factMismatchRule } from "./rules/fact-mismatch"
import { lineBreaksRule } from "./rules/line-breaks"
import { linksRule } from "./rules/links"
import { marketingRule } from "./rules/marketing"
import { offPlatformRule } from "./rules/off-platform"
import { optOutRule } from "./rules/opt-out"
import { otherBuyersRule } from "./rules/other-buyers"
import { phoneNumbersRule } from "./rules/phone-numbers"
import { placeholdersRule } from "./rules/placeholders"
import { reviewManipulationRule } from "./rules/review-manipulation"
import type { Finding, LintInput, PolicyRule } from "./types"

export const RULES: PolicyRule[] = [
  linksRule,
  emailAddressesRule,
  phoneNumbersRule,
  offPlatformRule,
  reviewManipulationRule,
  marketingRule,
  emojiRule,
  lineBreaksRule,
  buyerCancelRule,
  optOutRule,
  placeholdersRule,
  otherBuyersRule,
  factMismatchRule,
]

const SEVERITY_RANK = { info: 0, warn: 1, block: 2 } as const

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id)

/** The rules that apply on a marketplace. */
export function rulesFor(marketplace: LintInput["marketplace"]): PolicyRule[] {
  return RULES.filter((rule) => rule.marketplaces.includes(marketplace))
}

/**
 * Every finding for the text, sorted by start (then end, then rule). Findings of different rules
 * on overlapping spans are all kept; one rule reporting the same span twice is reported once (at its highest severity).
 */
export function lint(input: LintInput): Finding[] {
  if (input.text.length === 0) return []
  // Normalise once: the rules' own `prepare(input.text)` calls get this same object.
  prepare(input.text)
  const byKey = new Map<string, Finding>()
  for (const rule of rulesFor(input.marketplace)) {
    for (const finding of rule.check(input)) {
      const key = `${finding.rule}:${finding.start}:${finding.end}`
      const previous = byKey.get(key)
      if (!previous || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[previous.severity]) {
        byKey.set(key, finding)
      }
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule),
  )
}
