import { formatDate } from "~context/format"
import type { HistoryEntryMessage } from "~messaging/contracts"
import { t } from "~ui/i18n"

/** The buyer's earlier conversations and orders, as far as this browser has seen them. */
export function BuyerHistory({ entries }: { entries: HistoryEntryMessage[] }) {
  if (entries.length === 0) return null
  return (
    <section aria-label={t("historyHeading")} data-testid="buyer-history">
      <h2 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500">
        {t("historyHeading")}
      </h2>
      <ul className="flex list-none flex-col gap-0.5 text-[12px]">
        {entries.map((entry) => (
          <li
            key={`${entry.kind}:${entry.orderId}:${entry.lastSeenAt}`}
            className="flex gap-2"
            data-kind={entry.kind}
          >
            <span className="shrink-0 text-slate-500">
              {formatDate((entry.at ?? entry.lastSeenAt).slice(0, 10), navigator.language, "short")}
            </span>
            <span className="min-w-0 flex-1 truncate text-slate-800">
              {entry.subject ?? entry.orderId ?? t(`history_${entry.kind}`)}
              {entry.orderId && entry.subject ? ` · ${entry.orderId}` : ""}
            </span>
            {entry.outcome && (
              <span className="shrink-0 text-slate-500">{t(`outcome_${entry.outcome}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
