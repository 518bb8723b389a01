import { useState } from "react"
import { callBackground } from "~messaging/client"
import { t } from "~ui/i18n"
import { buttonClass, downloadText, readFileBytes } from "./files"

type Status = { kind: "done" | "error"; text: string }

/** The whole library, pins and settings to one file and back (never the API key). */
export function BackupSection() {
  const [status, setStatus] = useState<Status>()

  const backup = async () => {
    try {
      const { text } = await callBackground("backup-create", {})
      downloadText(
        text,
        `seller-reply-copilot-backup-${new Date().toISOString().slice(0, 10)}.json`,
      )
      setStatus({ kind: "done", text: t("backup_saved") })
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message })
    }
  }

  const restore = async (input: HTMLInputElement) => {
    const bytes = await readFileBytes(input)
    if (!bytes) return
    if (!window.confirm(t("backup_restoreConfirm"))) return
    try {
      const text = new TextDecoder().decode(bytes)
      const { templates } = await callBackground("backup-restore", { text })
      setStatus({ kind: "done", text: t("backup_restored", String(templates)) })
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message })
    }
  }

  return (
    <section
      className="mt-10 flex flex-col gap-3"
      aria-label={t("backup_title")}
      data-testid="backup"
    >
      <h2 className="text-[18px] font-semibold text-teal-800">{t("backup_title")}</h2>
      <p className="text-[13px] text-slate-600">{t("backup_help")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={buttonClass} onClick={backup} data-testid="backup-create">
          {t("backup_create")}
        </button>
        <label className="flex flex-wrap items-center gap-2 text-[13px]">
          <span className="whitespace-nowrap">{t("backup_restore")}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => restore(event.currentTarget)}
            data-testid="backup-restore-file"
          />
        </label>
      </div>
      {status && (
        <p
          role={status.kind === "error" ? "alert" : "status"}
          className={status.kind === "error" ? "break-words text-red-700" : "text-teal-800"}
        >
          {status.text}
        </p>
      )}
    </section>
  )
}
