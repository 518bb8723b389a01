import type { DateRange, Money } from "./schema"

function isoToUtcDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`)
}

export type DateStyle = "long" | "short"

/** Long for replies to buyers ("Friday, December 5, 2025"), short for the agent's summary. */
function dateFormat(locale: string, style: DateStyle) {
  return new Intl.DateTimeFormat(
    locale,
    style === "long"
      ? { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
  )
}

/** Intl separates with narrow and no-break spaces; marketplace messages are plain text. */
function plainSpaces(text: string): string {
  return text.replace(/[\u00A0\u2009\u202F]/g, " ")
}

export function formatDate(iso: string, locale: string, style: DateStyle = "long"): string {
  return plainSpaces(dateFormat(locale, style).format(isoToUtcDate(iso)))
}

export function formatDateRange(
  range: DateRange,
  locale: string,
  style: DateStyle = "long",
): string {
  if (!range.to || range.to === range.from) return formatDate(range.from, locale, style)
  return plainSpaces(
    dateFormat(locale, style).formatRange(isoToUtcDate(range.from), isoToUtcDate(range.to)),
  )
}

export function formatMoney(money: Money, locale: string): string {
  return plainSpaces(
    new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(
      money.amount,
    ),
  )
}
