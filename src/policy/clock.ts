/**
 * The response clock: how long the seller has left to answer a thread, by the marketplace's rule.
 *
 * - Amazon: every buyer message must be answered within 24 hours, weekends and holidays included.
 *   The clock runs from the buyer's oldest message not yet answered.
 * - eBay: item-not-received and return requests must be resolved within 3 business days
 *   (Saturdays and Sundays skipped) before the buyer can ask eBay to step in. Other threads have
 *   no deadline.
 *
 * Pure: `now` is a parameter. Message times without a time zone are the page's local times and are
 * read in the runtime's time zone (the browser's, which is the one the page renders in); business
 * days are counted in that time zone too. A date without a time (the page showed only the day)
 * starts the clock at the start of that day: the earliest possible deadline, flagged `approximate`.
 */
import type { Message, PageContext } from "~context/schema"

const HOUR = 60 * 60 * 1000

export const AMAZON_RESPONSE_MS = 24 * HOUR
/** Amazon: under 4 hours left is "due soon". */
export const AMAZON_DUE_SOON_MS = 4 * HOUR
export const EBAY_BUSINESS_DAYS = 3
/** eBay: under 24 hours left of the 3 business days is "due soon". */
export const EBAY_DUE_SOON_MS = 24 * HOUR

export type ClockRule = "amazon-24h" | "ebay-3-business-days"

/**
 * ok / due-soon / overdue: a deadline runs. answered: the last message is the seller's (Amazon).
 * unknown: a deadline applies but the message that starts it has no time. none: no deadline.
 */
export type ClockStatus = "ok" | "due-soon" | "overdue" | "answered" | "unknown" | "none"

export type EbayRequest = "item-not-received" | "return"

export interface ResponseClock {
  /** The rule that sets the deadline; absent when none applies. */
  rule?: ClockRule
  status: ClockStatus
  /** eBay: the kind of request that starts the clock. */
  request?: EbayRequest
  /** Index in `thread.messages` of the message that starts the clock (absent: the subject did). */
  messageIndex?: number
  /** When the clock started. */
  startedAt?: Date
  deadline?: Date
  /** deadline − now in milliseconds; negative when overdue. */
  remainingMs?: number
  /** The start is a date without a time: the start of that day was used, so the deadline is the earliest possible one. */
  approximate: boolean
  /**
   * Amazon: the unanswered buyer messages are only a plain thanks or acknowledgement, with no
   * question or request; the thread can be marked "no response needed".
   */
  noResponseNeeded: boolean
}

// ---------------------------------------------------------------------------------------------
// Times

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?$/

export interface ParsedTime {
  at: Date
  /** Only the date was known: `at` is the start of that (local) day. */
  dateOnly: boolean
}

/**
 * Reads a `sentAt` value (ISO date or date-time). With a zone (Z or ±hh:mm) the instant is exact;
 * without one it is a local time; a date alone is the start of that local day.
 */
export function parseSentAt(value: string): ParsedTime | undefined {
  const match = ISO_DATE_TIME.exec(value)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s, frac, zone] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = h === undefined ? 0 : Number(h)
  const minute = mi === undefined ? 0 : Number(mi)
  const second = s === undefined ? 0 : Number(s)
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000)
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined
  // The day must exist in that month (no Feb 30).
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCMonth() !== month - 1) return undefined

  let at: Date
  if (zone) {
    const offsetMinutes =
      zone === "Z"
        ? 0
        : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
    at = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000)
  } else {
    at = new Date(year, month - 1, day, hour, minute, second, ms)
    // Years 0–99 are mapped to 1900–1999 by the Date constructor.
    at.setFullYear(year)
  }
  return { at, dateOnly: h === undefined }
}

const isWeekend = (date: Date) => date.getDay() === 0 || date.getDay() === 6

/**
 * `start` plus `days` business days (Monday–Friday, local time), keeping the time of day. A start
 * on a weekend counts from the next Monday 00:00, so the deadline is the end of the last business
 * day (Saturday request, 3 days: Monday–Wednesday, deadline Thursday 00:00).
 */
export function addBusinessDays(start: Date, days: number): Date {
  const date = new Date(start.getTime())
  if (isWeekend(date)) {
    while (isWeekend(date)) date.setDate(date.getDate() + 1)
    date.setHours(0, 0, 0, 0)
  }
  let added = 0
  while (added < days) {
    date.setDate(date.getDate() + 1)
    if (!isWeekend(date)) added++
  }
  return date
}

// ---------------------------------------------------------------------------------------------
// Text

/** Lower case without accents ("Rückgabe" → "ruckgabe", "reçu" → "recu"); ß stays. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
}

const words = (list: string) => new Set(list.trim().split(/\s+/))

/** Words that make a message a thanks or an acknowledgement (folded). */
const ACK_WORDS = words(`
  thanks thank thx thnx thanx ty tysm cheers appreciate appreciated ok okay okey great perfect
  awesome excellent wonderful fantastic super fine alright brilliant lovely received noted
  gracias perfecto perfecta genial vale excelente estupendo entendido recibido
  danke dankeschon dank perfekt prima toll klasse verstanden erhalten
  merci parfait parfaite compris recu d'accord
  grazie perfetto perfetta ottimo capito ricevuto
`)

/** Words that may accompany a thanks without changing its meaning (folded). */
const FILLER_WORDS = words(`
  you so much very a lot lots again for the your all this that that's thats it it's is was i i'm
  we got have has had nice good day weekend evening and best regards kind many really sir madam
  dear hi hello hey help quick fast reply response answer info information update service
  sounds looks will do everything now just too also much truly sincerely of in my our to have
  muchas mucho muchisimas muchisimo de nuevo por la el su tu ayuda respuesta todo muy bien buen
  buena dia hola saludos saludo un una atentamente estimado estimada que tenga rapida informacion
  lo esta recibi
  vielen vielmals schon sehr fur ihre die hilfe antwort alles klar gut hallo liebe lieber
  gruße grusse gruss gruß lg mfg vg freundliche freundlichen viele besten schnell schnelle schnellen und das ist einen
  schonen tag ihnen dir auch
  beaucoup pour votre vos aide reponse mille bonne journee soiree bonjour salut cordialement tres
  tout c'est a vous bien je l'ai
  molte tante per il vostro suo tuo aiuto risposta tutto bene buona giornata ciao salve saluti
  cordiali gentilissimi gentili va infinite davvero l'ho
`)

/** Words that turn a thanks into something that needs an answer (folded). */
const REQUEST_WORDS = words(`
  but however though although still yet where when why how what which who can could would should
  please pls plz need needs want wanted not no never haven't hasn't didn't don't doesn't isn't
  wasn't can't cannot won't nothing wrong broken damaged missing cancel replace replacement
  problem issue instead if me send ship resend change exchange
  pero sin embargo todavia aun donde cuando como porque puede pueden podria podrian necesito
  necesita quiero queria nada cancelar problema roto rota falta favor
  aber jedoch wo wann warum wie konnen konnten bitte nicht kein keine keinen nie brauche
  mochte stornieren storno problem kaputt beschadigt fehlt falsch
  mais cependant toujours encore ou quand pourquoi comment pouvez pourriez besoin pas ne jamais
  rien annuler probleme casse manque veux voudrais svp s'il non
  ma tuttavia ancora dove quando perche potete puo potreste bisogno non mai niente annullare
  rotto manca vorrei voglio cortesia
`)

/** Names and signatures may follow a thanks ("Thanks, Maria Lopez"). */
const MAX_OTHER_WORDS = 2
const MAX_ACK_WORDS = 25

const JA_THANKS = /^(?:どうも)?(?:ありがとう|有難う)(?:ございます|ございました)?[。！!．.、\s]*$/

/**
 * True when the text is only a thanks or an acknowledgement ("Thanks!", "Gracias", "ok great",
 * "Perfect, thank you") with no question or request. "Thanks, but where is my order?" is false.
 * Unsure means false: a reply is never skipped on a guess.
 */
export function isAcknowledgementOnly(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === "") return false
  if (/[?¿？]/.test(trimmed)) return false
  if (JA_THANKS.test(trimmed)) return true
  const tokens = fold(trimmed).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []
  if (tokens.length === 0 || tokens.length > MAX_ACK_WORDS) return false
  let acks = 0
  let others = 0
  for (const token of tokens) {
    if (REQUEST_WORDS.has(token)) return false
    if (ACK_WORDS.has(token)) acks++
    else if (!FILLER_WORDS.has(token)) others++
  }
  return acks > 0 && others <= MAX_OTHER_WORDS
}

/** eBay requests, as eBay's own messages and subjects name them (folded, en/de/fr/it/es). */
const EBAY_REQUESTS: readonly { request: EbayRequest; pattern: RegExp }[] = [
  {
    request: "item-not-received",
    pattern:
      /\bitem not received\b|\b(?:item|order|package) (?:has not|hasn't|was not|wasn't) (?:been )?received\b|\bartikel nicht erhalten\b|\bnicht erhaltene[nm]? artikel|\b(?:objet|article|colis) non recu\b|\boggetto non ricevuto\b|\barticulo no recibido\b/,
  },
  {
    request: "return",
    pattern:
      /\breturn request\b|\brequested a return\b|\b(?:opened|started) a return\b|\breturn (?:was |has been )?(?:opened|started|requested)\b|\bruckgabe|\brucksendung|\bretour\b|\breso\b|\bdevolucion\b/,
  },
]

export function ebayRequestIn(text: string): EbayRequest | undefined {
  const folded = fold(text)
  return EBAY_REQUESTS.find(({ pattern }) => pattern.test(folded))?.request
}

// ---------------------------------------------------------------------------------------------
// Clocks

const NONE: ResponseClock = { status: "none", approximate: false, noResponseNeeded: false }

function running(
  rule: ClockRule,
  messageIndex: number | undefined,
  sentAt: string | undefined,
  deadlineOf: (start: Date) => Date,
  dueSoonMs: number,
  now: Date,
): ResponseClock {
  const parsed = sentAt === undefined ? undefined : parseSentAt(sentAt)
  if (!parsed) {
    return { rule, status: "unknown", messageIndex, approximate: false, noResponseNeeded: false }
  }
  const deadline = deadlineOf(parsed.at)
  const remainingMs = deadline.getTime() - now.getTime()
  return {
    rule,
    status: remainingMs < 0 ? "overdue" : remainingMs < dueSoonMs ? "due-soon" : "ok",
    messageIndex,
    startedAt: parsed.at,
    deadline,
    remainingMs,
    approximate: parsed.dateOnly,
    noResponseNeeded: false,
  }
}

/** Buyer-side messages: the buyer's own, and the marketplace's (Amazon writes on the buyer's behalf). */
const fromBuyerSide = (message: Message) => message.role !== "seller"

function amazonClock(messages: readonly Message[], now: Date): ResponseClock {
  if (messages.length === 0) return NONE
  const lastSeller = messages.findLastIndex((message) => message.role === "seller")
  const first = messages.findIndex((message, index) => index > lastSeller && fromBuyerSide(message))
  if (first === -1) {
    return { rule: "amazon-24h", status: "answered", approximate: false, noResponseNeeded: false }
  }
  const unanswered = messages.slice(first)
  const clock = running(
    "amazon-24h",
    first,
    messages[first].sentAt,
    (start) => new Date(start.getTime() + AMAZON_RESPONSE_MS),
    AMAZON_DUE_SOON_MS,
    now,
  )
  clock.noResponseNeeded = unanswered.every(
    (message) => message.role === "buyer" && isAcknowledgementOnly(message.text),
  )
  return clock
}

function ebayClock(context: PageContext, now: Date): ResponseClock {
  const messages = context.thread?.messages ?? []
  const deadlineOf = (start: Date) => addBusinessDays(start, EBAY_BUSINESS_DAYS)
  for (const [index, message] of messages.entries()) {
    if (message.role !== "marketplace") continue
    const request = ebayRequestIn(message.text)
    if (request) {
      return {
        ...running(
          "ebay-3-business-days",
          index,
          message.sentAt,
          deadlineOf,
          EBAY_DUE_SOON_MS,
          now,
        ),
        request,
      }
    }
  }
  const subject = context.thread?.subject
  const request = subject ? ebayRequestIn(subject) : undefined
  if (!request) return NONE
  // The subject names the request; the thread's first message is when it was opened.
  return {
    ...running(
      "ebay-3-business-days",
      undefined,
      messages[0]?.sentAt,
      deadlineOf,
      EBAY_DUE_SOON_MS,
      now,
    ),
    request,
  }
}

/** The deadline the open thread runs against, and how much time is left at `now`. */
export function responseClock(context: PageContext, now: Date): ResponseClock {
  if (context.marketplace.site === "ebay") return ebayClock(context, now)
  return amazonClock(context.thread?.messages ?? [], now)
}
