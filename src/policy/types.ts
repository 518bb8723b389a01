import type { PageContext, Site } from "~context/schema"

/** block: the marketplace forbids it; warn: likely a problem; info: worth a look. */
export type Severity = "block" | "warn" | "info"

export interface Finding {
  /** The rule's id, stable (used by the `check` command and in tests). */
  rule: string
  severity: Severity
  /** The exact span in the checked text (UTF-16 offsets, end exclusive). */
  start: number
  end: number
  /** A short explanation for the agent, in English and Spanish. */
  message: { en: string; es: string }
  /** Where the rule comes from (policy page or section name). */
  source: string
  /** A safe replacement for the span, when there is one. */
  fix?: string
}

export interface LintInput {
  text: string
  marketplace: Site
  /** What the page shows: used by the fact and other-buyer checks. */
  context?: PageContext
}

export interface PolicyRule {
  id: string
  /** Marketplaces whose rules include this one. */
  marketplaces: readonly Site[]
  check(input: LintInput): Finding[]
}
