import { factLines } from "~context/facts"
import type { PageContext } from "~context/schema"
import { t } from "~ui/i18n"

const FACT_LABEL_KEYS = {
  buyer: "factBuyer",
  orderId: "factOrderId",
  status: "factStatus",
  item: "factItem",
  purchaseDate: "factPurchaseDate",
  shipBy: "factShipBy",
  deliverBy: "factDeliverBy",
  carrier: "factCarrier",
  trackingNumber: "factTrackingNumber",
  shipTo: "factShipTo",
} as const

/**
 * The order as the page shows it. Facts the page lacks are named in one "not found" line, never
 * guessed, so the agent sees at a glance what a reply would have to leave as a placeholder.
 */
export function FactList({ context }: { context: PageContext }) {
  const lines = factLines(context, navigator.language)
  const found = lines.filter((line) => line.value !== undefined)
  const missing = lines.filter((line) => line.value === undefined)
  return (
    <div data-testid="facts" className="text-[12px] leading-4">
      {found.length > 0 && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
          {found.map((line) => (
            <div key={line.key} className="contents" data-fact={line.key}>
              <dt className="whitespace-nowrap text-slate-500">{t(FACT_LABEL_KEYS[line.key])}</dt>
              <dd className="min-w-0 break-words text-slate-900">
                {line.value}
                {line.remembered && (
                  <span
                    className="ml-1 rounded bg-sky-50 px-1 text-[10px] text-sky-700"
                    title={t("rememberedHint")}
                  >
                    {t("rememberedBadge")}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {missing.length > 0 && (
        <p className="mt-1 text-slate-500" data-testid="facts-missing">
          <span className="italic">{t("notFoundOnPage")}: </span>
          {missing.map((line, index) => (
            <span key={line.key} data-missing-fact={line.key}>
              {index > 0 && ", "}
              {t(FACT_LABEL_KEYS[line.key]).toLowerCase()}
            </span>
          ))}
        </p>
      )}
    </div>
  )
}
