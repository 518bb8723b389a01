/** Small pieces shared by the pack and backup sections. */
import { t } from "~ui/i18n"
import { buttonClass } from "./files"

export function ErrorNote({ error, testId }: { error?: string; testId?: string }) {
  if (!error) return null
  return (
    <p role="alert" className="break-words text-red-700" data-testid={testId}>
      {error}
    </p>
  )
}

/** Leaving a pack: keep its templates as the agent's own, remove them, or think again. */
export function KeepCopiesQuestion({
  onAnswer,
  onCancel,
}: {
  onAnswer: (keepCopies: boolean) => void
  onCancel: () => void
}) {
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="pack-keep-copies-question">
      <span>{t("pack_keepCopiesQuestion")}</span>
      <button
        type="button"
        className={buttonClass}
        onClick={() => onAnswer(true)}
        data-testid="pack-keep-copies"
      >
        {t("pack_keepCopies")}
      </button>
      <button
        type="button"
        className={buttonClass}
        onClick={() => onAnswer(false)}
        data-testid="pack-remove-copies"
      >
        {t("pack_removeCopies")}
      </button>
      <button type="button" className={buttonClass} onClick={onCancel}>
        {t("pack_cancel")}
      </button>
    </div>
  )
}
