import { t } from "~ui/i18n"

export type PromptPreview = { system: string; user: string } | { error: string }

/** Exactly what a draft would send to the provider, shown as text over the sidebar. */
export function DraftPromptPreview({
  preview,
  onClose,
}: {
  preview: PromptPreview
  onClose: () => void
}) {
  return (
    <div
      className="absolute inset-0 z-20 flex flex-col bg-white"
      role="dialog"
      aria-label={t("aiWhatWillBeSent")}
      data-testid="ai-prompt-preview"
    >
      <div className="flex items-center gap-2 border-b border-slate-200 bg-slate-100 px-3 py-2">
        <span className="flex-1 text-[13px] font-semibold">{t("aiWhatWillBeSent")}</span>
        <button
          type="button"
          className="rounded px-2 py-0.5 text-slate-700 hover:bg-slate-200"
          onClick={onClose}
          data-testid="ai-prompt-close"
        >
          {t("aiClose")}
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-3 text-[12px]">
        {"error" in preview ? (
          <p className="rounded-md bg-red-50 p-2 text-red-800" role="alert">
            {preview.error}
          </p>
        ) : (
          <>
            <p className="mb-2 text-slate-600">{t("aiWhatWillBeSentHint")}</p>
            {(["system", "user"] as const).map((part) => (
              <section key={part} className="mb-3">
                <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500">
                  {t(part === "system" ? "aiPromptSystem" : "aiPromptUser")}
                </h3>
                <pre
                  className="whitespace-pre-wrap break-words rounded-md bg-slate-50 p-2 font-mono text-[11px] text-slate-900 ring-1 ring-slate-200"
                  data-testid={`ai-prompt-${part}`}
                >
                  {preview[part]}
                </pre>
              </section>
            ))}
          </>
        )}
      </div>
    </div>
  )
}
