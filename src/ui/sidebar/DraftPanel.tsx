import { t } from "~ui/i18n"
import { type AiDraftState, useCountdown } from "./useAiDraft"

interface Props {
  state: AiDraftState
  onCancel: () => void
  onRegenerate: () => void
  onDiscard: () => void
}

const SMALL_BUTTON =
  "shrink-0 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-[11.5px] text-slate-700 hover:bg-slate-50"

/** Where the AI draft stands: writing, waiting, stopped or done, and what it is built on. */
export function DraftPanel({ state, onCancel, onRegenerate, onDiscard }: Props) {
  const secondsLeft = useCountdown(state.retryAt)
  const live = state.phase === "streaming" || state.phase === "waiting"
  const result = state.phase === "done" ? state.result : undefined
  return (
    <section className="flex flex-col gap-1.5" aria-label={t("aiDraftHeading")}>
      <div className="flex items-center gap-1.5 text-[12px]">
        <span
          className="min-w-0 flex-1"
          role="status"
          data-testid="ai-phase"
          data-phase={state.phase}
        >
          {state.phase === "streaming" && (
            <span className="text-indigo-700">
              {state.task?.kind === "rewrite" ? t("aiRewriting") : t("aiWriting")}
            </span>
          )}
          {state.phase === "waiting" && (
            <span className="text-amber-800" data-testid="ai-waiting">
              {t("aiWaitingRateLimit", String(secondsLeft ?? 0))}
            </span>
          )}
          {state.phase === "done" && <span className="text-slate-600">{t("aiDraftDoneHint")}</span>}
        </span>
        {live ? (
          <button type="button" className={SMALL_BUTTON} onClick={onCancel} data-testid="ai-cancel">
            {t("aiCancel")}
          </button>
        ) : (
          <>
            <button
              type="button"
              className={SMALL_BUTTON}
              onClick={onRegenerate}
              data-testid="ai-regenerate"
            >
              ↻ {t("aiRegenerate")}
            </button>
            <button
              type="button"
              className={SMALL_BUTTON}
              onClick={onDiscard}
              title={t("aiDiscardHint")}
              data-testid="ai-discard"
            >
              ✕
            </button>
          </>
        )}
      </div>

      {state.phase === "error" && state.error && (
        <p
          className={`rounded-md p-2 text-[12px] ${state.error.code === "cancelled" ? "bg-slate-100 text-slate-700" : "bg-red-50 text-red-800"}`}
          role="alert"
          data-testid="ai-error"
          data-code={state.error.code}
          // The worker's own words, for the curious and for bug reports.
          title={state.error.message}
        >
          {t(`aiError_${state.error.code}`)}
          {state.text && ` ${t("aiPartialKept")}`}
        </p>
      )}

      {result?.needsHuman.required && (
        <p
          className="rounded-md bg-red-600 p-2 text-[12px] font-medium text-white"
          role="alert"
          data-testid="ai-needs-human"
        >
          ⚠ {t(`aiNeedsHuman_${result.needsHuman.reason ?? "other"}`)}
          {result.needsHuman.note && (
            <span className="mt-0.5 block font-normal">{result.needsHuman.note}</span>
          )}
        </p>
      )}

      {result && (result.factsUsed.length > 0 || result.missingInfo.length > 0) && (
        <details open className="text-[11.5px]" data-testid="ai-grounding">
          <summary className="cursor-pointer select-none text-slate-600">
            {t("aiFactsSummary", [
              String(result.factsUsed.length),
              String(result.missingInfo.length),
            ])}
          </summary>
          {result.factsUsed.length > 0 && (
            <dl
              className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5"
              data-testid="ai-facts-used"
            >
              {result.factsUsed.map((fact) => (
                <div key={`${fact.field}:${fact.value}`} className="contents">
                  <dt className="whitespace-nowrap font-mono text-[10.5px] text-slate-500">
                    {fact.field}
                  </dt>
                  <dd className="min-w-0 break-words text-slate-900">{fact.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {result.missingInfo.length > 0 && (
            <div className="mt-1 text-amber-900" data-testid="ai-missing-info">
              <span className="font-medium">{t("aiMissingInfo")}: </span>
              {result.missingInfo.join(", ")}
            </div>
          )}
        </details>
      )}
    </section>
  )
}
