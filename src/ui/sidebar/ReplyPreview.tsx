import type { Suggestion } from "~messaging/contracts"
import { t } from "~ui/i18n"

/** The filled reply, exactly as it would be inserted; facts the page lacks are highlighted. */
export function ReplyPreview({ suggestion }: { suggestion: Suggestion }) {
  const { reply } = suggestion
  if (reply.error) {
    return (
      <p className="rounded-md bg-red-50 p-2 text-red-800" role="alert" data-testid="preview-error">
        {reply.error}
      </p>
    )
  }
  return (
    <div data-testid="preview">
      <div className="max-h-[24vh] overflow-y-auto whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-white p-2 text-[12.5px] leading-relaxed text-slate-900">
        {reply.segments.map((segment, index) =>
          segment.kind === "missing" ? (
            <mark
              // Segments never reorder; the index is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              className="rounded bg-amber-200 px-0.5 text-amber-950"
              data-unresolved={segment.path}
              title={t("missingFactHint")}
            >
              {segment.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <span key={index}>{segment.text}</span>
          ),
        )}
      </div>
      {reply.unresolved.length > 0 && (
        <p className="mt-1 text-[11px] text-amber-800" data-testid="unresolved-note">
          {t("unresolvedNote", String(reply.unresolved.length))}
        </p>
      )}
    </div>
  )
}
