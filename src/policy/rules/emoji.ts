/**
 * Emojis and pictographs (including flags, keycaps, skin tones and ZWJ sequences): Amazon's
 * style rules exclude them. The fix removes the emoji (and the space before it when that would
 * otherwise be left dangling). ©, ® and ™ as plain text are not emojis.
 */
import { SOURCES } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const EMOJI_RULE_ID = "emoji"

const PICTO = "(?:\\p{Extended_Pictographic}|\\p{Emoji_Presentation})"
const EMOJI = new RegExp(
  `\\p{Regional_Indicator}{2}|[#*0-9]\\uFE0F?\\u20E3|${PICTO}(?:\\uFE0F|\\p{Emoji_Modifier})*(?:\\u200D${PICTO}(?:\\uFE0F|\\p{Emoji_Modifier})*)*`,
  "gu",
)
const TEXT_SYMBOLS = new Set(["©", "®", "™"])

export const emojiRule: PolicyRule = {
  id: EMOJI_RULE_ID,
  marketplaces: ["amazon"],
  check(input) {
    const text = input.text
    const findings: Finding[] = []
    // Consecutive emojis ("😊🎉") are one finding.
    const groups: Array<[number, number]> = []
    EMOJI.lastIndex = 0
    for (const match of text.matchAll(EMOJI)) {
      if (TEXT_SYMBOLS.has(match[0])) continue
      const end = match.index + match[0].length
      const last = groups[groups.length - 1]
      if (last && last[1] === match.index) last[1] = end
      else groups.push([match.index, end])
    }
    for (const [from, end] of groups) {
      let start = from
      const next = text[end]
      // "Thanks! 😊" → "Thanks!", not "Thanks! ": take the space before when nothing follows.
      if (text[start - 1] === " " && (next === undefined || next === "\n" || next === "\r")) start--
      findings.push({
        rule: EMOJI_RULE_ID,
        severity: "warn",
        start,
        end,
        message: {
          en: "Emojis are not allowed in Amazon buyer messages: remove them.",
          es: "Los emojis no están permitidos en los mensajes de Amazon: quítelos.",
        },
        source: SOURCES.amazon,
        fix: "",
      })
    }
    return findings
  },
}
