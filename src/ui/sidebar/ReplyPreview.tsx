import { useEffect, useRef } from "react"
import type { FindingMessage } from "~messaging/contracts"
import { inUiLanguage, t } from "~ui/i18n"
import { highlightPieces, type Mark, missingMarks } from "./highlight"

export interface ReplyDraft {
  text: string
  segments: ({ kind: "text"; text: string } | { kind: "missing"; text: string; path: string })[]
  unresolved: string[]
  findings: FindingMessage[]
}

const MARK_STYLE = {
  missing: "bg-amber-200 text-amber-950",
  block: "bg-red-200 text-red-950 underline decoration-red-600 decoration-wavy",
  warn: "bg-amber-100 text-amber-950 underline decoration-amber-500 decoration-wavy",
  info: "bg-sky-100",
} as const

/** The reply exactly as it would be inserted, with missing facts and rule findings marked. */
export function ReplyPreview({ draft }: { draft: ReplyDraft }) {
  const boxRef = useRef<HTMLDivElement>(null)
  // Bring the first problem into view: it is often in the signature, below the fold.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again for each new draft.
  useEffect(() => {
    const box = boxRef.current
    const first = box?.querySelector<HTMLElement>("[data-mark='block'], [data-mark='warn']")
    if (box && first) box.scrollTop = Math.max(0, first.offsetTop - 24)
  }, [draft])
  const marks: Mark[] = [
    ...missingMarks(draft.segments, t("missingFactHint")),
    ...draft.findings.map((finding) => ({
      start: finding.start,
      end: finding.end,
      kind: finding.severity,
      title: inUiLanguage(finding.message),
      id: finding.rule,
    })),
  ]
  return (
    <div data-testid="preview">
      <div
        ref={boxRef}
        className="relative max-h-[20vh] overflow-y-auto whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-white p-2 text-[12.5px] leading-relaxed text-slate-900"
      >
        {highlightPieces(draft.text, marks).map((piece, index) =>
          piece.mark ? (
            <mark
              // Pieces never reorder; the index is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              className={`rounded px-0.5 ${MARK_STYLE[piece.mark.kind]}`}
              data-mark={piece.mark.kind}
              data-unresolved={piece.mark.kind === "missing" ? piece.mark.id : undefined}
              data-rule={piece.mark.kind === "missing" ? undefined : piece.mark.id}
              title={piece.mark.title}
            >
              {piece.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <span key={index}>{piece.text}</span>
          ),
        )}
      </div>
      {draft.unresolved.length > 0 && (
        <p className="mt-1 text-[11px] text-amber-800" data-testid="unresolved-note">
          {t("unresolvedNote", String(draft.unresolved.length))}
        </p>
      )}
    </div>
  )
}
