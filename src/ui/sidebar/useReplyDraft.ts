import { useCallback, useState } from "react"
import type { PageContext } from "~context/schema"
import { callBackground } from "~messaging/client"
import type { FindingMessage, Suggestion } from "~messaging/contracts"
import type { ReplyDraft } from "./ReplyPreview"

function draftOf(suggestion: Suggestion): ReplyDraft {
  return {
    text: suggestion.reply.text,
    segments: suggestion.reply.segments,
    unresolved: suggestion.reply.unresolved,
    findings: suggestion.findings,
  }
}

/**
 * The reply the agent is about to insert: the selected suggestion, or that suggestion with the
 * rule fixes the agent applied (checked again after each fix).
 */
export function useReplyDraft(
  suggestion: Suggestion | undefined,
  context: PageContext | undefined,
) {
  const [edited, setEdited] = useState<{ templateId: string; draft: ReplyDraft }>()
  const draft =
    suggestion &&
    (edited?.templateId === suggestion.templateId ? edited.draft : draftOf(suggestion))

  const applyFix = useCallback(
    async (finding: FindingMessage) => {
      if (!suggestion || !draft || finding.fix === undefined) return
      const text = draft.text.slice(0, finding.start) + finding.fix + draft.text.slice(finding.end)
      const { findings } = await callBackground("check-reply", { text, context })
      const placeholders = draft.segments.flatMap((segment) =>
        segment.kind === "missing" ? [[segment.path, segment.text] as const] : [],
      )
      setEdited({
        templateId: suggestion.templateId,
        draft: {
          text,
          segments: [{ kind: "text", text }],
          unresolved: placeholders
            .filter(([, placeholder]) => text.includes(placeholder))
            .map(([path]) => path),
          findings,
        },
      })
    },
    [suggestion, draft, context],
  )

  return { draft, applyFix }
}

/** Findings that should stop an insert until the agent confirms. */
export function blockingFindings(draft: ReplyDraft): FindingMessage[] {
  return draft.findings.filter((finding) => finding.severity === "block")
}
