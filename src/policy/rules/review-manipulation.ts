/**
 * Review and feedback manipulation, in English, Spanish, German, French and Italian: asking for a
 * positive or 5-star review, asking only satisfied buyers, offering anything for a review, asking
 * to remove or change one, steering unhappy buyers away from reviewing. A neutral request ("if you
 * have a moment, please leave a review") is fine; so is the seller saying they left feedback.
 *
 * Amazon blocks all of it. eBay blocks incentives; the rest is a warning there (eBay has its own
 * feedback revision process, and sellers may ask for feedback).
 */
import { prepare } from "../normalize"
import { findingAt, gap, type Message, SOURCES } from "../shared"
import type { Finding, PolicyRule, Severity } from "../types"

export const REVIEW_RULE_ID = "review-manipulation"

type Kind = "positive" | "happyOnly" | "incentive" | "change" | "steering"

const MESSAGES: Record<Kind, Message> = {
  positive: {
    en: "Asks for a positive or 5-star review: a review request must be neutral.",
    es: "Pide una valoración positiva o de 5 estrellas: la petición de valoración debe ser neutral.",
  },
  happyOnly: {
    en: "Asks only satisfied buyers to review: a review request must go to every buyer, worded neutrally.",
    es: "Pide la valoración solo a los compradores satisfechos: la petición debe ser neutral y para todos.",
  },
  incentive: {
    en: "Offers something (a refund, gift, discount, free product) for a review: never allowed.",
    es: "Ofrece algo (reembolso, regalo, descuento, producto gratis) a cambio de una valoración: nunca está permitido.",
  },
  change: {
    en: "Asks the buyer to remove or change a review: not allowed.",
    es: "Pide al comprador que elimine o cambie una valoración: no está permitido.",
  },
  steering: {
    en: "Steers the buyer away from leaving a (negative) review: not allowed.",
    es: "Disuade al comprador de dejar una valoración (negativa): no está permitido.",
  },
}

/** Review nouns. English "review" only where it is a noun ("a review", "your review", "reviews"). */
/**
 * Review nouns. English "review" only where it is a noun ("a review", "your review", "reviews");
 * French "note" and eBay's "your neutral" only after a determiner. Lookbehinds come after the
 * literal and are bounded, so they cost nothing where the word is absent.
 */
const REVIEW_DETERMINER =
  "(?:a|an|your|the|this|that|my|our|any|honest|positive|negative|good|great|bad|poor|glowing|nice|excellent|product|seller|star|neutral|quick|short|customer|amazon|ebay|fair)"
const NOUN =
  "(?:reviews?(?<=\\b" +
  REVIEW_DETERMINER +
  "[\\s-]{1,3}reviews?)|reviews|feedback|ratings?|stars|valoracion(?:es)?|resenas?|opinion(?:es)?|comentarios?|calificacion(?:es)?|puntuacion|estrellas|voto|bewertung(?:en)?|rezension(?:en)?|sterne|avis|commentaires?|evaluations?|etoiles|recension[ei]|valutazion[ei]|opinion[ei]|giudizi?o?|stelle|[a-z]{1,30}-?(?:bewertung|rezension)(?:en)?" +
  "|note(?<=\\b(?:une|la|votre|bonne|excellente|meilleure|mauvaise|cette)\\s{1,3}note)" +
  "|(?:neutral|negative|positive)(?<=\\b(?:your|a|the|my|that|this)\\s{1,3}(?:neutral|negative|positive))(?!\\s+(?:review|feedback|rating|experience|comment)))"
const NOUN_RE = new RegExp(`\\b${NOUN}\\b`, "gi")

const STARS =
  "(?:5|five|cinco|funf|cinq|cinque)\\s*-?\\s*(?:stars?|estrellas|sterne?n?|etoiles|stelle)\\b"
const POSITIVE_WORD =
  "(?:positive|positiv\\w*|good|great|excellent\\w*|glowing|nice|favou?rable|top|perfect|buen[oa]s?|excelente|estupend[oa]|gute[nrs]?|bonn?e?s?|buon[oa]?|ottim[oa]|eccellente|favorevole|mejor|best)"
const POSITIVE = new RegExp(
  `${STARS}|\\b${POSITIVE_WORD}\\s+${gap(1)}${NOUN}\\b|\\b${NOUN}\\s+(?:de\\s+|di\\s+)?${gap(1)}${POSITIVE_WORD}\\b`,
  "gi",
)
const REQUEST =
  /\b(?:please|leave|give|write|post|rate|would|could|appreciate|grateful|hope|consider|love|mind|kindly|if\s+you|why\s+not|don't\s+forget|remember\s+to|por\s+favor|deje\w*|dejar|denos|escrib\w*|agradec\w*|podria|ayudaria|si|bitte|hinterlass\w*|geben|schreiben|abgeben|freuen|wurden|konnten|dankbar|wenn|merci\s+de|s'il\s+vous\s+plait|laissez|laisser|donnez|ecrivez|pourriez|serions|reconnaissant\w*|per\s+favore|lasci|lasciare|dia|scriva|potrebbe|saremmo|grat[oi]|se|modifi\w*|chang\w*|update|cambi\w*|anpass\w*|andern|help\w*|means|aider\w*|aiut\w*|ayud\w*|helfen|hilft|plaisir|piacere|encant\w*)\b/i
/** The seller reporting feedback they left for the buyer (eBay): not a request. */
const SELLER_LEFT =
  /(?:^|\b(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?)(?:left|given|posted)\s+(?:you\b|a\b|positive\b)|\b(?:habe|haben)\s+ihnen\b|\b(?:he|hemos)\s+dejado\b|\b(?:je\s+vous\s+ai|nous\s+vous\s+avons|je\s+t'ai)\s+laisse|\b(?:le|vi|ti)\s+(?:ho|abbiamo)\s+lasciato\b/i

const HAPPY_ONLY =
  /\b(?:(?:if|when|only\s+if)\s+you(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been|\s+feel)?\s+(?:(?!not\b|un)\w+\s+)?(?:happy|satisfied|pleased|delighted|love|like|enjoy(?:ed)?|loved|liked)|si\s+(?:usted\s+)?(?:(?:esta|queda|ha\s+quedado|quedo|se\s+siente)\s+(?:muy\s+)?(?:satisfech\w*|content\w*|encantad\w*|conforme)|le\s+(?:ha\s+)?(?:gust\w*|encant\w*))|wenn\s+(?:sie|du)\s+(?:(?!nicht\b|un)\w+\s+){0,3}?(?:zufrieden|glucklich|begeistert)|si\s+vous\s+(?:etes|avez\s+ete|etiez)\s+(?:(?!pas\b)\w+\s+)?(?:satisfait\w*|content\w*|ravi\w*)|se\s+(?:e|sei|siete|e\s+stat[oa]|e\s+rimast[oa])\s+(?:(?!non\b)\w+\s+)?(?:soddisfatt\w*|content\w*)|se\s+le\s+(?:e\s+)?piaciut\w*)\b/gi

const INCENTIVE =
  /\b(?:gift\s?cards?|refund\w*|reimburs\w*|(?<!\bfeel\s)free(?!\s+to\b)|discount\w*|coupons?|vouchers?|rebates?|cash\s?back|money\s+back|rewards?|compensat\w*|bonus|freebies?|tarjeta\s+regalo|reembols\w*|devolv\w*|devuelv\w*|gratis|descuentos?|cupon\w*|regal\w*|gutschein\w*|erstatt\w*|ruckerstatt\w*|kostenlos\w*|rabatt\w*|geschenk\w*|belohn\w*|bon\s+d'achat|carte\s+cadeau|rembours\w*|gratuit\w*|offert\w*|offrons|offre|reduction|cadeau\w*|buono|rimbors\w*|omaggio|scont\w*|regalino|premio)\b|[$€£]\s?\d|\d\s?(?:[$€£]|eur\b|euros?\b)/gi

const CHANGE_VERB =
  "(?:remov\\w*|delet\\w*|chang\\w*|updat\\w*|revis\\w*|edit\\w*|withdraw\\w*|take\\s+down|retract\\w*|amend\\w*|reconsider\\w*|modif\\w*|upgrad\\w*|rais\\w*|elimin\\w*|borr\\w*|retir\\w*|cambi\\w*|quit\\w*|actualiz\\w*|actualic\\w*|correg\\w*|corrig\\w*|losch\\w*|entfern\\w*|andern|abandern|geandert|zuruckzieh\\w*|zuruckzuzieh\\w*|zurucknehm\\w*|anpass\\w*|korrigier\\w*|uberarbeit\\w*|aktualisier\\w*|revidier\\w*|supprim\\w*|mettre\\s+a\\s+jour|revoir|enlev\\w*|rimuov\\w*|rimoss\\w*|ritir\\w*|aggiorn\\w*|rived\\w*|togli\\w*|cancell\\w*)"
const CHANGE = new RegExp(
  `\\b${CHANGE_VERB}\\s+${gap(4)}${NOUN}\\b|\\b${NOUN}\\s+${gap(4)}${CHANGE_VERB}\\b`,
  "gi",
)

const NEGATIVE_WORD =
  "(?:negative|bad|poor|low|1-star|one-star|neutral|negativ\\w*|mal[oa]s?|mauvais\\w*|schlecht\\w*|cattiv[oa]|1[- ]?stern\\w*|1\\s+estrella|1\\s+etoile|1\\s+stella)"
const NEGATIVE_REVIEW = new RegExp(
  `\\b${NEGATIVE_WORD}\\s+${gap(1)}${NOUN}\\b|\\b${NOUN}\\s+(?:de\\s+|di\\s+)?${NEGATIVE_WORD}`,
  "gi",
)
const STEER_CUE =
  /\b(?:before|instead|rather\s+than|first|contact\w*|message\w*|write|let\s+(?:us|me)\s+know|reach|get\s+in\s+touch|don't|do\s+not|antes|en\s+lugar|en\s+vez|primero|contacte\w*|escrib\w*|pongase|no\s+deje|bevor|statt|anstatt|zuerst|kontaktier\w*|melden|schreiben|keine|avant|au\s+lieu|plutot|d'abord|contactez|ecrivez|ne\s+laissez|prima|invece|anziche|contatti|scriva|scriveteci|non\s+lasci)\b/i
const BEFORE_REVIEWING =
  /\b(?:(?:before|prior\s+to)\s+(?:you\s+)?(?:leav|writ|post|giv|submit|rat)\w*|instead\s+of\s+(?:leav|writ|post)\w*|rather\s+than\s+(?:leav|writ|post)\w*|antes\s+de\s+(?:dejar|escribir|poner|publicar|valorar|calificar)|en\s+(?:lugar|vez)\s+de\s+(?:dejar|escribir|poner)|bevor\s+sie|(?:an)?statt\s+(?:eine[nr]?\s+)?(?:\w+\s+)?(?:bewertung|rezension|feedback)|avant\s+de\s+(?:laisser|donner|ecrire|publier|mettre|noter|evaluer)|(?:au\s+lieu|plutot\s+que)\s+de\s+(?:laisser|donner|ecrire|mettre)|prima\s+di\s+(?:lasciare|scrivere|dare|pubblicare|valutare|recensire)|(?:invece|anziche)\s+di\s+(?:lasciare|scrivere|dare))\b/gi

function* spans(pattern: RegExp, text: string): Generator<[number, number]> {
  pattern.lastIndex = 0
  for (const match of text.matchAll(pattern)) yield [match.index, match.index + match[0].length]
}

export const reviewManipulationRule: PolicyRule = {
  id: REVIEW_RULE_ID,
  marketplaces: ["amazon", "ebay"],
  check(input) {
    const prepared = prepare(input.text)
    const text = prepared.text
    const amazon = input.marketplace === "amazon"
    const findings: Finding[] = []
    const add = (start: number, end: number, kind: Kind) => {
      const severity: Severity = amazon || kind === "incentive" ? "block" : "warn"
      findings.push(
        findingAt(prepared, start, end, {
          rule: REVIEW_RULE_ID,
          severity,
          message: MESSAGES[kind],
          source: amazon ? SOURCES.amazon : SOURCES.ebayFeedback,
        }),
      )
    }
    // Every pattern needs a review word in its sentence: only those sentences are searched.
    const sentences = new Map<number, { end: number; noun: [number, number] }>()
    for (const [start, end] of spans(NOUN_RE, text)) {
      const sentence = prepared.sentence(start)
      if (!sentences.has(sentence.start))
        sentences.set(sentence.start, { end: sentence.end, noun: [start, end] })
    }
    for (const [from, { end: to, noun }] of sentences) {
      const sentence = text.slice(from, to)
      const within = (pattern: RegExp, visit: (start: number, end: number) => void) => {
        for (const [start, end] of spans(pattern, sentence)) visit(from + start, from + end)
      }
      const sellerLeft = SELLER_LEFT.test(sentence)
      const requested = REQUEST.test(sentence) && !sellerLeft
      within(POSITIVE, (start, end) => {
        if (requested) add(start, end, "positive")
      })
      within(HAPPY_ONLY, (start, end) => add(start, end, "happyOnly"))
      within(CHANGE, (start, end) => add(start, end, "change"))
      if (STEER_CUE.test(sentence))
        within(NEGATIVE_REVIEW, (start, end) => add(start, end, "steering"))
      within(BEFORE_REVIEWING, (start, end) => add(start, end, "steering"))
      // An incentive and a review word in the same sentence: "a $10 gift card for your review".
      INCENTIVE.lastIndex = 0
      const incentive = sellerLeft ? null : INCENTIVE.exec(sentence)
      if (incentive) {
        const at = from + incentive.index
        add(Math.min(noun[0], at), Math.max(noun[1], at + incentive[0].length), "incentive")
      }
    }
    return findings
  },
}
