/**
 * Message times printed relative to now (eBay: "2 hours ago", "vor 3 Tagen", "il y a 5 minutes",
 * "hace 3 días", "Yesterday, 4:12 PM", "gestern") or, on legacy pages, as "18-Nov-25 09:14:32".
 * The "N units ago" phrasing of each locale comes from `Intl.RelativeTimeFormat`, so every
 * language the browser knows is read without hand-written tables; absolute dates go to the shared
 * locale parser.
 */
import { parseDateTime } from "~context/locale"

type Unit = "second" | "minute" | "hour" | "day" | "week" | "month" | "year"
const UNITS: Unit[] = ["second", "minute", "hour", "day", "week", "month", "year"]
/** Several counts, so every plural form of a language is seen (one, few, many, other). */
const COUNTS = [1, 2, 3, 5, 11, 21, 22, 25]

interface Pattern {
  before: string
  after: string
  unit: Unit
}

const patternCache = new Map<string, Pattern[]>()

function squash(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\./g, "")
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .trim()
    .toLowerCase()
}

function patternsFor(locale: string): Pattern[] {
  const known = patternCache.get(locale)
  if (known) return known
  const seen = new Set<string>()
  const patterns: Pattern[] = []
  for (const style of ["long", "short", "narrow"] as const) {
    let rtf: Intl.RelativeTimeFormat
    try {
      rtf = new Intl.RelativeTimeFormat(locale, { numeric: "always", style })
    } catch {
      continue
    }
    for (const unit of UNITS) {
      for (const count of COUNTS) {
        const parts = rtf.formatToParts(-count, unit)
        const at = parts.findIndex((p) => p.type === "integer")
        if (at < 0 || parts.filter((p) => p.type === "integer").length !== 1) continue
        const before = squash(
          parts
            .slice(0, at)
            .map((p) => p.value)
            .join(""),
        )
        const after = squash(
          parts
            .slice(at + 1)
            .map((p) => p.value)
            .join(""),
        )
        const key = `${before}#${after}`
        if (seen.has(key)) continue
        seen.add(key)
        patterns.push({ before, after, unit })
      }
    }
  }
  patternCache.set(locale, patterns)
  return patterns
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0")

function localDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** "2 hours ago" -> the instant (UTC, minutes); "3 days ago" -> the local calendar day. */
export function parseRelative(text: string, locale: string, now: Date): string | undefined {
  const value = squash(text)
  if (value.length > 60) return undefined
  for (const loc of [...new Set([locale, "en-US"])]) {
    for (const { before, after, unit } of patternsFor(loc)) {
      if (!value.startsWith(before) || !value.endsWith(after)) continue
      const middle = value.slice(before.length, value.length - after.length).trim()
      if (!/^\d{1,4}$/.test(middle)) continue
      const n = Number(middle)
      if (unit === "second" || unit === "minute" || unit === "hour") {
        const ms = n * { second: 1_000, minute: 60_000, hour: 3_600_000 }[unit]
        return `${new Date(now.getTime() - ms).toISOString().slice(0, 16)}Z`
      }
      const day = new Date(now.getFullYear(), now.getMonth(), now.getDate())
      if (unit === "day") day.setDate(day.getDate() - n)
      else if (unit === "week") day.setDate(day.getDate() - 7 * n)
      else if (unit === "month") day.setMonth(day.getMonth() - n)
      else day.setFullYear(day.getFullYear() - n)
      return localDay(day)
    }
  }
  return undefined
}

/** Legacy "18-Nov-25" / "Nov-18-25" -> "18 Nov 2025" (the shared parser wants 4-digit years). */
function expandLegacyDate(text: string): string {
  return text
    .replace(/\b(\d{1,2})-(\p{L}{3,5})\.?-(\d{2})\b/u, "$1 $2 20$3")
    .replace(/\b(\p{L}{3,5})\.?-(\d{1,2})-(\d{2})\b/u, "$2 $1 20$3")
}

/**
 * A message time as eBay shows it, resolved against `now` (the agent's clock, local calendar):
 * relative phrases, "Yesterday, 4:12 PM", absolute dates with or without a year.
 */
export function parseMessageTime(text: string, locale: string, now: Date): string | undefined {
  if (!text || text.length > 120) return undefined
  const relative = parseRelative(text, locale, now)
  if (relative) return relative
  // The shared parser reads "today"/"yesterday" against the UTC day of its reference: give it
  // the agent's local day.
  const reference = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))
  const cleaned = expandLegacyDate(text)
    // "Yesterday at 4:12 PM", "gestern um 18:04": the joining word carries nothing.
    .replace(/\s+(?:at|um|à|alle|a las|a la)\s+(?=\d)/i, ", ")
  for (const loc of [...new Set([locale, "en-US"])]) {
    const parsed = parseDateTime(cleaned, loc, { reference })
    if (parsed) return parsed
  }
  return undefined
}
