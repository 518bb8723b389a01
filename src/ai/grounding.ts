/**
 * The grounding check of AI replies: every order id, tracking number, date, amount, URL, email,
 * phone number and IBAN in the text (extracted deterministically by the policy extractor) is
 * compared with the page's context. Unlike the policy's fact-mismatch rule it also runs when the
 * page shows no order, and it treats links and contact details as unverified: the page's trusted
 * facts never contain them, and buyer text that does is not a source a reply may copy from.
 */
import type { PageContext } from "~context/schema"
import { extractLocatedFacts, type FactKind, groundFacts, type LocatedFact } from "~policy/facts"
import { prepare } from "~policy/normalize"
import { findingAt, type Message, SOURCES } from "~policy/shared"
import type { Finding } from "~policy/types"
import type { FactUsed } from "./protocol"

export const UNVERIFIED_RULE_ID = "ai-unverified-fact"

const compact = (value: string) => value.replace(/[\s\-_.,]/g, "").toLowerCase()

const LABELS: Record<FactKind, Message> = {
  orderId: { en: "order number", es: "número de pedido" },
  trackingNumber: { en: "tracking number", es: "número de seguimiento" },
  date: { en: "date", es: "fecha" },
  money: { en: "amount", es: "importe" },
  url: { en: "link", es: "enlace" },
  email: { en: "email address", es: "dirección de correo" },
  phone: { en: "phone number", es: "número de teléfono" },
  iban: { en: "bank account (IBAN)", es: "cuenta bancaria (IBAN)" },
}

/** Context paths of the facts a supported value can come from. */
const FIELD_OF: Partial<Record<FactKind, string>> = {
  orderId: "order.id",
  trackingNumber: "order.trackingNumber",
}

/**
 * Upper-case codes mixing letters and digits ("SAVE20", "RMA-48213"): coupon, return or
 * reference codes a model may invent. Only the page's own identifiers are verified ones.
 */
const CODE = /(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,24}(?<!-)(?![\w-])/g

const CODE_MESSAGE: Message = {
  en: "Unverified code: the page does not show it (an invented coupon, return or reference code?). Check it before sending.",
  es: "Código sin verificar: la página no lo muestra (¿un cupón, código de devolución o referencia inventado?). Compruébelo antes de enviar.",
}

/** Every identifier the page shows, compacted: order, tracking, item numbers, words of titles. */
function knownCodes(context: PageContext): Set<string> {
  const order = context.order
  const values = [order?.id, order?.trackingNumber, context.thread?.itemId, context.thread?.id]
  for (const item of order?.items ?? []) {
    values.push(item.asin, item.itemId, item.sku, ...(item.title?.split(/\s+/) ?? []))
  }
  return new Set(values.filter((value): value is string => !!value).map(compact))
}

export interface GroundingReport {
  findings: Finding[]
  /** Values of the reply the page shows, with the context field they come from when known. */
  supported: FactUsed[]
}

function message(fact: LocatedFact, expected?: string): Message {
  const label = LABELS[fact.kind]
  if (expected) {
    return {
      en: `Unverified ${label.en}: the page shows ${expected}, not this.`,
      es: `${label.es[0].toUpperCase()}${label.es.slice(1)} sin verificar: la página muestra ${expected}, no esto.`,
    }
  }
  return {
    en: `Unverified ${label.en}: the page does not show it. Check it before sending.`,
    es: `${label.es[0].toUpperCase()}${label.es.slice(1)} sin verificar: la página no lo muestra. Compruébelo antes de enviar.`,
  }
}

/** Every checkable value of a reply against the context. */
export function groundReply(text: string, context: PageContext): GroundingReport {
  const prepared = prepare(text)
  const facts = extractLocatedFacts(prepared)
  const findings: Finding[] = []
  const supported: FactUsed[] = []
  const flag = (fact: LocatedFact, severity: "block" | "warn", expected?: string) =>
    findings.push(
      findingAt(prepared, fact.nStart, fact.nEnd, {
        rule: UNVERIFIED_RULE_ID,
        severity,
        message: message(fact, expected),
        source: SOURCES.facts,
      }),
    )
  const grounded = new Map(groundFacts(facts, context).map((entry) => [entry.fact, entry]))
  for (const fact of facts) {
    const entry = grounded.get(fact)
    if (!entry) {
      // Links, emails, phones, IBANs: never among the page's facts.
      if (!fact.marketplaceDomain) flag(fact, "warn")
      continue
    }
    if (entry.status === "supported") {
      supported.push({ field: FIELD_OF[fact.kind] ?? fact.kind, value: fact.text })
    } else flag(fact, entry.status === "contradicted" ? "block" : "warn", entry.expected)
  }
  let known: Set<string> | undefined
  for (const match of prepared.text.matchAll(CODE)) {
    const start = match.index
    const end = start + match[0].length
    if (facts.some((fact) => fact.nStart < end && start < fact.nEnd)) continue
    known ??= knownCodes(context)
    if (known.has(compact(match[0]))) continue
    findings.push(
      findingAt(prepared, start, end, {
        rule: UNVERIFIED_RULE_ID,
        severity: "warn",
        message: CODE_MESSAGE,
        source: SOURCES.facts,
      }),
    )
  }
  return { findings: findings.sort((a, b) => a.start - b.start), supported }
}

/** The value at a context path such as "order.items[0].title" or "order.total". */
export function valueAtPath(context: PageContext, path: string): string | undefined {
  let value: unknown = context
  for (const part of path.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    if (value === null || typeof value !== "object") return undefined
    value = (value as Record<string, unknown>)[part]
  }
  if (typeof value === "string" || typeof value === "number") return String(value)
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>
    if (typeof record.amount === "number") return `${record.amount} ${record.currency}`
    if (typeof record.from === "string") return [record.from, record.to].filter(Boolean).join(" ")
  }
  return undefined
}

/**
 * The facts the model says it used, kept only when the context holds that value at that path,
 * joined with the supported values found in the reply itself.
 */
export function verifiedFactsUsed(
  claimed: readonly FactUsed[],
  supported: readonly FactUsed[],
  context: PageContext,
): FactUsed[] {
  const kept = claimed.filter(({ field, value }) => {
    const actual = valueAtPath(context, field)
    if (actual === undefined) return false
    const [claim, real] = [compact(value), compact(actual)]
    // A fragment ("1Z") proves nothing: at least four characters, or the whole value.
    if (claim.length < Math.min(4, real.length)) return false
    return real.includes(claim) || claim.includes(real)
  })
  const seen = new Set(kept.map((fact) => `${fact.field}\u0000${compact(fact.value)}`))
  for (const fact of supported) {
    const key = `${fact.field}\u0000${compact(fact.value)}`
    if (!seen.has(key) && fact.field.includes(".")) {
      seen.add(key)
      kept.push(fact)
    }
  }
  return kept
}
