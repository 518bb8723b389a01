import type { MessageReading, Suggestion } from "~messaging/contracts"
import { languageName, t } from "~ui/i18n"

/** The short "why" of a suggestion: "where is my order · shipped · Spanish". */
function describeReason(reason: Suggestion["reasons"][number]): string {
  switch (reason.kind) {
    case "intent":
      return t(`intent_${reason.intent}`)
    case "orderState":
      return t(`orderState_${reason.state}`)
    case "language":
      return languageName(reason.language)
    case "pinned":
      return t("reasonPinned")
    case "used":
      return t("reasonUsed", String(reason.count))
  }
}

/** What ranking read in the buyer's message: "Buyer: where is my order · writes in Spanish". */
export function BuyerReading({ reading }: { reading: MessageReading }) {
  const intents = reading.intents
    .filter(({ id }) => id !== "other")
    .map(({ id }) => t(`intent_${id}`))
    .join(" · ")
  if (!intents && !reading.language) return null
  const asked = intents || t("intent_other")
  return (
    <p className="mt-1 text-[11px] text-slate-600" data-testid="buyer-reading">
      {reading.language
        ? t("buyerReading", [asked, languageName(reading.language)])
        : t("buyerReadingNoLanguage", asked)}
    </p>
  )
}

interface Props {
  suggestions: Suggestion[]
  selectedId?: string
  onSelect: (templateId: string) => void
  onTogglePin: (suggestion: Suggestion) => void
}

export function SuggestionList({ suggestions, selectedId, onSelect, onTogglePin }: Props) {
  return (
    <div
      role="listbox"
      tabIndex={-1}
      aria-label={t("suggestionsHeading")}
      className="flex flex-col gap-1"
      data-testid="suggestions"
    >
      {suggestions.map((suggestion) => {
        const selected = suggestion.templateId === selectedId
        return (
          <div
            key={suggestion.templateId}
            role="option"
            tabIndex={-1}
            aria-selected={selected}
            data-template-id={suggestion.templateId}
            data-language={suggestion.language}
            className={`group flex cursor-pointer items-start gap-2 rounded-md border px-2 py-1.5 ${
              selected
                ? "border-teal-600 bg-teal-50"
                : "border-transparent hover:border-slate-200 hover:bg-slate-50"
            }`}
            onClick={() => onSelect(suggestion.templateId)}
            onKeyDown={(event) => {
              if (event.key === " ") onSelect(suggestion.templateId)
            }}
          >
            <div className="min-w-0 flex-1">
              <div className="flex items-center gap-1.5">
                <span
                  className="truncate font-medium text-slate-900"
                  data-testid="suggestion-title"
                >
                  {suggestion.title}
                </span>
                <span className="shrink-0 rounded bg-slate-100 px-1 text-[10px] uppercase text-slate-600">
                  {suggestion.language}
                </span>
                {suggestion.findings.some((finding) => finding.severity === "block") && (
                  <span
                    className="shrink-0 rounded bg-red-100 px-1 text-[10px] font-semibold text-red-800"
                    title={t("suggestionBreaksRules")}
                    data-testid="breaks-rules"
                  >
                    !
                  </span>
                )}
              </div>
              {suggestion.reasons.length > 0 && (
                <div className="truncate text-[11px] text-slate-500" data-testid="suggestion-why">
                  {suggestion.reasons.map(describeReason).join(" · ")}
                </div>
              )}
            </div>
            <button
              type="button"
              className={`shrink-0 rounded px-1 text-[14px] leading-5 ${
                suggestion.pinned ? "text-amber-500" : "text-slate-300 hover:text-slate-500"
              }`}
              aria-pressed={suggestion.pinned}
              aria-label={suggestion.pinned ? t("unpin") : t("pin")}
              title={suggestion.pinned ? t("unpin") : t("pin")}
              onClick={(event) => {
                event.stopPropagation()
                onTogglePin(suggestion)
              }}
            >
              {suggestion.pinned ? "★" : "☆"}
            </button>
          </div>
        )
      })}
    </div>
  )
}
