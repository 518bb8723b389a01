import { useState } from "react"
import type { Site } from "~context/schema"
import { callBackground } from "~messaging/client"
import type { ResponseOf } from "~messaging/contracts"
import { t } from "~ui/i18n"
import { FindingList } from "~ui/sidebar/FindingList"

type Audit = ResponseOf<"audit-library">

/** Which templates of the library break which marketplace rules (rendered with sample facts). */
export function LibraryAudit() {
  const [site, setSite] = useState<Site>("amazon")
  const [audit, setAudit] = useState<Audit>()
  const [error, setError] = useState<string>()
  const [running, setRunning] = useState(false)

  const run = async () => {
    setRunning(true)
    try {
      setAudit(await callBackground("audit-library", { site }))
      setError(undefined)
    } catch (auditError) {
      setError((auditError as Error).message)
    } finally {
      setRunning(false)
    }
  }

  const flagged = audit?.templates.filter((template) => template.findings.length > 0) ?? []
  return (
    <section className="mt-10 flex flex-col gap-3" aria-label={t("auditTitle")}>
      <h2 className="text-[18px] font-semibold text-teal-800">{t("auditTitle")}</h2>
      <p className="text-[13px] text-slate-600">{t("auditHelp")}</p>
      <div className="flex items-center gap-3">
        <select
          className="rounded-md border border-slate-300 px-2 py-1.5"
          value={site}
          onChange={(event) => setSite(event.target.value as Site)}
          aria-label={t("auditMarketplace")}
          data-testid="audit-site"
        >
          <option value="amazon">Amazon</option>
          <option value="ebay">eBay</option>
        </select>
        <button
          type="button"
          className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 disabled:opacity-60"
          onClick={run}
          disabled={running}
          data-testid="run-audit"
        >
          {t("auditRun")}
        </button>
      </div>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {audit && (
        <p role="status" data-testid="audit-summary">
          {t("auditSummary", [String(flagged.length), String(audit.templates.length)])}
        </p>
      )}
      <ul className="flex list-none flex-col gap-3" data-testid="audit-results">
        {flagged.map((template) => (
          <li
            key={template.templateId}
            className="rounded-md border border-slate-200 p-3"
            data-template-id={template.templateId}
          >
            <div className="mb-1 font-medium">
              {template.title}{" "}
              <span className="rounded bg-slate-100 px-1 text-[11px] uppercase text-slate-600">
                {template.language}
              </span>
            </div>
            <FindingList
              findings={template.findings}
              text={template.text}
              testId="audit-findings"
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
