/**
 * More than two consecutive line breaks (blank lines stacked): Amazon's style rules allow at most
 * two. The fix collapses the run to one blank line, keeping the text's own line ending.
 */
import { SOURCES } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const LINE_BREAKS_RULE_ID = "line-breaks"

const RUN = /(?:\r\n|\r|\n)(?:[ \t\u00A0]*(?:\r\n|\r|\n)){2,}/g

export const lineBreaksRule: PolicyRule = {
  id: LINE_BREAKS_RULE_ID,
  marketplaces: ["amazon"],
  check(input) {
    const findings: Finding[] = []
    RUN.lastIndex = 0
    for (const match of input.text.matchAll(RUN)) {
      const newline = match[0].startsWith("\r\n") ? "\r\n" : match[0][0]
      findings.push({
        rule: LINE_BREAKS_RULE_ID,
        severity: "warn",
        start: match.index,
        end: match.index + match[0].length,
        message: {
          en: "More than two consecutive line breaks: Amazon allows at most two.",
          es: "Más de dos saltos de línea seguidos: Amazon permite como máximo dos.",
        },
        source: SOURCES.amazon,
        fix: newline + newline,
      })
    }
    return findings
  },
}
