/**
 * Taking the sale, the payment or the conversation off the marketplace: "pay me directly",
 * "buy from our website", bank transfer / PayPal friends and family / Venmo / Bizum, IBANs,
 * WhatsApp and other messaging apps, social media handles. Both marketplaces forbid it.
 */
import { extractLocatedFacts } from "../facts"
import { prepare } from "../normalize"
import { findingAt, gap, type Message, sentenceTester, sourceFor } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const OFF_PLATFORM_RULE_ID = "off-platform"

const MESSAGES = {
  outside: {
    en: "Proposes dealing outside the marketplace: sales, payments and conversations must stay on it.",
    es: "Propone tratar fuera del marketplace: ventas, pagos y conversaciones deben quedarse en él.",
  },
  direct: {
    en: "Invites the buyer to buy or pay directly, outside the marketplace: not allowed.",
    es: "Invita al comprador a comprar o pagar directamente, fuera del marketplace: no está permitido.",
  },
  shop: {
    en: "Points the buyer to the seller's own shop or website to buy: not allowed.",
    es: "Remite al comprador a la tienda o web propia del vendedor para comprar: no está permitido.",
  },
  payment: {
    en: "Asks for payment outside the marketplace's checkout: not allowed.",
    es: "Pide un pago fuera del sistema de pago del marketplace: no está permitido.",
  },
  bank: {
    en: "Bank details (IBAN): payment information outside the marketplace is not allowed.",
    es: "Datos bancarios (IBAN): no se permiten datos de pago fuera del marketplace.",
  },
  messaging: {
    en: "Moves the conversation to a messaging app: keep it in the marketplace's messages.",
    es: "Lleva la conversación a una aplicación de mensajería: manténgala en los mensajes del marketplace.",
  },
  social: {
    en: "Social media contact or handle: contact details are not allowed; keep the conversation here.",
    es: "Contacto o usuario de redes sociales: no se permiten datos de contacto; mantenga la conversación aquí.",
  },
} satisfies Record<string, Message>

type Kind = keyof typeof MESSAGES

const MARKETPLACE = "(?:the\\s+)?(?:ebay|amazon)"
const ALWAYS: Array<[RegExp, Kind]> = [
  [
    new RegExp(
      `\\b(?:outside(?:\\s+of)?|off|away\\s+from|bypass(?:ing)?|without\\s+going\\s+through|fuera\\s+de|sin\\s+pasar\\s+por|ausserhalb(?:\\s+von)?|außerhalb(?:\\s+von)?|an\\s+${MARKETPLACE}\\s+vorbei|en\\s+dehors\\s+d(?:e\\s+|')|hors\\s+d(?:e\\s+|')|sans\\s+passer\\s+par|fuori\\s+da|al\\s+di\\s+fuori\\s+di|senza\\s+passare\\s+(?:da|per))\\s*${MARKETPLACE}\\b`,
      "gi",
    ),
    "outside",
  ],
  [
    new RegExp(
      `\\b(?:(?:buy|order|purchase|pay|paying|sell|deal)\\w*\\s+${gap(3)}directly|direct\\s+(?:sale|deal|payment|purchase)|` +
        `(?:sell|verkauf|vend)\\w*\\s+${gap(4)}(?:privately|privat|en\\s+direct|in\\s+privato|en\\s+privado|por\\s+privado)|` +
        `(?:compr|pag|pid|encarg|vend)\\w*\\s+${gap(2)}directamente|directamente\\s+(?:a|con|en|de|desde)\\s+(?:nosotros|nuestr\\w+|mi|mis)|` +
        `direkt\\s+(?:bei|an|von|uber|über)\\s+(?:uns|mich|mir|unser\\w*|mein\\w*)|(?:zahl|bezahl|uberweis|bestell|kauf)\\w*\\s+${gap(3)}direkt|direkt\\s+${gap(3)}(?:zahlen|bezahlen|uberweisen|bestellen|kaufen)|` +
        `(?:achet|command|pay|regl|vend)\\w*\\s+${gap(2)}directement|directement\\s+(?:aupres\\s+de|chez|sur|a|par)\\s+(?:nous|notre|nos|moi|mon)|` +
        `(?:acquist|compr|ordin|pag|vend)\\w*\\s+${gap(2)}direttamente|direttamente\\s+(?:da|presso|sul|sulla|con|a)\\s+(?:noi|nostr\\w*|me|mio|mia))\\b`,
      "gi",
    ),
    "direct",
  ],
  [
    /\b(?:(?:our|my)\s+(?:own\s+)?(?:online\s?shop|online\s?store|web\s?shop|e-?shop)|(?:nuestra|mi)\s+(?:propia\s+)?tienda\s+(?:online|en\s+linea|web)|(?:unser|mein)\w*\s+(?:eigene\w*\s+)?(?:online-?shop|webshop|internetshop)|(?:notre|ma)\s+(?:propre\s+)?(?:boutique\s+en\s+ligne|e-?boutique)|(?:nostro|mio)\s+(?:negozio\s+online|shop\s+online|e-?shop))\b/gi,
    "shop",
  ],
  [
    /\b(?:venmo|zelle|cash\s?app|western\s+union|moneygram|bizum|satispay|postepay|revolut|skrill|bitcoin|crypto\w*|cripto\w*|krypto\w*|twint|paylib)\b/gi,
    "payment",
  ],
  [
    /\b(?:whats\s?app|telegram|viber|wechat|skype|discord|imessage|facebook\s+messenger|kik\s+messenger|(?:on|sur|su|en|auf|uber|via|per|por|par)\s+messenger)\b/gi,
    "messaging",
  ],
]

/** The seller's website: off-platform when the sentence is about buying or paying there. */
const WEBSITE =
  /\b(?:(?:our|my)\s+(?:own\s+)?(?:website|web\s?site|site|homepage)|(?:nuestra|mi)\s+(?:propia\s+)?(?:web|pagina(?:\s+web)?)|(?:nuestro|mi)\s+sitio(?:\s+web)?|(?:unser|mein)\w*\s+(?:eigene\w*\s+)?(?:website|webseite|homepage|internetseite)|(?:notre|mon)\s+(?:propre\s+)?site(?:\s+web|\s+internet)?|(?:nostro|mio)\s+sito(?:\s+web)?)\b/gi
const DEAL_CUE =
  /\b(?:buy|order|purchase|cheaper|price|prices|save|pay|sell|sells|deal|discount|compr\w*|barat\w*|precio\w*|ahorr\w*|pag[aeu]\w*|kauf\w*|bestell\w*|gunstig\w*|billiger|preis\w*|spar\w*|zahl\w*|achet\w*|commander|moins\s+cher|prix|econom\w*|acquist\w*|ordinar\w*|costa\s+meno|meno\s+car[oa]|prezz\w*|rispar\w*)\b/i

const PAYMENT_MEANS =
  /\b(?:pay\s?pal|iban|swift|bank\s?transfer|wire\s?transfer|bank\s+(?:account|details)|uberweisung|bankuberweisung|bankverbindung|kontodaten|kontonummer|transferencia(?:\s+bancaria)?|cuenta\s+bancaria|datos\s+bancarios|virement(?:\s+bancaire)?|rib|coordonnees\s+bancaires|compte\s+bancaire|bonifico(?:\s+bancario)?|conto\s+corrente|coordinate\s+bancarie|ricarica)\b/gi
/** Refund sentences ("the refund goes back to your PayPal") need a strong cue, not just a verb. */
const REFUND = /\b(?:refund\w*|reembols\w*|erstatt\w*|ruckerstatt\w*|rembours\w*|rimbors\w*)\b/i
const STRONG_PAY_CUE =
  /\b(?:friends\s*(?:and|&)\s*family|f&f|directly|instead|outside|fees|freunde|direkt|stattdessen|gebuhren|directamente|en\s+lugar|en\s+vez|amigos|comisiones|directement|au\s+lieu|entre\s+amis|frais|direttamente|invece|amici|commissioni)\b/i
const PAY_CUE =
  /\b(?:privately|privat|en\s+direct|in\s+privato|en\s+privado|money|geld|dinero|argent|soldi|send\w*|schick\w*|send(?:en|e)\b|envi[ae]\w*|envoy\w*|mand[ai]\w*|invi[ai]\w*|pay|paying|send\s+(?:me|us)\b|send\s+the\s+(?:money|payment|amount)|transfer\s+(?:it|the)|friends\s*(?:and|&)\s*family|f&f|directly|instead|outside|fees|cheaper|(?:my|our)\s+account|zahlen|bezahlen|uberweisen|freunde|direkt|stattdessen|gebuhren|(?:mein|unser)e?m?\s+konto|pague\w*|pagar\w*|pagueme|paga|envie(?:me|nos)?\s+el\s+(?:dinero|importe|pago)|hagame|directamente|en\s+lugar|en\s+vez|amigos|(?:mi|nuestra)\s+cuenta|comisiones|payer|payez|reglez|regler|directement|au\s+lieu|(?:mon|notre)\s+compte|frais|pagare|paghi|pagate|versare|versi|direttamente|invece|(?:mio|nostro)\s+conto|commissioni)\b/i

const SOCIAL =
  /\b(?:instagram|insta|facebook|fb|tiktok|tik\s?tok|snapchat|twitter|pinterest|linkedin|youtube)\b/gi
const CONTACT_CUE =
  /\b(?:contact\w*|message\w*|dm|pm|write|reach|chat\w*|talk|add\s+(?:me|us)|find\s+(?:me|us)|search\s+(?:for\s+)?(?:me|us)|look\s+(?:me|us)\s+up|get\s+in\s+touch|inbox|send\s+(?:me|us)|schreib\w*|kontakt\w*|nachricht\w*|finden\s+sie\s+(?:uns|mich)|suchen\s+sie|erreich\w*|antwort\w*|escrib\w*|mensaje\w*|busque\w*|encuentr\w*|hablar|atend\w*|ecriv\w*|retrouvez|trouvez|cherchez|discuter|parler|scriv\w*|contatt\w*|trova\w*|cerca\w*|messaggi\w*|rispond\w*)\b/i
const HANDLE = /(?<![\w.@+-])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])(?![\w@])/gi

export const offPlatformRule: PolicyRule = {
  id: OFF_PLATFORM_RULE_ID,
  marketplaces: ["amazon", "ebay"],
  check(input) {
    const prepared = prepare(input.text)
    const text = prepared.text
    const source = sourceFor(input.marketplace)
    const findings: Finding[] = []
    const add = (start: number, end: number, kind: Kind) =>
      findings.push(
        findingAt(prepared, start, end, {
          rule: OFF_PLATFORM_RULE_ID,
          severity: "block",
          message: MESSAGES[kind],
          source,
        }),
      )
    const each = (pattern: RegExp, visit: (start: number, end: number) => void) => {
      pattern.lastIndex = 0
      for (const match of text.matchAll(pattern)) visit(match.index, match.index + match[0].length)
    }
    for (const [pattern, kind] of ALWAYS) each(pattern, (start, end) => add(start, end, kind))
    const dealt = sentenceTester(prepared, DEAL_CUE)
    each(WEBSITE, (start, end) => {
      if (dealt(start)) add(start, end, "shop")
    })
    const refund = sentenceTester(prepared, REFUND)
    const strongCue = sentenceTester(prepared, STRONG_PAY_CUE)
    const payCue = sentenceTester(prepared, PAY_CUE)
    each(PAYMENT_MEANS, (start, end) => {
      if (refund(start) ? strongCue(start) : payCue(start)) add(start, end, "payment")
    })
    const facts = extractLocatedFacts(prepared)
    for (const fact of facts) if (fact.kind === "iban") add(fact.nStart, fact.nEnd, "bank")
    const handles: Array<[number, number]> = []
    each(HANDLE, (start, end) => {
      if (facts.some((fact) => fact.kind === "email" && fact.nStart <= start && end <= fact.nEnd))
        return
      handles.push([start, end])
      add(start, end, "social")
    })
    const handleSentences = new Set(handles.map(([at]) => prepared.sentence(at).start))
    const contacted = sentenceTester(prepared, CONTACT_CUE)
    each(SOCIAL, (start, end) => {
      if (handleSentences.has(prepared.sentence(start).start) || contacted(start))
        add(start, end, "social")
    })
    return findings
  },
}
