import { t } from "~ui/i18n"

export type SaveStatus = { kind: "saved" | "error"; text: string }

/** A form's submit button and what became of the last save. */
export function SaveRow({
  label,
  status,
  testId,
}: {
  label: string
  status?: SaveStatus
  testId: string
}) {
  return (
    <div className="flex items-center gap-3">
      <button
        type="submit"
        className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800"
        data-testid={testId}
      >
        {t(label)}
      </button>
      {status && (
        <span
          role="status"
          className={status.kind === "error" ? "text-red-700" : "text-teal-800"}
          data-testid={`${testId}-status`}
        >
          {status.text}
        </span>
      )}
    </div>
  )
}
