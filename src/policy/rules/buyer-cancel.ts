/**
 * Asking the buyer to cancel the order ("please cancel the order", "cancele el pedido",
 * "stornieren Sie", "annulez la commande", "annulli l'ordine"). On Amazon the seller cancels
 * (a buyer-requested cancellation that is really the seller's is a policy breach). The seller
 * saying they cancelled, or that no cancellation is needed, is fine.
 */
import { prepare } from "../normalize"
import { findingAt, gap, SOURCES } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const BUYER_CANCEL_RULE_ID = "buyer-cancel"

const PATTERNS: RegExp[] = [
  // English.
  new RegExp(
    "\\b(?:(?:please|kindly|pls)\\s+(?:go\\s+ahead\\s+and\\s+|just\\s+|simply\\s+)?(?:cancel|request\\s+(?:a|the)\\s+cancellation)\\b" +
      "|you(?:'ll|\\s+will|'d|\\s+would)?\\s+(?:can|could|should|may|might|must|need\\s+to|have\\s+to|will\\s+need\\s+to|would\\s+need\\s+to)\\s+(?:just\\s+|simply\\s+|please\\s+|also\\s+|first\\s+)?(?:cancel|request\\s+(?:a|the)\\s+cancellation)\\b" +
      "|(?:could|can|would|will)\\s+you\\s+(?:please\\s+|kindly\\s+)?(?:cancel|request\\s+(?:a|the)\\s+cancellation)\\b" +
      "|cancel\\s+(?:it|the\\s+order|your\\s+order|this\\s+order)\\s+(?:yourself|on\\s+your\\s+(?:end|side)|from\\s+your\\s+(?:end|side|account))" +
      // An imperative opening the sentence: "Cancel it and buy again."
      "|\\bcancel(?<=(?:^|[.!?][ \\t]{1,3}|\\n[ \\t]{0,3})cancel)\\s+(?:it|the\\s+order|your\\s+order|this\\s+order|the\\s+purchase)\\b(?!\\s*\\?))",
    "gi",
  ),
  // Spanish (usted): imperative/subjunctive, modal + infinitive.
  new RegExp(
    "\\b(?:cancele(?:lo|la)?|anule(?:lo|la)?|cancelen|solicite\\s+(?:la\\s+)?cancelacion)\\b" +
      `|(?<!\\bse\\s)\\b(?:puede|podria|tiene\\s+que|debe|deberia|necesita)\\s+(?:usted\\s+)?${gap(1)}(?:cancelar|anular|solicitar\\s+la\\s+cancelacion)\\b`,
    "gi",
  ),
  // German: "stornieren Sie", modal + Sie + … + stornieren, "Sie können … stornieren".
  new RegExp(
    "\\b[Ss]tornieren\\s+Sie\\b" +
      `|\\b(?:[Kk]onnen|[Kk]onnten|[Mm]ussen|[Mm]ussten|[Ss]ollten|[Ww]urden)\\s+Sie\\s+${gap(6)}(?:stornieren|[Ss]tornierung\\s+(?:beantragen|anfordern))\\b` +
      `|\\bSie\\s+(?:konnen|konnten|mussen|mussten|sollten|wurden)\\s+${gap(6)}(?:stornieren|[Ss]tornierung\\s+(?:beantragen|anfordern))\\b` +
      "|\\b(?:beantragen|fordern)\\s+Sie\\s+(?:bitte\\s+)?(?:die\\s+)?[Ss]tornierung\\b" +
      // Informal imperatives (du/ihr): "Bitte storniert die Bestellung", "Storniere deine Bestellung".
      "|\\b[Ss]tornier(?:e|t)?(?<=(?:^|[.!?][ \\t]{1,3}|\\n[ \\t]{0,3}|\\b[Bb]itte\\s{1,3})[Ss]tornier(?:e|t)?)\\s+(?:bitte\\s+)?(?:die|deine|eure)\\s+[Bb]estellung\\b",
    "g",
  ),
  // French (vous): imperative, "merci d'annuler", modal + annuler.
  new RegExp(
    "\\b(?:annulez|veuillez\\s+(?:bien\\s+vouloir\\s+)?annuler|merci\\s+d'annuler|demandez\\s+l'annulation)\\b" +
      `|\\b(?:pouvez|pourriez|devez|devriez|devrez|pourrez)(?:-vous)?\\s+${gap(2)}(?:annuler|demander\\s+l'annulation)\\b`,
    "gi",
  ),
  // Italian (Lei/voi): imperative, "la preghiamo di annullare", modal + annullare.
  new RegExp(
    "\\b(?:annulli|annullate|richieda\\s+l'annullamento)\\b" +
      `|\\b(?:la\\s+preghiamo\\s+di|le\\s+chiediamo\\s+di|per\\s+favore|puo|potrebbe|deve|dovrebbe|dovra|potete|dovete)\\s+${gap(2)}(?:annullare|richiedere\\s+l'annullamento)\\b`,
    "gi",
  ),
]

/** What is cancelled: a return request or a subscription is not the order. */
const OTHER_OBJECT =
  /\b(?:return|refund|request|subscription|retour|demande|abonnement|devolucion|solicitud|reembolso|suscripcion|rucksend\w*|ruckgabe\w*|erstattung|\w*antrag|abo\w*|reso|richiesta|rimborso|abbonamento)\b/i
const ORDER_OBJECT =
  /\b(?:order|purchase|commande|achat|pedido|compra|bestellung|kauf|auftrag|ordine|acquisto)\b/i

/** "No need to cancel", "no cancele", "nichts stornieren", "ne devez pas annuler". */
const NEGATED = /\b(?:not|don't|no|nunca|sin|ni|nicht|nichts|kein\w*|pas|non|nulla|niente)\b|\bn'/i

export const buyerCancelRule: PolicyRule = {
  id: BUYER_CANCEL_RULE_ID,
  marketplaces: ["amazon"],
  check(input) {
    const prepared = prepare(input.text)
    const text = prepared.text
    const findings: Finding[] = []
    for (const pattern of PATTERNS) {
      pattern.lastIndex = 0
      for (const match of text.matchAll(pattern)) {
        const start = match.index
        const end = start + match[0].length
        // A negation in the match or just before it turns the request around.
        const sentence = prepared.sentence(start)
        const before = text.slice(Math.max(sentence.start, start - 25), start)
        if (NEGATED.test(match[0]) || NEGATED.test(before.split(/[,;:]/).pop() ?? "")) continue
        const object = `${match[0]} ${text.slice(end, Math.min(sentence.end, end + 40))}`
        if (OTHER_OBJECT.test(object) && !ORDER_OBJECT.test(object)) continue
        findings.push(
          findingAt(prepared, start, end, {
            rule: BUYER_CANCEL_RULE_ID,
            severity: "block",
            message: {
              en: "Asks the buyer to cancel: on Amazon the seller cancels an order it cannot fulfil (Seller Central, Cancel order).",
              es: "Pide al comprador que cancele: en Amazon es el vendedor quien cancela el pedido que no puede cumplir.",
            },
            source: SOURCES.amazon,
          }),
        )
      }
    }
    return findings
  },
}
