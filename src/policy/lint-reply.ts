import type { RenderedReply } from "~templates/render"
import { lint } from "./lint"
import { PLACEHOLDERS_RULE_ID } from "./rules/placeholders"
import type { Finding, LintInput } from "./types"

/**
 * Checks a reply rendered from a template. Placeholders the renderer left for missing facts are
 * already shown (and confirmed) as missing facts, so the placeholder rule does not report them
 * twice; anything else it finds (a placeholder typed into the template by hand) stays.
 */
export function lintRenderedReply(reply: RenderedReply, input: Omit<LintInput, "text">): Finding[] {
  if (reply.error) return []
  const missing: [number, number][] = []
  let offset = 0
  for (const segment of reply.segments) {
    if (segment.kind === "missing") missing.push([offset, offset + segment.text.length])
    offset += segment.text.length
  }
  return lint({ ...input, text: reply.text }).filter(
    (finding) =>
      finding.rule !== PLACEHOLDERS_RULE_ID ||
      !missing.some(([start, end]) => finding.start >= start && finding.end <= end),
  )
}
