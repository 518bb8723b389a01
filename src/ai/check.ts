/**
 * Everything checked on an AI reply before the agent inserts it: the marketplace's policy rules,
 * the grounding check and the AI guards, as one list of findings; and the final draft result.
 */
import type { PageContext } from "~context/schema"
import { lint } from "~policy/lint"
import { FACT_MISMATCH_RULE_ID } from "~policy/rules/fact-mismatch"
import type { Finding } from "~policy/types"
import { groundReply, verifiedFactsUsed } from "./grounding"
import { leakFindings, needsHumanFromContext, promiseFindings } from "./guards"
import type { ModelOutput } from "./output"
import { type Prompt, unmark } from "./prompt"
import type { Allow, DraftResult } from "./protocol"

export interface ReplyCheckInput {
  reply: string
  context: PageContext
  allow: Allow
  /** The prompt the reply answers, to catch its instructions leaking into the reply. */
  prompt?: Pick<Prompt, "system" | "spotlight">
}

/** Policy, grounding and guard findings, sorted by position. */
export function checkReply({ reply, context, allow, prompt }: ReplyCheckInput): Finding[] {
  const grounding = groundReply(reply, context)
  const findings = [
    // The grounding check supersedes the policy's fact check (same facts, also without an order).
    ...lint({ text: reply, marketplace: context.marketplace.site, context }).filter(
      (finding) => finding.rule !== FACT_MISMATCH_RULE_ID,
    ),
    ...grounding.findings,
    ...promiseFindings(reply, allow),
    ...(prompt ? leakFindings(reply, prompt.system, prompt.spotlight.tag) : []),
  ]
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule))
}

export interface FinishInput {
  context: PageContext
  allow: Allow
  prompt: Pick<Prompt, "system" | "spotlight">
  replyLanguage?: string
}

/** The draft result the sidebar receives: the model's answer checked and its claims verified. */
export function finishDraft(output: ModelOutput, input: FinishInput): DraftResult {
  const { context, allow, prompt } = input
  const reply = unmark(output.reply, prompt.spotlight).trim()
  const grounding = groundReply(reply, context)
  const needsHuman = output.needsHuman.required
    ? output.needsHuman
    : (needsHumanFromContext(context) ?? output.needsHuman)
  return {
    reply,
    factsUsed: verifiedFactsUsed(output.factsUsed, grounding.supported, context),
    missingInfo: output.missingInfo,
    needsHuman,
    findings: checkReply({ reply, context, allow, prompt }),
    language:
      output.language ??
      input.replyLanguage ??
      context.marketplace.locale?.slice(0, 2).toLowerCase() ??
      "en",
  }
}
