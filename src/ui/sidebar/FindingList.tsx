import type { FindingMessage } from "~messaging/contracts"
import { inUiLanguage, t } from "~ui/i18n"

const SEVERITY_STYLE = {
  block: "bg-red-100 text-red-800",
  warn: "bg-amber-100 text-amber-900",
  info: "bg-slate-100 text-slate-700",
} as const

interface Props {
  findings: FindingMessage[]
  /** The checked text, to quote what each finding is about. */
  text: string
  onFix?: (finding: FindingMessage) => void
  testId: string
}

/** Marketplace-rule findings: what is wrong, where, why, and a fix when one is safe. */
export function FindingList({ findings, text, onFix, testId }: Props) {
  if (findings.length === 0) return null
  return (
    <ul className="flex list-none flex-col gap-1" data-testid={testId}>
      {findings.map((finding) => (
        <li
          key={`${finding.rule}:${finding.start}:${finding.end}`}
          className="rounded-md bg-white p-1.5 text-[11.5px] ring-1 ring-slate-200"
          data-rule={finding.rule}
          data-severity={finding.severity}
        >
          <div className="flex items-start gap-1.5">
            <span
              className={`shrink-0 rounded px-1 text-[10px] font-semibold uppercase ${SEVERITY_STYLE[finding.severity]}`}
            >
              {t(`severity_${finding.severity}`)}
            </span>
            <span className="min-w-0 flex-1 text-slate-800">
              {inUiLanguage(finding.message)}{" "}
              <q className="break-all text-slate-500">{text.slice(finding.start, finding.end)}</q>
            </span>
            {onFix && finding.fix !== undefined && (
              <button
                type="button"
                className="shrink-0 rounded border border-slate-300 px-1.5 text-slate-700 hover:bg-slate-50"
                onClick={() => onFix(finding)}
                data-testid="apply-fix"
              >
                {t("fix")}
              </button>
            )}
          </div>
          <div className="mt-0.5 text-[10px] text-slate-400">{finding.source}</div>
        </li>
      ))}
    </ul>
  )
}
