/**
 * Deterministic extraction of the checkable facts in a reply — order ids, tracking numbers, dates,
 * money amounts, URLs, email addresses, phone numbers, IBANs — and their grounding against the
 * page's context. The policy rules use the extractor (links, contact details, the fact check);
 * AI drafts reuse `extractFacts` + `groundFacts` to catch invented facts.
 *
 * Pure and DOM-free. Extraction reads the normalised text (`prepare`), so zero-width characters,
 * full-width forms and accents don't hide anything; offsets are reported in the original text.
 */
import type { PageContext, Site } from "~context/schema"
import { memo, type Prepared, prepare } from "./normalize"

export const FACT_KINDS = [
  "orderId",
  "trackingNumber",
  "date",
  "money",
  "url",
  "email",
  "phone",
  "iban",
] as const
export type FactKind = (typeof FACT_KINDS)[number]

/** A calendar date as written: the year may be missing ("December 5", "5. Dezember"). */
export interface PartialDate {
  year?: number
  month: number
  day: number
}

export interface DateReading {
  from: PartialDate
  to?: PartialDate
}

export interface Fact {
  kind: FactKind
  /** Span in the original text (UTF-16 offsets, end exclusive). */
  start: number
  end: number
  /** The original text of the span. */
  text: string
  /**
   * Canonical value: order ids and tracking numbers compact and upper-case, dates ISO
   * ("2025-12-05", "--12-05" without a year, "a/b" for a range), money "24.99 USD", URLs and
   * emails lower-case and undisguised, phones digits only ("+4930…" when international).
   */
  value: string
  /** Amazon (3-7-7) or eBay (2-5-5) order number. */
  marketplace?: Site
  /** The carrier a tracking number's format belongs to, when the format says so. */
  carrier?: string
  /** Every way the date can be read (numeric dates such as 05/12/2025 have two). */
  dates?: DateReading[]
  money?: { amount: number; currency?: string }
  /** Email or URL written to dodge filters ("name at gmail dot com", "shop punto es"). */
  disguised?: boolean
  /** A bare mention of the marketplace's own domain ("Amazon.de"), not a link. */
  marketplaceDomain?: boolean
}

/** A fact with its offsets in the normalised text, for the rules' own overlap checks. */
export interface LocatedFact extends Fact {
  nStart: number
  nEnd: number
}

// ---------------------------------------------------------------------------------------------
// Vocabularies

const MONTHS: Record<string, number> = {}
const MONTH_NAMES: Array<[number, string[]]> = [
  [1, ["january", "jan", "enero", "ene", "januar", "janner", "janvier", "janv", "gennaio", "gen"]],
  [2, ["february", "feb", "febrero", "februar", "fevrier", "fevr", "fev", "febbraio"]],
  [3, ["march", "mar", "marzo", "marz", "mars"]],
  [4, ["april", "apr", "abril", "abr", "avril", "avr", "aprile"]],
  [5, ["may", "mayo", "mai", "maggio", "mag"]],
  [6, ["june", "jun", "junio", "juni", "juin", "giugno", "giu"]],
  [7, ["july", "jul", "julio", "juli", "juillet", "juil", "luglio", "lug"]],
  [8, ["august", "aug", "agosto", "ago", "aout"]],
  [9, ["september", "sept", "sep", "septiembre", "setiembre", "set", "septembre", "settembre"]],
  [10, ["october", "oct", "octubre", "oktober", "okt", "octobre", "ottobre", "ott"]],
  [11, ["november", "nov", "noviembre", "novembre"]],
  [12, ["december", "dec", "diciembre", "dic", "dezember", "dez", "decembre", "dicembre"]],
]
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month

const AMBIGUOUS_MONTHS = new Set(["set", "ago", "gen", "mag", "mar"])

const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "lunes",
  "martes",
  "miercoles",
  "jueves",
  "viernes",
  "sabado",
  "domingo",
  "montag",
  "dienstag",
  "mittwoch",
  "donnerstag",
  "freitag",
  "samstag",
  "sonnabend",
  "sonntag",
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
  "lunedi",
  "martedi",
  "mercoledi",
  "giovedi",
  "venerdi",
  "sabato",
  "domenica",
]

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length)
const MONTH_RE = `(?:${byLength(Object.keys(MONTHS)).join("|")})\\.?`
const WEEKDAY_RE = `(?:${WEEKDAYS.join("|")})`
const DAY_RE = "\\d{1,2}(?:st|nd|rd|th|er|o|°|\\.)?"
const YEAR_RE = "(?:19|20)\\d{2}"
const ARTICLE_RE = "(?:(?:the|el|le|il|lo|den|dem|am|vom|du|del|al)\\s+|l')?"
const RANGE_WORD =
  "(?:-|/|to|till|until|through|thru|and|bis|und|zum|al|a|y|hasta|au|et|e|jusqu'au|fino al)"

/** Top-level domains accepted for bare domains ("shop.de") and disguised ones ("shop dot com"). */
export const TLDS = [
  "com",
  "net",
  "org",
  "info",
  "biz",
  "io",
  "co",
  "me",
  "tv",
  "ly",
  "gl",
  "gg",
  "to",
  "app",
  "dev",
  "shop",
  "store",
  "online",
  "site",
  "website",
  "web",
  "page",
  "blog",
  "xyz",
  "top",
  "club",
  "link",
  "click",
  "eu",
  "uk",
  "de",
  "es",
  "fr",
  "it",
  "nl",
  "be",
  "at",
  "ch",
  "pl",
  "pt",
  "se",
  "dk",
  "no",
  "fi",
  "ie",
  "cz",
  "sk",
  "hu",
  "ro",
  "gr",
  "lu",
  "us",
  "ca",
  "au",
  "nz",
  "mx",
  "br",
  "ar",
  "cl",
  "jp",
  "cn",
  "in",
  "ru",
  "tr",
  "za",
  "asia",
  "cat",
]
const TLD_RE = `(?:${byLength(TLDS).join("|")})`
/** TLDs a spaced plain dot ("shop . com") is read with: the common commercial ones. */
const SPACED_DOT_TLDS = new Set([
  "com",
  "net",
  "org",
  "info",
  "shop",
  "store",
  "de",
  "es",
  "fr",
  "it",
  "uk",
  "eu",
  "io",
])

/** Words that are not a domain's first label ("el punto es", "le point de", "the dot com"). */
const NOT_A_LABEL = new Set(
  (
    "the a an this that our your my his her its their one el la lo los las un una uno este esta ese esa " +
    "su sus mi nuestro nuestra der die das dem den des ein eine einen einem jeder dieser unser unsere " +
    "le les une ce cet cette mon ton son notre votre au aux du il gli uno questo questa ogni suo sua " +
    "nostro nostra del dei al nel sul ogni is it at of on in to and or y e et und o ou oder " +
    // Prepositions: "garder en point de retrait" is a pickup point, not the domain "en.de".
    "en par pour sur dans avec sans chez con per da di tra fra bei mit zum zur vom im am para por sin"
  ).split(" "),
)

/** Words before " at " that make "look at amazon dot com" a phrase, not an email address. */
const NOT_A_LOCAL_PART = new Set(
  (
    "look looking looked arrive arrived arrives arriving is are was were be been available stuck sitting " +
    "waiting held delivered sold listed buy bought shop shopping order ordered purchased collect collected " +
    "pick picked check checked glance priced rated charged starting stay stays stayed here there it us me " +
    "them him her you this that item items parcel package still only just one and or but directly find " +
    "found see seen visit visited us find available"
  ).split(" "),
)

const CARRIERS = [
  "ups",
  "usps",
  "fedex",
  "dhl",
  "gls",
  "dpd",
  "hermes",
  "evri",
  "brt",
  "sda",
  "tnt",
  "correos",
  "seur",
  "mrw",
  "nacex",
  "colissimo",
  "chronopost",
  "royal mail",
  "parcelforce",
  "poste italiane",
  "la poste",
  "mondial relay",
  "canada post",
  "australia post",
  "amazon logistics",
  "yodel",
  "inpost",
  "ontrac",
  "lasership",
  "purolator",
]
const TRACKING_WORDS =
  "tracking|tracking number|tracking no|tracking id|tracking code|trackingnummer|sendungsnummer|" +
  "sendungsverfolgung|paketnummer|sendung|seguimiento|localizador|numero de envio|suivi|" +
  "numero de colis|tracciamento|spedizione|lettera di vettura|waybill|awb|consignment"
const TRACKING_CUE = new RegExp(`\\b(?:${TRACKING_WORDS}|${CARRIERS.join("|")})\\b`, "gi")

const PHONE_CUE = new RegExp(
  "\\b(?:(?:my|our|mi|nuestro|mein\\w*|unser\\w*|mon|notre|il\\s+mio|il\\s+nostro)\\s+(?:number|numero|nummer)|call|calling|phone|telephone|tel|mobile|cell|ring|text|sms|whatsapp|hotline|fax|" +
    "llam\\w*|telefono|movil|anruf\\w*|rufen|ruf|telefon\\w*|handy\\w*|mobil\\w*|rufnummer|" +
    "erreichbar|appel\\w*|portable|joindre|chiam\\w*|cellulare)\\b",
  "gi",
)

const PHONE_CUE_AHEAD = new RegExp(PHONE_CUE.source, "i")

// ---------------------------------------------------------------------------------------------
// Patterns (compiled once)

const ORDER_ID_RE = /(?<![\d-])(?:\d{3}-\d{7}-\d{7}|\d{2}-\d{5}-\d{5})(?![\d-])/g

const STRONG_TRACKING: Array<[RegExp, string | undefined]> = [
  [/(?<![A-Za-z0-9])1Z(?: ?[0-9A-Z]){16}(?![A-Za-z0-9])/gi, "UPS"],
  [/(?<![A-Za-z0-9])TBA\d{12}(?![A-Za-z0-9])/g, "Amazon Logistics"],
  [/(?<![A-Za-z0-9])[A-Z]{2} ?\d{3} ?\d{3} ?\d{3} ?[A-Z]{2}(?![A-Za-z0-9])/g, undefined],
  [/(?<!\d)(?<!\d )9[1-5]\d{2}(?: ?\d{4}){4}(?: ?\d{2,4})?(?!\d)/g, "USPS"],
  [/(?<![A-Za-z0-9])(?:00340\d{15}|JJD\d{10,21})(?![A-Za-z0-9])/g, "DHL"],
  [/(?<![A-Za-z0-9])P[QKX][A-Z0-9]{19,21}(?![A-Za-z0-9])/g, "Correos"],
  [/(?<![A-Za-z0-9])\d[A-Z]\d{11}(?![A-Za-z0-9])/g, "La Poste"],
]
/** Any long code, or digits in groups of four: a tracking number when a carrier or "tracking" precedes it. */
const WEAK_TRACKING = /(?<![\w-])(?:[A-Z0-9]{8,35}|\d{4}(?: \d{4}){2,5}(?: \d{1,4})?)(?![\w-])/g

const NUMERIC_DATE =
  /(?<![\d./-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([./])(\d{1,2})\5(\d{4}|\d{2})|(\d{1,2})-(\d{1,2})-(\d{4}))(?![\d./-]|-\d)/g
const DAY_FIRST_DATE = new RegExp(
  `(?<![\\d.,:/])${ARTICLE_RE}${DAY_RE}(?:\\s*${RANGE_WORD}\\s*(?:${WEEKDAY_RE},?\\s+)?${ARTICLE_RE}${DAY_RE})?` +
    `\\s*(?:de\\s+|of\\s+)?${MONTH_RE}(?:\\s*,?\\s*(?:de\\s+|del\\s+)?${YEAR_RE})?(?![\\w])`,
  "gi",
)
const MONTH_FIRST_DATE = new RegExp(
  `\\b${MONTH_RE}\\s+${DAY_RE}(?:\\s*${RANGE_WORD}\\s*(?:${WEEKDAY_RE},?\\s+)?(?:${MONTH_RE}\\s+)?${DAY_RE})?` +
    `(?:\\s*,?\\s*${YEAR_RE})?(?![\\w])`,
  "gi",
)
const LEADING_ARTICLE = new RegExp(`^${ARTICLE_RE.slice(0, -1)}`, "i")
/** Month abbreviations, written with a dot ("Dez.", "déc.", "dic."). */
const ABBREVIATIONS = new Set(
  Object.keys(MONTHS).filter(
    (name) =>
      name.length <= 4 &&
      !["june", "july", "mayo", "juni", "juli", "juin", "mars", "marz", "aout"].includes(name),
  ),
)
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY_RE}\\.?,?\\s*(?:the\\s+)?$`, "i")
const RANGE_BETWEEN = new RegExp(
  `^\\s*${RANGE_WORD}\\s*(?:(?:the|el|le|il|den|zum|al|au)\\s+|l')?(?:${WEEKDAY_RE},?\\s+)?$`,
  "i",
)

const CURRENCY_PREFIX =
  "US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|HK\\$|MX\\$|R\\$|S\\$|\\$|€|£|¥|₹|CHF|EUR|USD|GBP|CAD|AUD|NZD|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|MXN|BRL|INR|TRY|SGD|HKD"
const CURRENCY_SUFFIX =
  "\\$US|\\$CA|\\$AU|£GB|US\\$|CA\\$|AU\\$|\\$|€|£|¥|CHF|EUR|USD|GBP|CAD|AUD|NZD|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|MXN|BRL|INR|TRY|SGD|HKD|" +
  "euros?|dollars?|dolares|dollari|pounds?|libras?|sterline|sterlina|pfund|livres?|kr"
const AMOUNT = "\\d{1,3}(?:[.,' ]\\d{3})+(?:[.,]\\d{1,2}|,-{1,2})?|\\d+(?:[.,]\\d{1,2}|,-{1,2})?"
const MONEY_RE = new RegExp(
  `(?<![\\w.,])(?:(${CURRENCY_PREFIX})\\s?(${AMOUNT})|(${AMOUNT})\\s?(${CURRENCY_SUFFIX}))(?![\\w])`,
  "gi",
)

const IBAN_RE =
  /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
const EMAIL_RE = new RegExp(
  `(?<![\\w.+-])[\\w.+-]{1,64}@${LABEL}(?:\\.${LABEL}){0,4}\\.[a-z]{2,24}(?![\\w-])`,
  "gi",
)
/** "name @ gmail . com": spaces on both sides of the @, spaced dots allowed. */
const SPACED_EMAIL_RE = new RegExp(
  `(?<![\\w.+-])[\\w.+-]{1,64}\\s+@\\s+${LABEL}(?:\\s*\\.\\s*${LABEL}){0,4}\\s*\\.\\s*(${TLD_RE})(?![\\w-])`,
  "gi",
)
const WORD_DOT = "(?:dot|punto|punkt|point)"
const DISGUISED_AT =
  "(?:\\s*(?:\\(\\s*(?:at|@|a)\\s*\\)|\\[\\s*(?:at|@|a)\\s*\\]|\\{\\s*(?:at|@)\\s*\\}|<\\s*(?:at|@)\\s*>)\\s*|\\s+(?:at|arroba|arobase|chiocciola|chiocciolina|klammeraffe|aet)\\s+)"
const DISGUISED_DOT = `(?:\\s*(?:\\.|\\(\\s*(?:${WORD_DOT}|\\.)\\s*\\)|\\[\\s*(?:${WORD_DOT}|\\.)\\s*\\]|\\{\\s*${WORD_DOT}\\s*\\})\\s*|\\s+${WORD_DOT}\\s+)`
const DISGUISED_EMAIL_RE = new RegExp(
  `(?<![\\w.+-])([\\w.+-]{1,64})(${DISGUISED_AT})(${LABEL})(?:${DISGUISED_DOT}${LABEL}){0,3}${DISGUISED_DOT}(${TLD_RE})(?![\\w-])`,
  "gi",
)
const MAIL_PROVIDER_RE =
  /\b(?:gmail|googlemail|hotmail|yahoo\s?mail|gmx|protonmail|proton\s?mail|icloud|aol\s?mail|libero\s?mail|t-online)\b/gi

const URL_SCHEME_RE = /\b(?:https?|hxxps?|ftp)\s?:\s?\/\/[^\s<>"'{}|\\^]+/gi
const WWW_RE = new RegExp(
  `\\bwww\\d?(?:\\s*\\.\\s*|\\s+${WORD_DOT}\\s+|\\s*[[(]\\s*(?:${WORD_DOT}|\\.)\\s*[\\])]\\s*)${LABEL}` +
    `(?:(?:\\s*\\.\\s*|\\s+${WORD_DOT}\\s+|\\s*[[(]\\s*(?:${WORD_DOT}|\\.)\\s*[\\])]\\s*)${LABEL}){0,4}(?:/[^\\s<>"']*)?`,
  "gi",
)
const BARE_DOMAIN_RE = new RegExp(
  `(?<![\\w@.-])(?:${LABEL}\\.){1,5}${TLD_RE}(?![\\w-])(?::\\d{2,5})?(?:/[^\\s<>"']*)?`,
  "gi",
)
const SPACED_DOT = `(?:\\s+${WORD_DOT}\\s+|\\s*[[({]\\s*(?:${WORD_DOT}|\\.)\\s*[\\])}]\\s*|\\s+\\.\\s*|\\s*\\.\\s+)`
const DISGUISED_DOMAIN_RE = new RegExp(
  `(?<![\\w@.-])(${LABEL})((?:(?:\\.|${SPACED_DOT})${LABEL}){0,4})(${SPACED_DOT}|\\.)(${TLD_RE})(?![\\w-])(?:\\s*(?:/|\\bslash\\b)\\s*[\\w-]+)*`,
  "gi",
)
const MARKETPLACE_DOMAIN =
  /^(?:www\.)?(?:amazon|ebay)\.(?:co\.uk|co\.jp|com\.au|com\.mx|com\.br|com\.tr|com\.be|[a-z]{2,3})$/i

// ---------------------------------------------------------------------------------------------
// Helpers

interface Raw {
  kind: FactKind
  nStart: number
  nEnd: number
  value: string
  marketplace?: Site
  carrier?: string
  dates?: DateReading[]
  money?: { amount: number; currency?: string }
  disguised?: boolean
  marketplaceDomain?: boolean
}

const overlapsAny = (list: Raw[], start: number, end: number) =>
  list.some((item) => item.nStart < end && start < item.nEnd)

function* matches(pattern: RegExp, text: string) {
  pattern.lastIndex = 0
  yield* text.matchAll(pattern)
}

function compact(value: string): string {
  return value.replace(/[\s-]/g, "").toUpperCase()
}

function trimUrl(text: string): string {
  return text.replace(/[.,;:!?)\]}'"]+$/, "")
}

function validDate(date: PartialDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return false
  const year = date.year ?? 2024
  const last = new Date(Date.UTC(year, date.month, 0)).getUTCDate()
  return date.day <= last
}

const pad = (value: number) => String(value).padStart(2, "0")
export function isoOf(date: PartialDate): string {
  return `${date.year ?? "-"}-${pad(date.month)}-${pad(date.day)}`
}

// ---------------------------------------------------------------------------------------------
// Extractors (normalised offsets)

function orderIds(text: string): Raw[] {
  return [...matches(ORDER_ID_RE, text)].map((match) => ({
    kind: "orderId" as const,
    nStart: match.index,
    nEnd: match.index + match[0].length,
    value: match[0],
    marketplace: match[0].length === 19 ? ("amazon" as const) : ("ebay" as const),
  }))
}

function trackingNumbers(text: string, taken: Raw[]): Raw[] {
  const found: Raw[] = []
  for (const [pattern, carrier] of STRONG_TRACKING) {
    for (const match of matches(pattern, text)) {
      const start = match.index
      const end = start + match[0].length
      if (overlapsAny(found, start, end) || overlapsAny(taken, start, end)) continue
      found.push({
        kind: "trackingNumber",
        nStart: start,
        nEnd: end,
        value: compact(match[0]),
        carrier,
      })
    }
  }
  const cues = [...matches(TRACKING_CUE, text)].map((match) => match.index + match[0].length)
  if (cues.length === 0) return found
  for (const match of matches(WEAK_TRACKING, text)) {
    const start = match.index
    const end = start + match[0].length
    if ((match[0].match(/\d/g)?.length ?? 0) < 8) continue
    if (!cues.some((cue) => cue <= start && start - cue <= 40)) continue
    if (overlapsAny(found, start, end) || overlapsAny(taken, start, end)) continue
    found.push({ kind: "trackingNumber", nStart: start, nEnd: end, value: compact(match[0]) })
  }
  return found
}

function readWordDate(matched: string): DateReading | undefined {
  const tokens = matched.toLowerCase().match(/[a-z]+|\d+/g) ?? []
  const months: number[] = []
  const days: number[] = []
  let year: number | undefined
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      const value = Number(token)
      if (token.length === 4) year = value
      else days.push(value)
    } else if (MONTHS[token] !== undefined) months.push(MONTHS[token])
  }
  if (months.length === 0 || days.length === 0 || days.length > 2) return undefined
  // "2 set di cavi", "3 mar": abbreviations that are also words need a year or their dot.
  if (
    year === undefined &&
    tokens.some((token) => AMBIGUOUS_MONTHS.has(token)) &&
    !/\b(?:set|ago|gen|mag|mar)\./i.test(matched)
  ) {
    return undefined
  }
  // Month-first ("December 5 – January 9"): months and days alternate; day-first shares the month.
  const from: PartialDate = { year, month: months[0], day: days[0] }
  const reading: DateReading = { from }
  if (days.length === 2) {
    const to: PartialDate = { year, month: months[months.length - 1], day: days[1] }
    if (months.length === 1 && days[1] < days[0]) return undefined
    reading.to = to
  }
  if (!validDate(reading.from) || (reading.to && !validDate(reading.to))) return undefined
  return reading
}

function dates(text: string, taken: Raw[]): Raw[] {
  const found: Raw[] = []
  const add = (start: number, end: number, readings: DateReading[]) => {
    if (readings.length === 0 || overlapsAny(found, start, end) || overlapsAny(taken, start, end))
      return
    found.push({ kind: "date", nStart: start, nEnd: end, value: "", dates: readings })
  }
  for (const match of matches(NUMERIC_DATE, text)) {
    const readings: DateReading[] = []
    if (match[1]) {
      readings.push({ from: { year: +match[1], month: +match[2], day: +match[3] } })
    } else {
      const [first, second, yearText] = match[4]
        ? [+match[4], +match[6], match[7]]
        : [+match[8], +match[9], match[10]]
      const year = yearText.length === 2 ? 2000 + +yearText : +yearText
      readings.push({ from: { year, month: second, day: first } })
      // Only dotted dates are unambiguously day-first (German, Italian); slashes read both ways.
      if (match[5] !== "." && first !== second)
        readings.push({ from: { year, month: first, day: second } })
    }
    add(
      match.index,
      match.index + match[0].length,
      readings.filter((r) => validDate(r.from)),
    )
  }
  for (const pattern of [MONTH_FIRST_DATE, DAY_FIRST_DATE]) {
    for (const match of matches(pattern, text)) {
      let start = match.index
      let matched = match[0]
      // The article is part of the pattern ("9 y el 11 de…") but not of the date's span.
      const article = LEADING_ARTICLE.exec(matched)
      if (article) {
        start += article[0].length
        matched = matched.slice(article[0].length)
      }
      // "…de diciembre." ends a sentence: the dot belongs to abbreviations only ("5 dic. 2025").
      const dotted = /([a-z]+)\.$/i.exec(matched)
      if (dotted && !ABBREVIATIONS.has(dotted[1].toLowerCase())) matched = matched.slice(0, -1)
      const end = start + matched.length
      const reading = readWordDate(matched)
      if (!reading) continue
      const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 16), start))
      if (before) start -= before[0].length
      add(start, end, [reading])
    }
  }
  found.sort((a, b) => a.nStart - b.nStart)
  // "28 December 2025 – 9 January 2026", "December 5 to December 9": two dates joined into a range.
  const merged: Raw[] = []
  for (const item of found) {
    const last = merged[merged.length - 1]
    if (
      last?.dates?.length === 1 &&
      item.dates?.length === 1 &&
      !last.dates[0].to &&
      !item.dates[0].to &&
      RANGE_BETWEEN.test(text.slice(last.nEnd, item.nStart))
    ) {
      const from = { ...last.dates[0].from }
      const to = item.dates[0].from
      if (from.year === undefined && to.year !== undefined) {
        from.year = from.month > to.month ? to.year - 1 : to.year
      }
      last.nEnd = item.nEnd
      last.dates = [{ from, to }]
      continue
    }
    merged.push(item)
  }
  for (const item of merged) {
    item.value = (item.dates ?? [])
      .map((reading) =>
        reading.to ? `${isoOf(reading.from)}/${isoOf(reading.to)}` : isoOf(reading.from),
      )
      .join("|")
  }
  return merged
}

const CURRENCY_WORDS: Record<string, string> = {
  $: "$",
  us$: "USD",
  $us: "USD",
  ca$: "CAD",
  c$: "CAD",
  $ca: "CAD",
  au$: "AUD",
  a$: "AUD",
  $au: "AUD",
  nz$: "NZD",
  hk$: "HKD",
  mx$: "MXN",
  r$: "BRL",
  s$: "SGD",
  "€": "EUR",
  "£": "GBP",
  "£gb": "GBP",
  "¥": "¥",
  "₹": "INR",
  euro: "EUR",
  euros: "EUR",
  dollar: "$",
  dollars: "$",
  dolares: "$",
  dollari: "$",
  pound: "GBP",
  pounds: "GBP",
  libra: "GBP",
  libras: "GBP",
  sterline: "GBP",
  sterlina: "GBP",
  pfund: "GBP",
  livre: "GBP",
  livres: "GBP",
  kr: "kr",
}

function currencyOf(symbol: string): string {
  const key = symbol.toLowerCase()
  return CURRENCY_WORDS[key] ?? symbol.toUpperCase()
}

/** "1.234,50", "1,234.50", "1 234,50", "34,-" → a number. */
export function parseAmount(text: string): number | undefined {
  let value = text.replace(/,-+$/, "")
  const last = Math.max(value.lastIndexOf("."), value.lastIndexOf(","))
  let decimals = ""
  if (last >= 0 && value.length - last - 1 <= 2) {
    decimals = value.slice(last + 1)
    value = value.slice(0, last)
  }
  const integer = value.replace(/[.,' ]/g, "")
  if (!/^\d+$/.test(integer)) return undefined
  return Number(decimals ? `${integer}.${decimals}` : integer)
}

function money(text: string, taken: Raw[]): Raw[] {
  const found: Raw[] = []
  for (const match of matches(MONEY_RE, text)) {
    const start = match.index
    const end = start + match[0].length
    if (overlapsAny(taken, start, end)) continue
    const symbol = match[1] ?? match[4]
    const amount = parseAmount(match[2] ?? match[3])
    if (amount === undefined) continue
    const currency = currencyOf(symbol)
    found.push({
      kind: "money",
      nStart: start,
      nEnd: end,
      value: `${amount.toFixed(2)} ${currency}`,
      money: { amount, currency },
    })
  }
  return found
}

function ibans(text: string, taken: Raw[]): Raw[] {
  const found: Raw[] = []
  for (const match of matches(IBAN_RE, text)) {
    const value = compact(match[0])
    if (value.length < 15 || value.length > 34) continue
    const start = match.index
    const end = start + match[0].length
    if (overlapsAny(taken, start, end)) continue
    found.push({ kind: "iban", nStart: start, nEnd: end, value })
  }
  return found
}

function emails(text: string): Raw[] {
  const found: Raw[] = []
  if (text.includes("@")) {
    for (const match of matches(EMAIL_RE, text)) {
      const value = match[0].toLowerCase()
      found.push({ kind: "email", nStart: match.index, nEnd: match.index + match[0].length, value })
    }
    for (const match of matches(SPACED_EMAIL_RE, text)) {
      const start = match.index
      const end = start + match[0].length
      if (overlapsAny(found, start, end)) continue
      const value = match[0].replace(/\s/g, "").toLowerCase()
      found.push({ kind: "email", nStart: start, nEnd: end, value, disguised: true })
    }
  }
  for (const match of matches(DISGUISED_EMAIL_RE, text)) {
    const start = match.index
    const end = start + match[0].length
    if (overlapsAny(found, start, end)) continue
    const [, local, at, domain, tld] = match
    const plainAt = /^\s+at\s+$/i.test(at)
    if (plainAt && NOT_A_LOCAL_PART.has(local.toLowerCase())) continue
    // "the manual at www.shop.com" is a link, not an address.
    if (/^www\d?$/i.test(domain)) continue
    if (tld !== tld.toLowerCase() && match[0] !== match[0].toUpperCase()) continue
    const value = match[0]
      .replace(new RegExp(DISGUISED_AT, "i"), "@")
      .replace(new RegExp(DISGUISED_DOT, "gi"), ".")
      .replace(/\s/g, "")
      .toLowerCase()
    found.push({ kind: "email", nStart: start, nEnd: end, value, disguised: true })
  }
  return found
}

const SPACED_DOT_G = new RegExp(SPACED_DOT, "gi")
function canonicalUrl(text: string): string {
  return text
    .replace(SPACED_DOT_G, ".")
    .replace(/\s*\bslash\b\s*/gi, "/")
    .replace(/\s/g, "")
    .toLowerCase()
}

function urls(text: string, taken: Raw[]): Raw[] {
  const found: Raw[] = []
  const add = (start: number, raw: string, disguised: boolean) => {
    const trimmed = trimUrl(raw)
    const end = start + trimmed.length
    if (trimmed.length === 0 || overlapsAny(found, start, end) || overlapsAny(taken, start, end))
      return
    const value = canonicalUrl(trimmed)
    found.push({
      kind: "url",
      nStart: start,
      nEnd: end,
      value,
      disguised,
      marketplaceDomain: MARKETPLACE_DOMAIN.test(value) || undefined,
    })
  }
  for (const match of matches(URL_SCHEME_RE, text)) add(match.index, match[0], false)
  for (const match of matches(WWW_RE, text)) {
    const host = canonicalUrl(trimUrl(match[0])).split("/")[0]
    const spaced = /\s|\[|\(/.test(match[0])
    // "www." with plain dots is a web address whatever its top-level domain; spaced, only known ones.
    if (spaced && !TLDS.includes(host.slice(host.lastIndexOf(".") + 1))) continue
    add(match.index, match[0], spaced)
  }
  for (const match of matches(BARE_DOMAIN_RE, text)) {
    const host = match[0].replace(/[/:].*$/, "")
    const labels = host.split(".")
    const tld = labels[labels.length - 1]
    // "Thanks.It was": a sentence run together, not a domain.
    if (tld !== tld.toLowerCase() && host !== host.toUpperCase()) continue
    if (!labels.slice(0, -1).some((label) => /[a-z]/i.test(label))) continue
    add(match.index, match[0], false)
  }
  for (const match of matches(DISGUISED_DOMAIN_RE, text)) {
    const [whole, first, middle, lastDot, tld] = match
    const separators = `${middle}${lastDot}`
    // Only a written-out or spaced dot makes it a disguised domain; plain dots are bare domains.
    if (!new RegExp(SPACED_DOT, "i").test(separators)) continue
    if (NOT_A_LABEL.has(first.toLowerCase()) || first.length < 2) continue
    if (tld !== tld.toLowerCase()) continue
    const wordDot = new RegExp(`\\b${WORD_DOT}\\b|[[({]`, "i").test(separators)
    if (!wordDot && !SPACED_DOT_TLDS.has(tld)) continue
    add(match.index, whole, true)
  }
  return found
}

function phones(text: string, taken: Raw[]): Raw[] {
  const found: Raw[] = []
  const candidate =
    /(?<![\w+@/.,-])(?:\+\s?|00)?(?:\d|\(\d{1,5}\))(?:\d|[ .\-/]{1,2}(?=[\d(])|\s?\(\d{1,4}\)\s?){5,30}(?![\w@])/g
  let cues: number[] | undefined
  let trackingCues: number[] | undefined
  for (const match of matches(candidate, text)) {
    const raw = match[0].trim()
    const start = match.index
    const end = start + match[0].length
    if (overlapsAny(taken, start, end)) continue
    const international = /^(?:\+|00)/.test(raw)
    const digits = raw.replace(/\D/g, "")
    const national = raw.startsWith("00") ? digits.slice(2) : digits
    let phone = false
    if (international) phone = national.length >= 8 && national.length <= 15
    else if (digits.length >= 7 && digits.length <= 13) {
      cues ??= [...matches(PHONE_CUE, text)].map((cue) => cue.index + cue[0].length)
      trackingCues ??= [...matches(TRACKING_CUE, text)].map((cue) => cue.index + cue[0].length)
      const nearest = (list: number[]) =>
        Math.max(-1, ...list.filter((cue) => cue <= start && start - cue <= 30))
      // A cue shortly after, in the same sentence, counts too: "555 0143, text me".
      const after = text.slice(end, end + 20)
      const cueAfter = after.search(PHONE_CUE_AHEAD)
      const cue = cueAfter >= 0 && !/[.!?\n]/.test(after.slice(0, cueAfter)) ? start : nearest(cues)
      const shaped =
        /^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(raw) ||
        (/^\(?0\d{1,4}\)?(?:[ ./-]{1,2}\d{2,8}){1,4}$/.test(raw) &&
          digits.length >= 9 &&
          digits.length <= 12) ||
        /^0[1-9]\d{8,10}$/.test(raw) ||
        (/^[6789]\d{1,2}(?:[ .]\d{2,3}){2,3}$/.test(raw) && digits.length === 9) ||
        (/^3\d{2}[ .]?\d{3}[ .]?\d{3,4}$/.test(raw) && digits.length >= 9)
      phone = (cue >= 0 && cue > nearest(trackingCues)) || (shaped && nearest(trackingCues) < 0)
    }
    if (phone) {
      found.push({
        kind: "phone",
        nStart: start,
        nEnd: start + match[0].trimEnd().length,
        value: international ? `+${national}` : digits,
      })
    }
  }
  return found
}

/** Digits as words, in the five languages ("zero seven seven double-oh…", "seis uno dos…"). */
const DIGIT_WORDS: Record<string, number> = {}
for (const [digit, words] of [
  [0, "zero oh cero null nulla"],
  [1, "one uno eins un"],
  [2, "two dos zwei deux due"],
  [3, "three tres drei trois tre"],
  [4, "four cuatro vier quatre quattro"],
  [5, "five cinco funf cinq cinque"],
  [6, "six seis sechs sei"],
  [7, "seven siete sieben sept sette"],
  [8, "eight ocho acht huit otto"],
  [9, "nine nueve neun neuf nove"],
] as const) {
  for (const word of words.split(" ")) DIGIT_WORDS[word] = digit
}
const REPEAT_WORDS = new Set(["double", "triple", "doppel", "doble", "doppio"])
const SPELLED_RUN = new RegExp(
  `\\b(?:(?:${[...Object.keys(DIGIT_WORDS), ...REPEAT_WORDS, "hundred", "\\d{1,4}"].join("|")})(?:[\\s,.-]{1,3}|$)){7,24}`,
  "gi",
)

/** Phone numbers spelled out: at least 7 digits, at least 4 of them as words. */
function spelledPhones(text: string, taken: Raw[]): Raw[] {
  const found: Raw[] = []
  for (const match of matches(SPELLED_RUN, text)) {
    const tokens = match[0].toLowerCase().match(/[a-z]+|\d+/g) ?? []
    if (tokens.filter((token) => token in DIGIT_WORDS).length < 4) continue
    let digits = ""
    let words = 0
    let repeat = 1
    for (const token of tokens) {
      if (REPEAT_WORDS.has(token)) repeat = token.startsWith("t") ? 3 : 2
      else if (token === "hundred") digits += "00"
      else {
        const digit = /^\d+$/.test(token) ? token : String(DIGIT_WORDS[token])
        if (!/^\d+$/.test(token)) words++
        digits += digit.repeat(repeat)
        repeat = 1
      }
    }
    const start = match.index
    const end = start + match[0].replace(/[\s,.-]+$/, "").length
    if (words < 4 || digits.length < 7 || digits.length > 15 || overlapsAny(taken, start, end))
      continue
    found.push({ kind: "phone", nStart: start, nEnd: end, value: digits })
  }
  return found
}

// ---------------------------------------------------------------------------------------------
// Public API

function extract(prepared: Prepared): LocatedFact[] {
  const text = prepared.text
  const located: Raw[] = []
  located.push(...emails(text))
  located.push(...urls(text, located))
  located.push(...orderIds(text))
  located.push(...trackingNumbers(text, located))
  located.push(...ibans(text, located))
  located.push(...money(text, located))
  located.push(...dates(text, located))
  located.push(...phones(text, located))
  located.push(...spelledPhones(text, located))
  return located
    .map((raw) => {
      const span = prepared.span(raw.nStart, raw.nEnd)
      const fact: LocatedFact = {
        kind: raw.kind,
        start: span.start,
        end: span.end,
        text: prepared.original.slice(span.start, span.end),
        value: raw.value,
        nStart: raw.nStart,
        nEnd: raw.nEnd,
      }
      if (raw.marketplace) fact.marketplace = raw.marketplace
      if (raw.carrier) fact.carrier = raw.carrier
      if (raw.dates) fact.dates = raw.dates
      if (raw.money) fact.money = raw.money
      if (raw.disguised) fact.disguised = true
      if (raw.marketplaceDomain) fact.marketplaceDomain = true
      return fact
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
}

/** The facts in a text, sorted by position (memoised per prepared text). */
export function extractLocatedFacts(input: string | Prepared): LocatedFact[] {
  const prepared = typeof input === "string" ? prepare(input) : input
  return memo(prepared, "facts", () => extract(prepared))
}

/** The facts in a text, sorted by position, with original offsets. */
export function extractFacts(input: string | Prepared): Fact[] {
  return extractLocatedFacts(input).map(({ nStart: _start, nEnd: _end, ...fact }) => ({ ...fact }))
}

/** Mentions of a webmail provider ("my gmail is…") outside a full address. */
export function mailProviderMentions(prepared: Prepared): Array<[number, number]> {
  return [...matches(MAIL_PROVIDER_RE, prepared.text)].map((match) => [
    match.index,
    match.index + match[0].length,
  ])
}

// ---------------------------------------------------------------------------------------------
// Grounding

export type Grounding = "supported" | "contradicted" | "unsupported"

export interface GroundedFact {
  fact: Fact
  status: Grounding
  /** What the page shows for this kind of fact, when it shows one. */
  expected?: string
}

interface KnownDates {
  days: PartialDate[]
  ranges: Array<{ from: string; to: string }>
}

function knownDates(context: PageContext): KnownDates {
  const order = context.order
  const toDate = (iso: string): PartialDate => ({
    year: +iso.slice(0, 4),
    month: +iso.slice(5, 7),
    day: +iso.slice(8, 10),
  })
  const days: PartialDate[] = []
  const ranges: Array<{ from: string; to: string }> = []
  for (const iso of [order?.purchaseDate, order?.shippedDate, order?.deliveredDate]) {
    if (iso) days.push(toDate(iso))
  }
  for (const range of [order?.shipBy, order?.deliverBy]) {
    if (!range) continue
    days.push(toDate(range.from))
    if (range.to) {
      days.push(toDate(range.to))
      ranges.push({ from: range.from, to: range.to })
    }
  }
  for (const message of context.thread?.messages ?? []) {
    if (message.sentAt) days.push(toDate(message.sentAt.slice(0, 10)))
  }
  return { days, ranges }
}

function dateSupported(date: PartialDate, known: KnownDates): boolean {
  const sameDay = (other: PartialDate) =>
    other.month === date.month &&
    other.day === date.day &&
    (date.year === undefined || other.year === date.year)
  if (known.days.some(sameDay)) return true
  return known.ranges.some((range) => {
    const years =
      date.year !== undefined ? [date.year] : [+range.from.slice(0, 4), +range.to.slice(0, 4)]
    return years.some((year) => {
      const iso = isoOf({ year, month: date.month, day: date.day })
      return iso >= range.from && iso <= range.to
    })
  })
}

const DOLLARS = new Set(["USD", "CAD", "AUD", "NZD", "MXN", "HKD", "SGD", "BRL"])
function currencyMatches(written: string | undefined, actual: string): boolean {
  if (!written) return true
  if (written === actual) return true
  if (written === "$") return DOLLARS.has(actual)
  if (written === "¥") return actual === "JPY" || actual === "CNY"
  if (written === "kr") return ["SEK", "NOK", "DKK", "ISK"].includes(actual)
  return false
}

function knownAmounts(context: PageContext): Array<{ amount: number; currency: string }> {
  const order = context.order
  if (!order) return []
  const amounts: Array<{ amount: number; currency: string }> = []
  if (order.total) amounts.push(order.total)
  let sum = 0
  let currency: string | undefined
  for (const item of order.items) {
    if (!item.unitPrice) continue
    const quantity = item.quantity ?? 1
    amounts.push(item.unitPrice)
    amounts.push({ amount: item.unitPrice.amount * quantity, currency: item.unitPrice.currency })
    sum += item.unitPrice.amount * quantity
    currency ??= item.unitPrice.currency
  }
  if (currency) amounts.push({ amount: sum, currency })
  return amounts
}

/**
 * Each order id, tracking number, date and amount in the text against the page's facts:
 * supported (the page shows it), contradicted (the page shows a different order id or tracking
 * number) or unsupported (the page doesn't show it). Other kinds are not grounded.
 */
export function groundFacts(facts: readonly Fact[], context: PageContext): GroundedFact[] {
  const order = context.order
  let dates: KnownDates | undefined
  let amounts: Array<{ amount: number; currency: string }> | undefined
  const grounded: GroundedFact[] = []
  for (const fact of facts) {
    switch (fact.kind) {
      case "orderId": {
        if (!order?.id) grounded.push({ fact, status: "unsupported" })
        else if (compact(order.id) === compact(fact.value))
          grounded.push({ fact, status: "supported" })
        else grounded.push({ fact, status: "contradicted", expected: order.id })
        break
      }
      case "trackingNumber": {
        const expected = order?.trackingNumber
        if (!expected) grounded.push({ fact, status: "unsupported" })
        else if (compact(expected) === fact.value) grounded.push({ fact, status: "supported" })
        else grounded.push({ fact, status: "contradicted", expected })
        break
      }
      case "date": {
        dates ??= knownDates(context)
        const known = dates
        const ok = (fact.dates ?? []).some(
          (reading) =>
            dateSupported(reading.from, known) && (!reading.to || dateSupported(reading.to, known)),
        )
        grounded.push({ fact, status: ok ? "supported" : "unsupported" })
        break
      }
      case "money": {
        amounts ??= knownAmounts(context)
        const written = fact.money
        const ok =
          written !== undefined &&
          amounts.some(
            (known) =>
              Math.abs(known.amount - written.amount) < 0.005 &&
              currencyMatches(written.currency, known.currency),
          )
        grounded.push({ fact, status: ok ? "supported" : "unsupported" })
        break
      }
      default:
        break
    }
  }
  return grounded
}
