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

/** The order as the page shows it; facts the page lacks are listed as not found, never guessed. */
export function FactList({ context }: { context: PageContext }) {
  const lines = factLines(context, navigator.language)
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-[12px]" data-testid="facts">
      {lines.map((line) => (
        <div key={line.key} className="contents" data-fact={line.key}>
          <dt className="text-slate-500 whitespace-nowrap">{t(FACT_LABEL_KEYS[line.key])}</dt>
          <dd className="min-w-0 break-words">
            {line.value === undefined ? (
              <span className="italic text-slate-400" data-missing="true">
                {t("notFoundOnPage")}
              </span>
            ) : (
              <>
                <span className="text-slate-900">{line.value}</span>
                {line.remembered && (
                  <span
                    className="ml-1 rounded bg-sky-50 px-1 text-[10px] text-sky-700"
                    title={t("rememberedHint")}
                  >
                    {t("rememberedBadge")}
                  </span>
                )}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
