/**
 * Reads dates, date ranges and money the way marketplace pages print them, in the page's locale.
 *
 * Pure (no DOM). Month and weekday names, "today"/"yesterday", day periods, the words that glue a
 * date together ("at", "um", "de") and the numeric field order all come from the platform's `Intl`
 * data, so every locale the browser knows works without hand-written tables. Every exported
 * parser returns `undefined` when it cannot read the text unambiguously: it never guesses.
 */

export interface Money {
  amount: number
  currency: string
}

export interface DateRange {
  from: string
  to?: string
}

export interface ParseOptions {
  /** Used to complete dates shown without a year (nearest plausible year) and "today"/"yesterday". */
  reference?: Date | string
}

export interface MoneyOptions {
  /** The marketplace currency: resolves ambiguous symbols ("$", "kr") in its favour. */
  currency?: string
}

// ---------------------------------------------------------------------------------------------
// Text normalisation

/** Zero-width, bidi-control, soft hyphen, word joiner and tag characters. */
export const INVISIBLE_CHARS =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, "")
}

/** NFKC (full-width digits and ￥, non-breaking spaces), invisible characters out, one space. */
function normalize(text: string): string {
  return stripInvisible(text.normalize("NFKC"))
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, " ")
    .trim()
}

function wordKey(word: string): string {
  return word.toLowerCase().replace(/\.+$/, "")
}

function stripDiacritics(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC")
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

function canonicalLocale(locale: string | undefined): string {
  if (!locale) return "en-US"
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, "-"))[0] ?? "en-US"
  } catch {
    return "en-US"
  }
}

// ---------------------------------------------------------------------------------------------
// Locale data derived from Intl

interface DateLocaleData {
  /** Month names of the page's locale (English ones too for English locales). */
  months: Map<string, Set<number>>
  /** English month names, consulted only when the page's own names do not know a word. */
  fallbackMonths: Map<string, Set<number>>
  weekdays: Map<string, Set<number>>
  /** Words that appear in formatted dates and carry no value ("at", "um", "de", "alle", "ore"). */
  fillers: Set<string>
  /** Order of the numeric fields in an all-numeric date ("d", "m", "y"). */
  numericOrder: ("d" | "m" | "y")[]
  /** Suffixes after numeric fields in CJK dates (年, 月, 日). */
  marks: { y?: string; m?: string; d?: string }
  /** "today" -> 0, "yesterday" -> -1, "tomorrow" -> 1, longest first. */
  relative: [string, number][]
  /** Words that mark the afternoon / morning in 12-hour times. */
  pm: Set<string>
  am: Set<string>
  /** Literal that joins the two ends of a formatted range (for example "～" in Japanese). */
  rangeLiterals: Set<string>
  /** Compiled once per locale. */
  re: { periodAfter: RegExp; periodBefore?: RegExp; tokens: RegExp; rangeSplit: RegExp }
}

const dateCache = new Map<string, DateLocaleData>()

/** Words and dashes that join the ends of a date range (besides the platform's own literal). */
const RANGE_PREFIX = /^(?:from|du|vom|von|dal|del|desde|van|od|entre)\s+/i
const RANGE_WORDS = ["to", "until", "bis", "au", "al", "a", "tot", "till", "do", "até", "à", "t/m"]
const RANGE_DASHES = ["–", "—", "-", "~", "〜", "～", "－"]

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options })
    formatters.set(key, format)
  }
  return format
}

function addKey(map: Map<string, Set<number>>, raw: string, value: number): void {
  const key = wordKey(normalize(raw))
  if (!key || /\d/.test(key)) return
  for (const k of new Set([key, stripDiacritics(key)])) {
    let set = map.get(k)
    if (!set) {
      set = new Set()
      map.set(k, set)
    }
    set.add(value)
  }
}

/** What one locale's Intl data says about dates (memoised: English is shared by all locales). */
interface LocaleWords {
  months: Map<string, Set<number>>
  weekdays: Map<string, Set<number>>
  fillers: Set<string>
  am: Set<string>
  pm: Set<string>
  relative: Map<string, number>
  rangeLiterals: Set<string>
}

const wordsCache = new Map<string, LocaleWords>()

function localeWords(loc: string): LocaleWords {
  const known = wordsCache.get(loc)
  if (known) return known
  const words: LocaleWords = {
    months: new Map(),
    weekdays: new Map(),
    fillers: new Set(),
    am: new Set(),
    pm: new Set(),
    relative: new Map(),
    rangeLiterals: new Set(),
  }
  // Each formatter costs about a millisecond on a page's first read, so only the forms pages print
  // are built: months as they appear next to a day (Polish "grudnia", not stand-alone "grudzień"),
  // weekdays together with the month, as in "Thu, Dec 5".
  for (const style of ["long", "short"] as const) {
    const f = formatter(loc, { weekday: style, day: "numeric", month: style })
    for (let month = 0; month < 12; month++) {
      const part = f
        .formatToParts(new Date(Date.UTC(2019, month, 15)))
        .find((p) => p.type === "month")
      if (part) addKey(words.months, part.value, month)
    }
    for (let i = 0; i < 7; i++) {
      const date = new Date(Date.UTC(2019, 11, 1 + i)) // 2019-12-01 is a Sunday
      const part = f.formatToParts(date).find((p) => p.type === "weekday")
      if (part) addKey(words.weekdays, part.value, date.getUTCDay())
    }
  }
  const sample = new Date(Date.UTC(2019, 11, 5, 15, 42))
  for (const part of formatter(loc, { dateStyle: "full", timeStyle: "short" }).formatToParts(
    sample,
  )) {
    if (part.type !== "literal") continue
    for (const word of normalize(part.value).match(/[\p{L}]+/gu) ?? [])
      words.fillers.add(wordKey(word))
  }
  const hour12 = formatter(loc, { hour: "numeric", hour12: true })
  for (const [hour, set] of [
    [3, words.am],
    [15, words.pm],
  ] as const) {
    const part = hour12
      .formatToParts(new Date(Date.UTC(2019, 0, 1, hour)))
      .find((p) => p.type === "dayPeriod")
    if (part) set.add(normalize(part.value).toLowerCase())
  }
  try {
    const rtf = new Intl.RelativeTimeFormat(loc, { numeric: "auto" })
    for (const offset of [-1, 0, 1])
      words.relative.set(normalize(rtf.format(offset, "day")).toLowerCase(), offset)
  } catch {
    // RelativeTimeFormat missing: no relative dates for this locale.
  }
  const range = formatter(loc, {
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }) as Intl.DateTimeFormat & {
    formatRangeToParts?: (a: Date, b: Date) => { type: string; value: string; source: string }[]
  }
  const parts = range.formatRangeToParts?.(
    new Date(Date.UTC(2019, 0, 5)),
    new Date(Date.UTC(2020, 1, 9)),
  )
  for (const part of parts ?? []) {
    if (part.type === "literal" && part.source === "shared") {
      const literal = normalize(part.value)
      if (literal && !/^[\s,./:-]*$/.test(literal)) words.rangeLiterals.add(literal.toLowerCase())
      else if (/[–—~〜]/.test(literal)) words.rangeLiterals.add(literal.trim())
    }
  }
  wordsCache.set(loc, words)
  return words
}

function mergeInto(target: Map<string, Set<number>>, source: Map<string, Set<number>>): void {
  for (const [key, values] of source) {
    const set = target.get(key)
    if (set) for (const v of values) set.add(v)
    else target.set(key, new Set(values))
  }
}

function buildDateData(locale: string): DateLocaleData {
  const own = localeWords(locale)
  // English month names are read on every page (Seller Central mixes them in); English pages
  // already have their own, and one English variant is enough for the others.
  const english = (locale.startsWith("en") ? [] : ["en-US"]).map(localeWords)
  const months = new Map<string, Set<number>>()
  mergeInto(months, own.months)
  const fallbackMonths = new Map<string, Set<number>>()
  for (const words of english) mergeInto(fallbackMonths, words.months)
  if (locale.startsWith("en")) mergeInto(months, fallbackMonths)

  const weekdays = new Map<string, Set<number>>()
  const fillers = new Set<string>()
  const am = new Set<string>(["am", "a.m."])
  const pm = new Set<string>(["pm", "p.m."])
  const relative = new Map<string, number>()
  const rangeLiterals = new Set<string>()
  for (const words of [own, ...english]) {
    mergeInto(weekdays, words.weekdays)
    for (const w of words.fillers) fillers.add(w)
    for (const w of words.am) am.add(w)
    for (const w of words.pm) pm.add(w)
    for (const [phrase, offset] of words.relative) relative.set(phrase, offset)
    for (const literal of words.rangeLiterals) rangeLiterals.add(literal)
  }
  // Day-period words are not fillers, nor are the month/weekday names.
  for (const word of [...am, ...pm]) fillers.delete(word)

  const numericOrder = formatter(locale, { year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(new Date(Date.UTC(2019, 11, 5)))
    .flatMap((p) =>
      p.type === "day" ? ["d"] : p.type === "month" ? ["m"] : p.type === "year" ? ["y"] : [],
    ) as ("d" | "m" | "y")[]

  const marks: DateLocaleData["marks"] = {}
  const longParts = formatter(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
  }).formatToParts(new Date(Date.UTC(2019, 11, 5)))
  longParts.forEach((part, i) => {
    const key =
      part.type === "year"
        ? "y"
        : part.type === "month"
          ? "m"
          : part.type === "day"
            ? "d"
            : undefined
    if (!key) return
    let mark = ""
    if (/\d/.test(part.value)) mark = part.value.replace(/\d+/g, "").trim()
    if (!mark && /^\d+$/.test(part.value)) {
      const next = longParts[i + 1]
      if (next?.type === "literal") mark = next.value.trim()
    }
    if (mark && /^[^\s\d\p{Script=Latin}.,/-]+$/u.test(mark)) marks[key] = normalize(mark)
  })

  const periods = [...am, ...pm].sort((a, b) => b.length - a.length).map(escapeRe)
  const beforePeriods = [...am, ...pm]
    .filter((p) => !/\p{Script=Latin}/u.test(p))
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
  const markAlt = Object.values(marks).map(escapeRe).join("|")
  const words = [...RANGE_WORDS, ...[...rangeLiterals].filter((l) => /\p{L}/u.test(l))]
  const dashes = [...RANGE_DASHES, ...[...rangeLiterals].filter((l) => !/\p{L}/u.test(l))]
  return {
    months,
    fallbackMonths,
    weekdays,
    fillers,
    numericOrder: numericOrder.length === 3 ? numericOrder : ["m", "d", "y"],
    marks,
    relative: [...relative.entries()].sort((a, b) => b[0].length - a[0].length),
    am,
    pm,
    rangeLiterals,
    re: {
      // Latin day periods only after the time (German "am" is a preposition before it).
      periodAfter: new RegExp(`^\\s*(${periods.join("|")})(?![\\p{L}])`, "u"),
      periodBefore: beforePeriods.length
        ? new RegExp(`(${beforePeriods.join("|")})\\s*$`, "u")
        : undefined,
      tokens: new RegExp(
        `${markAlt ? `(?<mn>\\d+)\\s*(?<mk>${markAlt})|` : ""}(?<num>\\d+)|(?<word>[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*\\.?)|(?<punct>\\S)`,
        "gu",
      ),
      rangeSplit: new RegExp(
        `\\s+(?:${words.map(escapeRe).join("|")})\\s+|\\s*(?:${dashes.map(escapeRe).join("|")})\\s*`,
        "giu",
      ),
    },
  }
}

function dateData(locale: string | undefined): DateLocaleData {
  const key = canonicalLocale(locale)
  let data = dateCache.get(key)
  if (!data) {
    data = buildDateData(key)
    dateCache.set(key, data)
  }
  return data
}

// ---------------------------------------------------------------------------------------------
// Times

interface TimeMatch {
  hour: number
  minute: number
  second?: number
  /** The text with the time (and its day period and time zone) removed. */
  rest: string
}

function extractTime(text: string, data: DateLocaleData): TimeMatch | undefined | null {
  const core = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/.exec(text)
  if (!core) return null
  if (core.index > 0 && /[\d:]/.test(text[core.index - 1])) return undefined
  let start = core.index
  let end = core.index + core[0].length
  let hour = Number(core[1])
  const minute = Number(core[2])
  const second = core[3] === undefined ? undefined : Number(core[3])
  if (minute > 59 || (second !== undefined && second > 59)) return undefined
  let period: string | undefined
  const after = data.re.periodAfter.exec(text.slice(end).toLowerCase())
  if (after) {
    period = after[1]
    end += after[0].length
  } else if (data.re.periodBefore) {
    const before = data.re.periodBefore.exec(text.slice(0, start).toLowerCase())
    if (before) {
      period = before[1]
      start -= before[0].length
    }
  }
  const tz = /^\s*(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5})(?![\p{L}\d])/u.exec(
    text.slice(end),
  )
  if (tz) end += tz[0].length
  // "14:32 Uhr" (German pages write the word after the time).
  const suffix = /^\s*Uhr(?![\p{L}])/iu.exec(text.slice(end))
  if (suffix) end += suffix[0].length
  if (period) {
    if (hour < 1 || hour > 12) return undefined
    if (data.pm.has(period)) hour = hour === 12 ? 12 : hour + 12
    else hour = hour === 12 ? 0 : hour
  } else if (hour > 23) return undefined
  const rest = `${text.slice(0, start)} ${text.slice(end)}`.trim()
  return { hour, minute, second, rest }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0")

const parsedTimes = new Map<string, string | undefined>()

/** "3:42 PM", "15:42", "午後3:42" -> "15:42" (or "15:42:07"). */
export function parseTime(text: string, locale?: string): string | undefined {
  if (typeof text !== "string" || text.length > 100) return undefined
  const key = `${locale}|${text}`
  if (parsedTimes.has(key)) return parsedTimes.get(key)
  const time = extractTime(normalize(text), dateData(locale))
  const rest = time ? time.rest.replace(/[\s,]/g, "") : "-"
  const result = time && rest === "" ? formatTime(time) : undefined
  if (parsedTimes.size > 2_000) parsedTimes.clear()
  parsedTimes.set(key, result)
  return result
}

function formatTime(time: TimeMatch): string {
  return `${pad(time.hour)}:${pad(time.minute)}${time.second === undefined ? "" : `:${pad(time.second)}`}`
}

// ---------------------------------------------------------------------------------------------
// Dates

interface PartialDate {
  y?: number
  m?: number // 0-11
  d?: number
  weekday?: number
  relative?: number
}

type Token =
  | { kind: "num"; value: number; raw: string }
  | { kind: "mark"; field: "y" | "m" | "d"; value: number }
  | { kind: "word"; raw: string; key: string }
  | { kind: "punct"; raw: string }

function tokenize(text: string, data: DateLocaleData): Token[] {
  const marks = Object.entries(data.marks) as ["y" | "m" | "d", string][]
  const re = data.re.tokens
  re.lastIndex = 0
  const tokens: Token[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups ?? {}
    if (g.mn !== undefined && g.mk !== undefined) {
      const field = marks.find(([, mark]) => mark === g.mk)?.[0]
      if (field) tokens.push({ kind: "mark", field, value: Number(g.mn) })
    } else if (g.num !== undefined) tokens.push({ kind: "num", value: Number(g.num), raw: g.num })
    else if (g.word !== undefined) tokens.push({ kind: "word", raw: g.word, key: wordKey(g.word) })
    else if (g.punct !== undefined) tokens.push({ kind: "punct", raw: g.punct })
  }
  return tokens
}

function lookupMonth(key: string, data: DateLocaleData): Set<number> | undefined {
  return (
    data.months.get(key) ?? data.months.get(stripDiacritics(key)) ?? data.fallbackMonths.get(key)
  )
}

function lookupWeekday(key: string, data: DateLocaleData): Set<number> | undefined {
  return data.weekdays.get(key) ?? data.weekdays.get(stripDiacritics(key))
}

function removeRelative(text: string, data: DateLocaleData): { text: string; relative?: number } {
  const lower = text.toLowerCase()
  for (const [phrase, offset] of data.relative) {
    const i = lower.indexOf(phrase)
    if (i < 0) continue
    const before = lower[i - 1]
    const after = lower[i + phrase.length]
    if ((before && /\p{L}/u.test(before)) || (after && /\p{L}/u.test(after))) continue
    return { text: `${text.slice(0, i)} ${text.slice(i + phrase.length)}`, relative: offset }
  }
  return { text }
}

/** Reads the fields a date text shows. `allowDayOnly` accepts "9" / "9, 2019" (end of a range). */
function parsePartial(
  text: string,
  data: DateLocaleData,
  allowDayOnly = false,
): PartialDate | undefined {
  const { text: withoutRelative, relative } = removeRelative(text, data)
  const tokens = tokenize(withoutRelative, data)
  if (relative !== undefined) {
    // "Today", "Yesterday," — nothing else may remain but punctuation.
    return tokens.every((t) => t.kind === "punct") ? { relative } : undefined
  }

  const marks = tokens.filter((t) => t.kind === "mark")
  const words = tokens.filter((t): t is Extract<Token, { kind: "word" }> => t.kind === "word")
  const nums = tokens.filter((t): t is Extract<Token, { kind: "num" }> => t.kind === "num")
  const result: PartialDate = {}

  // Words: one month at most, weekdays, fillers. Anything else means this is not a date.
  const monthCandidates: { index: number; months: Set<number> }[] = []
  const weekdayCandidates = new Map<number, Set<number>>()
  words.forEach((word, index) => {
    const months = lookupMonth(word.key, data)
    const weekdays = lookupWeekday(word.key, data)
    if (months) monthCandidates.push({ index, months })
    if (weekdays) weekdayCandidates.set(index, weekdays)
  })
  let monthIndex: number | undefined
  if (monthCandidates.length === 1) monthIndex = monthCandidates[0].index
  else if (monthCandidates.length > 1) {
    const pure = monthCandidates.filter((c) => !weekdayCandidates.has(c.index))
    if (pure.length === 1) monthIndex = pure[0].index
    else if (pure.length === 0 && monthCandidates.length === 2) {
      // Both words could be either ("mar, 5 mar" in Spanish): the weekday comes first.
      monthIndex = monthCandidates[1].index
    } else return undefined
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    if (index === monthIndex) {
      const months = monthCandidates.find((c) => c.index === index)!.months
      if (months.size !== 1) return undefined
      result.m = [...months][0]
    } else if (weekdayCandidates.has(index)) {
      const days = weekdayCandidates.get(index)!
      if (days.size !== 1 || result.weekday !== undefined) return undefined
      result.weekday = [...days][0]
    } else if (!data.fillers.has(word.key)) return undefined
  }

  for (const mark of marks) {
    if (mark.kind !== "mark") continue
    if (result[mark.field] !== undefined) return undefined
    result[mark.field] = mark.field === "m" ? mark.value - 1 : mark.value
  }

  if (marks.length > 0) {
    if (nums.length > 0) return undefined
  } else if (result.m !== undefined) {
    // "Dec 5, 2019", "5. Dez. 2019", "5 de dez. de 2019": a day and maybe a year.
    for (const num of nums) {
      if (num.raw.length === 4 && result.y === undefined) result.y = num.value
      else if (num.raw.length <= 2 && result.d === undefined) result.d = num.value
      else return undefined
    }
  } else {
    // All-numeric: "05.12.2019", "12/5/2019", "2019-12-05", "5.12." (no year).
    const seps = tokens.filter((t) => t.kind === "punct").map((t) => (t as { raw: string }).raw)
    if (nums.length === 3 || (nums.length === 2 && !allowDayOnly)) {
      const dateSeps = seps.filter((s) => s !== ",")
      if (
        dateSeps.length < nums.length - 1 ||
        !dateSeps.every((s) => s === dateSeps[0] && /[./-]/.test(s))
      )
        return undefined
      // Separators must sit between the numbers (no ". 5 . 12" noise).
      const first = tokens.findIndex((t) => t.kind === "num")
      const between = tokens.slice(first).filter((t) => t.kind !== "word")
      if (between[1]?.kind !== "punct") return undefined
      let order: ("d" | "m" | "y")[] = data.numericOrder
      if (nums[0].raw.length === 4) order = ["y", "m", "d"]
      else if (nums.length === 2) order = data.numericOrder.filter((f) => f !== "y")
      for (let i = 0; i < nums.length; i++) {
        const field = order[i]
        const num = nums[i]
        if (field === "y") {
          if (num.raw.length === 4) result.y = num.value
          else if (num.raw.length === 2) result.y = 2000 + num.value
          else return undefined
        } else if (num.raw.length > 2) return undefined
        else if (field === "m") result.m = num.value - 1
        else result.d = num.value
      }
    } else if (allowDayOnly && nums.length >= 1 && nums.length <= 2) {
      // End or start of a range that shares its month: "9", "9, 2019", "5."
      if (nums[0].raw.length > 2) return undefined
      result.d = nums[0].value
      if (nums.length === 2) {
        if (nums[1].raw.length !== 4) return undefined
        result.y = nums[1].value
      }
    } else return undefined
  }
  if (result.d === undefined && result.m === undefined && result.y === undefined) return undefined
  if (result.d !== undefined && (result.d < 1 || result.d > 31)) return undefined
  if (result.m !== undefined && (result.m < 0 || result.m > 11)) return undefined
  if (result.d === undefined) return undefined
  return result
}

function toReference(reference: ParseOptions["reference"]): Date | undefined {
  if (reference === undefined) return undefined
  const date =
    typeof reference === "string"
      ? new Date(reference.length === 10 ? `${reference}T00:00:00Z` : reference)
      : reference
  return Number.isNaN(date.getTime()) ? undefined : date
}

function validDate(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m, d))
  if (y < 1900 || y > 2200) return undefined
  return date.getUTCFullYear() === y && date.getUTCMonth() === m && date.getUTCDate() === d
    ? date
    : undefined
}

function iso(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
}

/** Completes a partial date; the year, when absent, is the one nearest to the reference. */
function resolve(partial: PartialDate, reference: Date | undefined): Date | undefined {
  if (partial.relative !== undefined) {
    if (!reference) return undefined
    return new Date(utcDay(reference) + partial.relative * 86_400_000)
  }
  if (partial.m === undefined || partial.d === undefined) return undefined
  if (partial.y !== undefined) {
    const date = validDate(partial.y, partial.m, partial.d)
    if (!date) return undefined
    if (partial.weekday !== undefined && date.getUTCDay() !== partial.weekday) return undefined
    return date
  }
  if (!reference) return undefined
  const refYear = reference.getUTCFullYear()
  const refDay = utcDay(reference)
  let candidates = [refYear - 1, refYear, refYear + 1]
    .map((y) => validDate(y, partial.m!, partial.d!))
    .filter((d): d is Date => d !== undefined)
  if (partial.weekday !== undefined) {
    const matching = candidates.filter((d) => d.getUTCDay() === partial.weekday)
    if (matching.length === 0) return undefined
    candidates = matching
  }
  candidates.sort((a, b) => Math.abs(a.getTime() - refDay) - Math.abs(b.getTime() - refDay))
  return candidates[0]
}

/**
 * A date as shown on the page ("Thu, Dec 5, 2019", "Do., 5. Dez. 2019", "2019年12月5日(木)",
 * "05.12.2019", "Dec 5" with a reference) -> "2019-12-05". A time in the text is ignored.
 */
export function parseDate(
  text: string,
  locale?: string,
  options: ParseOptions = {},
): string | undefined {
  const date = parseDateInternal(text, locale, options)
  return date ? iso(date.date) : undefined
}

type ParsedDate = { date: Date; time?: TimeMatch } | undefined

/** Pages repeat the same dates and times many times: each text is parsed once. */
const parsedDates = new Map<string, ParsedDate>()

function parseDateInternal(
  text: string,
  locale: string | undefined,
  options: ParseOptions,
): ParsedDate {
  if (typeof text !== "string" || text.length > 200) return undefined
  const reference = toReference(options.reference)
  const key = `${locale}|${reference ? utcDay(reference) : ""}|${text}`
  if (parsedDates.has(key)) return parsedDates.get(key)
  const parsed = parseDateUncached(text, locale, { reference })
  if (parsedDates.size > 2_000) parsedDates.clear()
  parsedDates.set(key, parsed)
  return parsed
}

function parseDateUncached(
  text: string,
  locale: string | undefined,
  options: ParseOptions,
): ParsedDate {
  const data = dateData(locale)
  let normalized = normalize(text)
  if (!normalized) return undefined
  const iso8601 =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      normalized,
    )
  if (iso8601) {
    const date = validDate(Number(iso8601[1]), Number(iso8601[2]) - 1, Number(iso8601[3]))
    if (!date) return undefined
    const time =
      iso8601[4] === undefined
        ? undefined
        : {
            hour: Number(iso8601[4]),
            minute: Number(iso8601[5]),
            second: iso8601[6] === undefined ? undefined : Number(iso8601[6]),
            rest: "",
          }
    if (time && (time.hour > 23 || time.minute > 59)) return undefined
    return { date, time }
  }
  const time = extractTime(normalized, data)
  if (time === undefined) return undefined
  if (time) normalized = time.rest
  const partial = parsePartial(normalized, data)
  if (!partial) return undefined
  const date = resolve(partial, toReference(options.reference))
  return date ? { date, time: time ?? undefined } : undefined
}

/**
 * A date with its time when the page shows one: "Dec 5, 2019 3:42 PM" -> "2019-12-05T15:42".
 * The page's time zone is not known, so no offset is added. Date only when no time is shown.
 */
export function parseDateTime(
  text: string,
  locale?: string,
  options: ParseOptions = {},
): string | undefined {
  const parsed = parseDateInternal(text, locale, options)
  if (!parsed) return undefined
  return parsed.time ? `${iso(parsed.date)}T${formatTime(parsed.time)}` : iso(parsed.date)
}

/**
 * A single date or a range: "Dec 5, 2019 to Dec 9, 2019", "5. Dez. - 9. Dez. 2019",
 * "Dec 5 – 9, 2019", "2019/12/05～2019/12/09". A single date gives `{ from }`.
 */
export function parseDateRange(
  text: string,
  locale?: string,
  options: ParseOptions = {},
): DateRange | undefined {
  if (typeof text !== "string" || text.length > 300) return undefined
  const single = parseDate(text, locale, options)
  if (single) return { from: single }
  const data = dateData(locale)
  let normalized = normalize(text)
  normalized = normalized.replace(RANGE_PREFIX, "")
  const splitter = new RegExp(data.re.rangeSplit.source, data.re.rangeSplit.flags)
  const reference = toReference(options.reference)
  for (let m = splitter.exec(normalized); m; m = splitter.exec(normalized)) {
    const left = normalized.slice(0, m.index).trim()
    const right = normalized.slice(m.index + m[0].length).trim()
    if (!left || !right) continue
    const range = resolveRange(left, right, data, reference)
    if (range) return range
  }
  return undefined
}

function stripTime(text: string, data: DateLocaleData): string | undefined {
  const time = extractTime(text, data)
  if (time === undefined) return undefined
  return time ? time.rest : text
}

function resolveRange(
  leftText: string,
  rightText: string,
  data: DateLocaleData,
  reference: Date | undefined,
): DateRange | undefined {
  const l = stripTime(leftText, data)
  const r = stripTime(rightText, data)
  if (l === undefined || r === undefined) return undefined
  const left = parsePartial(l, data, true)
  const right = parsePartial(r, data, true)
  if (!left || !right || left.relative !== undefined || right.relative !== undefined)
    return undefined
  if (left.m === undefined) left.m = right.m
  if (right.m === undefined) right.m = left.m
  if (
    left.m === undefined ||
    right.m === undefined ||
    left.d === undefined ||
    right.d === undefined
  )
    return undefined
  const leftFirst = left.m < right.m || (left.m === right.m && left.d <= right.d)
  if (left.y === undefined && right.y !== undefined) left.y = leftFirst ? right.y : right.y - 1
  if (right.y === undefined && left.y !== undefined) right.y = leftFirst ? left.y : left.y + 1
  const from = resolve(left, reference)
  if (!from) return undefined
  if (right.y === undefined) right.y = leftFirst ? from.getUTCFullYear() : from.getUTCFullYear() + 1
  const to = resolve(right, reference)
  if (!to || to.getTime() < from.getTime()) return undefined
  return to.getTime() === from.getTime() ? { from: iso(from) } : { from: iso(from), to: iso(to) }
}

// ---------------------------------------------------------------------------------------------
// Numbers and money

interface NumberLocaleData {
  decimal: string
  group: string
}

const numberCache = new Map<string, NumberLocaleData>()

function numberData(locale: string | undefined): NumberLocaleData {
  const key = canonicalLocale(locale)
  let data = numberCache.get(key)
  if (!data) {
    const parts = new Intl.NumberFormat(key).formatToParts(1234567.5)
    const decimal = parts.find((p) => p.type === "decimal")?.value ?? "."
    const rawGroup = parts.find((p) => p.type === "group")?.value ?? ","
    const group =
      /^\s$/u.test(normalize(`x${rawGroup}x`).slice(1, -1)) || /\s/u.test(rawGroup)
        ? " "
        : normalize(rawGroup)
    data = { decimal: normalize(decimal), group: group || " " }
    numberCache.set(key, data)
  }
  return data
}

const digitPatterns = new Map<string, RegExp>()

function readDigits(text: string, decimal: string, group: string): number | undefined {
  let re = digitPatterns.get(decimal + group)
  if (!re) {
    const groupRe = group === " " ? "[ ]" : escapeRe(group)
    const decRe = escapeRe(decimal)
    // Thousands groups, or Indian lakh/crore groups (1,23,456).
    re = new RegExp(
      `^(\\d{1,3}(?:${groupRe}\\d{3})+|\\d{1,2}(?:${groupRe}\\d{2})+${groupRe}\\d{3}|\\d+)(?:${decRe}(\\d+))?$`,
    )
    digitPatterns.set(decimal + group, re)
  }
  const m = re.exec(text)
  if (!m) return undefined
  const integer = m[1].replace(/\D/g, "")
  return Number(m[2] === undefined ? integer : `${integer}.${m[2]}`)
}

/** "1.234,56" (de) / "1,234.56" (en) / "1 234,56" (fr) -> 1234.56. */
export function parseNumber(text: string, locale?: string): number | undefined {
  if (typeof text !== "string") return undefined
  const normalized = normalize(text).replace(/[’']/g, "'")
  const negative = /^[-−]/.test(normalized)
  const body = normalized.replace(/^[-−]\s*/, "")
  if (!/^\d[\d.,' ]*$/.test(body)) return undefined
  const { decimal, group } = numberData(locale)
  const attempts: [string, string][] = [[decimal, group]]
  // Pages sometimes print numbers in another convention than their language's.
  const other = decimal === "," ? "." : ","
  attempts.push([other, decimal], [other, " "], [other, "'"], [decimal, "'"])
  for (const [dec, grp] of attempts) {
    const value = readDigits(body, dec, grp)
    if (value !== undefined && Number.isFinite(value)) return negative ? -value : value
  }
  return undefined
}

/** Currencies seen on marketplaces; other ISO codes are still read when written as codes. */
const SYMBOL_CURRENCIES = [
  "USD", "EUR", "GBP", "JPY", "CAD", "MXN", "BRL", "INR", "AUD", "SGD", "AED", "SAR", "EGP", "TRY",
  "ZAR", "PLN", "SEK", "NOK", "DKK", "CHF", "CZK", "HUF", "RON", "CNY", "HKD", "NZD", "KRW", "ILS",
] // biome-ignore format: a table

interface SymbolData {
  symbol: Map<string, Set<string>>
  narrow: Map<string, Set<string>>
}

const symbolCache = new Map<string, SymbolData>()

const symbolOf = new Map<string, string | undefined>()

function currencySymbol(
  locale: string,
  currency: string,
  display: "symbol" | "narrowSymbol",
): string | undefined {
  const key = `${locale}|${currency}|${display}`
  if (symbolOf.has(key)) return symbolOf.get(key)
  const symbol = readCurrencySymbol(locale, currency, display)
  symbolOf.set(key, symbol)
  return symbol
}

function readCurrencySymbol(
  locale: string,
  currency: string,
  display: "symbol" | "narrowSymbol",
): string | undefined {
  try {
    const part = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      currencyDisplay: display,
    })
      .formatToParts(1)
      .find((p) => p.type === "currency")
    return part ? normalize(part.value).toLowerCase() : undefined
  } catch {
    return undefined
  }
}

function symbolData(locale: string): SymbolData {
  let data = symbolCache.get(locale)
  if (!data) {
    data = { symbol: new Map(), narrow: new Map() }
    for (const currency of SYMBOL_CURRENCIES) {
      for (const display of ["symbol", "narrowSymbol"] as const) {
        const symbol = currencySymbol(locale, currency, display)
        if (!symbol) continue
        const map = display === "symbol" ? data.symbol : data.narrow
        let set = map.get(symbol)
        if (!set) {
          set = new Set()
          map.set(symbol, set)
        }
        set.add(currency)
      }
    }
    symbolCache.set(locale, data)
  }
  return data
}

let isoCurrencies: Set<string> | undefined

function isIsoCurrency(code: string): boolean {
  if (!isoCurrencies) {
    try {
      isoCurrencies = new Set(
        (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf(
          "currency",
        ),
      )
    } catch {
      isoCurrencies = new Set(SYMBOL_CURRENCIES)
    }
  }
  return isoCurrencies.has(code)
}

function resolveCurrency(
  token: string,
  locale: string,
  hint: string | undefined,
): string | undefined {
  const upper = token.toUpperCase()
  if (/^[A-Z]{3}$/.test(upper) && isIsoCurrency(upper)) return upper
  const key = token.toLowerCase()
  const locales = [...new Set([locale, "en-US", "en-CA", "en-GB"])]
  if (hint && isIsoCurrency(hint)) {
    for (const loc of locales) {
      if (
        currencySymbol(loc, hint, "symbol") === key ||
        currencySymbol(loc, hint, "narrowSymbol") === key
      )
        return hint
    }
  }
  for (const loc of locales) {
    const data = symbolData(loc)
    for (const map of [data.symbol, data.narrow]) {
      const set = map.get(key)
      if (set?.size === 1) return [...set][0]
      if (set && set.size > 1) return undefined
    }
  }
  return undefined
}

/**
 * Money as printed: "$1,234.56", "1.234,56 €", "£12.99", "EUR 12,99", "￥1,234", "R$ 12,99".
 * The currency must be shown (symbol or ISO code); a bare number is not money.
 */
export function parseMoney(
  text: string,
  locale?: string,
  options: MoneyOptions = {},
): Money | undefined {
  if (typeof text !== "string" || text.length > 100) return undefined
  const normalized = normalize(text)
  const m = /\d(?:[\d.,' ]*\d)?/.exec(normalized)
  if (!m) return undefined
  let prefix = normalized.slice(0, m.index).trim()
  const suffix = normalized.slice(m.index + m[0].length).trim()
  let negative = false
  if (/^[-−]|[-−]$/.test(prefix)) {
    negative = true
    prefix = prefix.replace(/^[-−]\s*|\s*[-−]$/, "").trim()
  }
  if (!prefix && !suffix) return undefined
  const loc = canonicalLocale(locale)
  const tokens = [prefix, suffix].filter(Boolean)
  if (tokens.some((token) => /[\d-−]/.test(token) || token.length > 5)) return undefined
  const currencies = new Set(tokens.map((token) => resolveCurrency(token, loc, options.currency)))
  if (currencies.size !== 1) return undefined
  const currency = [...currencies][0]
  if (!currency) return undefined
  const value = parseNumber(m[0].trim(), loc)
  if (value === undefined) return undefined
  const amount = Math.round((negative ? -value : value) * 1e6) / 1e6
  return { amount, currency }
}
