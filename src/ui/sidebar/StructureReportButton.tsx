import { useState } from "react"
import { reportFileName, structureReport } from "~sites/structure-report"
import { t } from "~ui/i18n"

/**
 * Saves the page's structure with every personal value replaced, for a bug report when the
 * copilot reads a page wrongly; a maintainer turns it into a test fixture.
 */
export function StructureReportButton() {
  const [saved, setSaved] = useState(false)
  const save = () => {
    const now = new Date()
    const url = new URL(location.href)
    const blob = new Blob([structureReport(document, url, now)], { type: "text/html" })
    const link = document.createElement("a")
    link.href = URL.createObjectURL(blob)
    link.download = reportFileName(url, now)
    link.style.display = "none"
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
    setSaved(true)
  }
  return (
    <button
      type="button"
      className="text-left text-[11px] text-slate-500 underline hover:text-slate-700"
      onClick={save}
      title={t("structureReportHint")}
      data-testid="structure-report"
    >
      {saved ? t("structureReportSaved") : t("structureReport")}
    </button>
  )
}
