/**
 * Guards on AI replies: promises the seller does not allow (refunds and money back,
 * replacements, discounts and freebies), the system prompt leaking into the reply, and buyer
 * requests that need a human decision. Links and contact details are the policy rules' job
 * (links, email-addresses, phone-numbers, off-platform), run on every draft by `checkDraft`.
 *
 * Patterns read the policy's normalised text (no accents, no invisible characters, ASCII
 * punctuation), in English, Spanish, German, French and Italian.
 */

import { latestBuyerMessage } from "~context/facts"
import type { PageContext } from "~context/schema"
import { normalizeText, type Prepared, prepare } from "~policy/normalize"
import { findingAt, type Message } from "~policy/shared"
import type { Finding } from "~policy/types"
import type { Allow, NeedsHuman } from "./protocol"

export const PROMISE_RULE_ID = "ai-unallowed-promise"
export const LEAK_RULE_ID = "ai-prompt-leak"

const SOURCE = "Your AI settings (what the seller allows)"

interface PromiseKind {
  allowed: (allow: Allow) => boolean
  /** What is promised: the span flagged. */
  pattern: RegExp
  message: Message
}

const PROMISES: PromiseKind[] = [
  {
    allowed: (allow) => allow.refunds,
    pattern:
      /\b(?:refund\w*|money back|reimburs\w*|compensat\w*|reembols\w*|devolver(?:le|te)? (?:el|su|tu) dinero|devolucion del dinero|ruckerstatt\w*|erstatt\w*|geld zuruck|rembours\w*|rimbors\w*|risarci\w*)\b/gi,
    message: {
      en: "This promises a refund or money back, which your AI settings do not allow.",
      es: "Esto promete un reembolso o devolver dinero, algo que su configuración de IA no permite.",
    },
  },
  {
    allowed: (allow) => allow.replacements,
    pattern:
      /\b(?:replac\w*|(?:send|ship)(?:ing)? (?:you )?(?:a |another |a new )(?:one|unit|item)|reemplaz\w*|sustitu\w*|reenvi\w*|ersatz\w*|austausch\w*|remplac\w*|sostitu\w*)\b/gi,
    message: {
      en: "This promises a replacement, which your AI settings do not allow.",
      es: "Esto promete una sustitución, algo que su configuración de IA no permite.",
    },
  },
  {
    allowed: (allow) => allow.discounts,
    pattern:
      /(?:\b(?:discount\w*|coupon\w*|voucher\w*|promo(?:tion(?:al)?)? code|gift card|free of charge|for free|descuento\w*|cupon\w*|gratis|gratuit\w*|rabatt\w*|gutschein\w*|kostenlos\w*|reduction\w*|remise\w*|bon d'achat|sconto|sconti|buono\w*)\b|\d+ ?% ?(?:off|de descuento|rabatt)\b)/gi,
    message: {
      en: "This offers a discount, coupon or something free, which your AI settings do not allow.",
      es: "Esto ofrece un descuento, un cupón o algo gratis, algo que su configuración de IA no permite.",
    },
  },
]

/** Words that decline or defer what follows them ("we can't refund", "will review a refund"). */
const DECLINES = new RegExp(
  "\\b(?:not|cannot|can't|won't|unable|never|review\\w*|no podemos|no es posible|revis\\w*|" +
    "nicht|keine?|ne pouvons|pas|non possiamo|non e possibile)\\b",
  "i",
)
/** Reassurances that contain a negation but decline nothing ("No problem, I'll refund you"). */
const REASSURANCES =
  /\b(?:no problem|not a problem|no worries|sin problema|no hay problema|kein problem|pas de probleme|pas de souci|nessun problema)\b/gi
/** A negation governs its own clause: "It did not arrive, so we will refund you" promises. */
const CLAUSE_ENDS = [".", "!", "?", "\n", ",", ";", ":"]
/** How far before a promise a negation still governs it. */
const DECLINE_REACH_WORDS = 5

/** Whether the few words before `index`, in its clause, decline or defer the promise there. */
function declinedAt(text: string, index: number): boolean {
  const clauseStart = Math.max(...CLAUSE_ENDS.map((end) => text.lastIndexOf(end, index - 1))) + 1
  const before = text.slice(clauseStart, index).replace(REASSURANCES, " ")
  const reach = before.split(/\s+/).filter(Boolean).slice(-DECLINE_REACH_WORDS).join(" ")
  return DECLINES.test(reach)
}

/** Promises of things the seller does not allow. */
export function promiseFindings(text: string, allow: Allow): Finding[] {
  const prepared = prepare(text)
  const findings: Finding[] = []
  for (const kind of PROMISES) {
    if (kind.allowed(allow)) continue
    kind.pattern.lastIndex = 0
    for (const match of prepared.text.matchAll(kind.pattern)) {
      if (declinedAt(prepared.text, match.index)) continue
      findings.push(
        findingAt(prepared, match.index, match.index + match[0].length, {
          rule: PROMISE_RULE_ID,
          severity: "block",
          message: kind.message,
          source: SOURCE,
        }),
      )
    }
  }
  return findings.sort((a, b) => a.start - b.start)
}

const SHINGLE = 7

function words(prepared: Prepared): Array<{ word: string; start: number; end: number }> {
  return [...prepared.text.matchAll(/[a-z0-9]+/gi)].map((match) => ({
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/**
 * The system prompt (any run of seven of its words, or the request's data marker) repeated in
 * the reply: the model was talked into revealing its instructions.
 */
export function leakFindings(text: string, system: string, marker?: string): Finding[] {
  const prepared = prepare(text)
  const ours = new Set<string>()
  const systemWords =
    normalizeText(system)
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  for (let index = 0; index + SHINGLE <= systemWords.length; index++) {
    ours.add(systemWords.slice(index, index + SHINGLE).join(" "))
  }
  const spans: Array<[number, number]> = []
  const reply = words(prepared)
  for (let index = 0; index + SHINGLE <= reply.length; index++) {
    const shingle = reply.slice(index, index + SHINGLE)
    if (!ours.has(shingle.map((entry) => entry.word).join(" "))) continue
    const start = shingle[0].start
    const end = shingle[SHINGLE - 1].end
    const last = spans[spans.length - 1]
    if (last && start <= last[1]) last[1] = end
    else spans.push([start, end])
  }
  if (marker) {
    for (const match of prepared.text.matchAll(new RegExp(marker, "gi"))) {
      spans.push([match.index, match.index + match[0].length])
    }
  }
  return spans.map(([start, end]) =>
    findingAt(prepared, start, end, {
      rule: LEAK_RULE_ID,
      severity: "block",
      message: {
        en: "This repeats the AI's instructions, not a reply to the buyer: remove it.",
        es: "Esto repite las instrucciones de la IA, no es una respuesta al comprador: quítelo.",
      },
      source: "AI draft",
    }),
  )
}

const HUMAN_CUES: Array<[NonNullable<NeedsHuman["reason"]>, RegExp]> = [
  [
    "legal",
    /\b(?:lawyer|attorney|lawsuit|sue|court|legal action|abogad\w*|demand\w* judicial|denuncia\w*|anwalt|klage|gericht|avocat|tribunal|avvocat\w*|denunci\w*)\b/i,
  ],
  [
    "claim",
    /\b(?:a-to-z|a-z claim|guarantee claim|chargeback|dispute|open(?:ing)? a (?:case|claim)|reclamacion|garantia de la a a la z|contracargo|disputa|reklamation|ruckbuchung|litige|reclamation|contestazione|reclamo)\b/i,
  ],
  [
    "refund",
    /\b(?:refund\w*|money back|reembols\w*|mi dinero|ruckerstatt\w*|geld zuruck|rembours\w*|rimbors\w*)\b/i,
  ],
]

/** Whether the buyer's latest message asks for a refund, opens a claim or threatens action. */
export function needsHumanFromContext(context: PageContext): NeedsHuman | undefined {
  const latest = latestBuyerMessage(context)
  if (!latest) return undefined
  const text = normalizeText(latest.text)
  for (const [reason, pattern] of HUMAN_CUES) {
    if (pattern.test(text)) return { required: true, reason }
  }
  return undefined
}
