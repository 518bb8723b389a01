/**
 * Checks for a seller-initiated Amazon message (the contact-buyer page), beyond the rules every
 * message follows (lint.ts): Amazon allows proactive messages only for a permitted reason, within
 * 30 days of the order, with the 17-digit order id, in the buyer's language.
 *
 * Pure: `now` is a parameter. Each check says pass, fail, or unknown; unknown is an honest
 * "this page does not tell" or "the text does not say", never a guess dressed as a pass.
 */
import type { PageContext } from "~context/schema"
import { isAcknowledgementOnly } from "./clock"

export type ProactiveCheckId = "permitted-reason" | "within-30-days" | "order-id" | "language"
export type ProactiveStatus = "pass" | "fail" | "unknown"

export interface ProactiveCheck {
  id: ProactiveCheckId
  status: ProactiveStatus
  message: { en: string; es: string }
}

type Bilingual = ProactiveCheck["message"]

/** Lower case without accents; typographic apostrophes made plain. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
}

// ---------------------------------------------------------------------------------------------
// Reasons

export const PERMITTED_REASONS = [
  "fulfillment-problem",
  "order-information",
  "return",
  "invoice",
  "review-request",
  "delivery-scheduling",
  "custom-design",
] as const
export type PermittedReason = (typeof PERMITTED_REASONS)[number]

export const FORBIDDEN_PURPOSES = [
  "order-confirmation",
  "shipping-confirmation",
  "thank-you-only",
  "contact-if-problem",
] as const
export type ForbiddenPurpose = (typeof FORBIDDEN_PURPOSES)[number]

const REASON_NAMES: Record<PermittedReason | ForbiddenPurpose, Bilingual> = {
  "fulfillment-problem": {
    en: "a problem fulfilling the order",
    es: "un problema para completar el pedido",
  },
  "order-information": {
    en: "information needed to complete the order",
    es: "información necesaria para completar el pedido",
  },
  return: { en: "a question about a return", es: "una pregunta sobre una devolución" },
  invoice: { en: "an invoice", es: "una factura" },
  "review-request": {
    en: "a review or feedback request",
    es: "una solicitud de reseña o valoración",
  },
  "delivery-scheduling": {
    en: "scheduling a heavy or bulky delivery",
    es: "programar la entrega de un artículo pesado o voluminoso",
  },
  "custom-design": { en: "checking a custom design", es: "confirmar un diseño personalizado" },
  "order-confirmation": { en: "an order confirmation", es: "una confirmación de pedido" },
  "shipping-confirmation": { en: "a shipping confirmation", es: "una confirmación de envío" },
  "thank-you-only": { en: "a thank-you-only message", es: "un mensaje solo de agradecimiento" },
  "contact-if-problem": {
    en: "a “contact us if there is a problem” message",
    es: "un mensaje de «contáctenos si hay un problema»",
  },
}

/** What each permitted reason sounds like in a message (folded en/es/de/fr/it). */
const REASON_PATTERNS: Record<PermittedReason, RegExp> = {
  "fulfillment-problem":
    /\b(?:unable|not able) to (?:ship|fulfil+|send|deliver)|\bcan(?:no|')?t (?:ship|fulfil+|send|deliver)|\bout of stock\b|\bback ?order|\bdelay(?:ed|s)?\b|\b(?:problem|issue) with (?:your|the) (?:order|shipment|delivery|address|payment)|\baddress (?:is|was|seems|appears) (?:to be )?(?:incomplete|invalid|incorrect|undeliverable)|\breturned to (?:us|the sender|sender)\b|\bundeliverable\b|\bno (?:podemos|podremos|hemos podido) (?:enviar|completar|entregar)|\bagotad|\bsin (?:stock|existencias)|\bretras|\bproblema con (?:su|el|tu) (?:pedido|envio|direccion|pago)|\bdireccion (?:esta )?(?:incompleta|incorrecta)|\bnicht (?:versenden|liefern|zustellen)|\bnicht (?:mehr )?(?:vorratig|lieferbar)|\bausverkauft|\bverzoger|\bverspat|\bproblem mit ihrer (?:bestellung|lieferung|adresse|zahlung)|\badresse (?:ist )?(?:unvollstandig|falsch)|\bimpossible d'(?:expedier|envoyer|livrer)|\bne (?:pouvons|pourrons) pas (?:expedier|envoyer|livrer)|\brupture de stock|\bretard|\bprobleme avec votre (?:commande|livraison|adresse|paiement)|\badresse (?:est )?(?:incomplete|incorrecte)|\bnon (?:possiamo|potremo|siamo in grado di) (?:spedire|consegnare|evadere)|\besaurit|\britard|\bproblema con (?:il suo |il tuo |l')(?:ordine|spedizione|indirizzo|pagamento)|\bindirizzo (?:e )?(?:incompleto|errato)/,
  "order-information":
    /\b(?:we|i) (?:will )?need (?:some |more |additional |a few |further |the following )?(?:information|info|details)|\b(?:additional|more|further) (?:information|info|details) (?:is |are )?(?:needed|required)|\b(?:please|could you|can you|kindly) (?:confirm|provide|send us|tell us|reply with)|\bconfirm (?:your|the) (?:size|colou?r|address|phone|measurements|choice|preference|details|option)|\bnecesitamos (?:algo de |mas |alguna |algunos )?(?:informacion|datos|detalles)|\b(?:por favor|podria|puede) (?:confirmar|confirmarnos|indicarnos|proporcionarnos|enviarnos)|\bconfirme (?:su|la|el|sus)\b|\b(?:benotigen|brauchen) (?:noch )?(?:weitere |zusatzliche |einige )?(?:informationen|angaben|daten)|\bbitte (?:bestatigen|senden sie uns|nennen sie)|\bbestatigen sie\b|\bbesoin (?:de |d')(?:quelques |plus d')?(?:informations|precisions|details)|\b(?:merci de|pourriez-vous|pouvez-vous|veuillez) (?:confirmer|nous (?:confirmer|indiquer|fournir|envoyer))|\b(?:abbiamo bisogno|necessitiamo) di (?:ulteriori |alcune |maggiori )?(?:informazioni|dettagli|dati)|\b(?:potrebbe|puo|la preghiamo di|per favore) (?:confermare|indicarci|fornirci|inviarci)/,
  return:
    /\breturn (?:request|label|authori[sz]ation|shipping|policy|process|address)\b|\byour return\b|\b(?:the|a) return\b|\breturn(?:ing|ed)? (?:the|your|this) (?:item|product|order|package)\b|\brefund|\bdevolucion|\bdevolver|\breembolso|\brucksendung|\bruckgabe|\bzurucksenden|\bzuruckschicken|\berstattung|\bruckerstattung|\bretour(?:ner)?\b|\brembourse|\breso\b|\brestituzion|\brestituire|\brimbors/,
  invoice: /\binvoice|\breceipt\b|\bfactura|\brechnung|\bfacture|\bfattura/,
  "review-request":
    /\breview\b|\bfeedback\b|\brate (?:your|the|this) (?:purchase|order|product|item|experience)|\bresena|\bopinion|\bvaloracion|\bvalorar|\bbewertung|\bbewerten|\brezension|\bavis\b|\bevaluation|\bevaluer|\brecensione|\bvalutazion|\bvalutare/,
  "delivery-scheduling":
    /\bschedul\w* (?:a |the |your )?delivery|\bdelivery (?:appointment|date and time|window|slot)|\b(?:freight|carrier|courier) (?:company )?(?:will )?(?:call|contact)|\bbulky\b|\boversized?\b|\bheavy (?:item|parcel|package|delivery|goods|furniture)|\bpallet|\bprogramar la entrega|\bcita (?:de|para la) entrega|\bentrega programada|\bliefertermin|\bzustelltermin|\bspedition|\bsperrgut|\brendez-vous (?:de|pour la) livraison|\bplanifier la livraison|\bencombrant|\bappuntamento (?:per la |di )?consegna|\bprogrammare la consegna|\bingombrant/,
  "custom-design":
    /\bcustom(?:i[sz]ed|i[sz]ation)?\b|\bpersonali[sz](?:ed|ation)|\bengrav|\bdesign proof|\bproof of (?:the|your) design|\bmock-?up|\bdesign\b|\bpersonaliza|\bgrabad|\bdiseno|\bpersonalisier|\bgravur|\bentwurf|\bpersonnalis|\bgravure|\bmaquette|\bpersonalizza|\bincision|\bbozza/,
}

/** What each forbidden purpose sounds like (folded en/es/de/fr/it). */
const FORBIDDEN_PATTERNS: Record<Exclude<ForbiddenPurpose, "thank-you-only">, RegExp> = {
  "order-confirmation":
    /\bthank(?:s| you) (?:so much |very much )?for (?:your |the )?(?:order|purchase|shopping|buying|business)|\b(?:order|purchase) (?:has been |was |is )?(?:confirmed|received|placed)\b|\border confirmation\b|\bgracias por (?:su|tu) (?:compra|pedido)|\bpedido (?:ha sido |fue |esta )?confirmado|\bdank(?:e)? fur ihren? (?:bestellung|einkauf)|\bbestellung (?:wurde |ist )?(?:bestatigt|eingegangen)|\bbestellbestatigung|\bmerci pour votre (?:commande|achat)|\bcommande (?:a ete |est )?confirmee|\bconfirmation de commande|\bgrazie per (?:il suo |il tuo |l')(?:ordine|acquisto)|\bordine (?:e stato |e )?confermato|\bconferma (?:d'|dell')ordine/,
  "shipping-confirmation":
    /\b(?:has|have) (?:now )?(?:been )?(?:shipped|dispatched|sent out)|\b(?:is|are) on (?:its|their|the) way|\bwas (?:shipped|dispatched)|\btracking (?:number|info|information|id|link)|\b(?:ha sido|fue) enviad|\besta en camino|\bnumero de seguimiento|\b(?:wurde|ist) (?:versandt|verschickt|versendet)|\bist unterwegs|\bsendungsverfolgung|\ba ete (?:expedie|envoye)|\best en route|\ben cours de livraison|\bsuivi de (?:colis|commande)|\be stato spedit|\be in viaggio|\bnumero di tracciamento/,
  "contact-if-problem":
    /\b(?:contact|message|email|write to|reach) us\b.{0,40}\b(?:if|should)\b|\b(?:if|should) (?:you|there)\b.{0,60}\b(?:contact|message us|let us know|reach out|get in touch)|\blet us know if\b|\bdon'?t hesitate to (?:contact|reach|message)|\bsi (?:tiene|tienes|hay) (?:algun |cualquier )?(?:problema|pregunta|duda)|\bno dude en (?:contactar|escribir)|\bcontactenos|\bbei (?:fragen|problemen)|\bzogern sie nicht|\bwenden sie sich|\ben cas de (?:probleme|question)|\bn'hesitez pas|\bin caso di (?:problemi|domande)|\bnon esiti a contattar|\bper qualsiasi (?:problema|domanda)/,
}

/** The contact-buyer page's reason labels, in words Amazon and sellers use for them. */
const REASON_LABEL_PATTERNS: readonly [PermittedReason, RegExp][] = [
  [
    "order-information",
    /additional information|information (?:needed|required)|confirm (?:order )?details|informacion adicional|zusatzliche informationen|informations (?:supplementaires|complementaires)|informazioni aggiuntive/,
  ],
  [
    "fulfillment-problem",
    /unexpected problem|problem fulfil+ing|fulfil+ment problem|problema inesperado|unerwartetes problem|probleme inattendu|problema imprevisto/,
  ],
  ["return", /\breturn/],
  ["delivery-scheduling", /\bschedul|\bdelivery appointment/],
]
const FORBIDDEN_LABEL: readonly [ForbiddenPurpose, RegExp][] = [
  ["order-confirmation", /order confirm|confirm(?:ation of|ing)? (?:the |your )?order\b/],
  [
    "shipping-confirmation",
    /(?:shipping|shipment|dispatch) confirm|confirm(?:ation of)? (?:shipping|shipment)/,
  ],
  ["thank-you-only", /\bthank/],
  ["contact-if-problem", /contact us if/],
]

/** The permitted reasons a text states. */
export function reasonsIn(text: string): PermittedReason[] {
  const folded = fold(text)
  return PERMITTED_REASONS.filter((reason) => REASON_PATTERNS[reason].test(folded))
}

/** The forbidden purposes a text reads as. */
export function forbiddenPurposesIn(text: string): ForbiddenPurpose[] {
  const folded = fold(text)
  const found: ForbiddenPurpose[] = []
  for (const purpose of FORBIDDEN_PURPOSES) {
    if (purpose === "thank-you-only") {
      if (isAcknowledgementOnly(text)) found.push(purpose)
    } else if (FORBIDDEN_PATTERNS[purpose].test(folded)) found.push(purpose)
  }
  return found
}

type SelectedReason =
  | { permitted: PermittedReason; forbidden?: undefined }
  | { forbidden: ForbiddenPurpose; permitted?: undefined }

/** A reason id, or a reason label as the page shows it. */
function classifyReason(reason: string): SelectedReason | undefined {
  if ((PERMITTED_REASONS as readonly string[]).includes(reason)) {
    return { permitted: reason as PermittedReason }
  }
  if ((FORBIDDEN_PURPOSES as readonly string[]).includes(reason)) {
    return { forbidden: reason as ForbiddenPurpose }
  }
  const folded = fold(reason)
  const label = REASON_LABEL_PATTERNS.find(([, pattern]) => pattern.test(folded))
  if (label) return { permitted: label[0] }
  const forbidden = FORBIDDEN_LABEL.find(([, pattern]) => pattern.test(folded))
  if (forbidden) return { forbidden: forbidden[0] }
  const [first] = reasonsIn(reason)
  return first ? { permitted: first } : undefined
}

const join = (names: Bilingual[], lang: "en" | "es") => {
  const items = names.map((name) => name[lang])
  if (items.length <= 1) return items.join("")
  const last = items.pop()
  return `${items.join(", ")} ${lang === "en" ? "or" : "o"} ${last}`
}

function reasonCheck(text: string, reason: string | undefined): ProactiveCheck {
  const id = "permitted-reason"
  const stated = reasonsIn(text)
  const forbidden = forbiddenPurposesIn(text)
  const selected = reason?.trim() ? classifyReason(reason) : undefined
  const names = (keys: readonly (PermittedReason | ForbiddenPurpose)[]) =>
    keys.map((key) => REASON_NAMES[key])

  if (selected?.forbidden) {
    const name = REASON_NAMES[selected.forbidden]
    return {
      id,
      status: "fail",
      message: {
        en: `The selected reason is ${name.en}, which Amazon does not allow as a proactive message.`,
        es: `El motivo elegido es ${name.es}, que Amazon no permite como mensaje proactivo.`,
      },
    }
  }
  if (selected?.permitted && stated.includes(selected.permitted)) {
    const name = REASON_NAMES[selected.permitted]
    return {
      id,
      status: "pass",
      message: {
        en: `Permitted reason: ${name.en}; the text matches the selected reason.`,
        es: `Motivo permitido: ${name.es}; el texto corresponde al motivo elegido.`,
      },
    }
  }
  if (selected?.permitted && stated.length > 0) {
    const name = REASON_NAMES[selected.permitted]
    return {
      id,
      status: "unknown",
      message: {
        en: `The selected reason is ${name.en}, but the text reads as ${join(names(stated), "en")}. Choose the reason that fits the message.`,
        es: `El motivo elegido es ${name.es}, pero el texto parece ${join(names(stated), "es")}. Elija el motivo que corresponda al mensaje.`,
      },
    }
  }
  if (!selected && stated.length > 0) {
    return {
      id,
      status: "pass",
      message: {
        en: `Permitted reason: ${join(names(stated), "en")}.`,
        es: `Motivo permitido: ${join(names(stated), "es")}.`,
      },
    }
  }
  if (forbidden.length > 0) {
    return {
      id,
      status: "fail",
      message: {
        en: `The message reads as ${join(names(forbidden), "en")}, with no permitted reason. Amazon allows proactive messages only for: ${join(names(PERMITTED_REASONS), "en")}.`,
        es: `El mensaje parece ${join(names(forbidden), "es")}, sin un motivo permitido. Amazon solo permite mensajes proactivos por: ${join(names(PERMITTED_REASONS), "es")}.`,
      },
    }
  }
  return {
    id,
    status: "unknown",
    message: {
      en: `The text does not clearly state a permitted reason (${join(names(PERMITTED_REASONS), "en")}). Make the reason explicit.`,
      es: `El texto no indica con claridad un motivo permitido (${join(names(PERMITTED_REASONS), "es")}). Indique el motivo de forma explícita.`,
    },
  }
}

// ---------------------------------------------------------------------------------------------
// 30 days

const DAY = 24 * 60 * 60 * 1000
export const PROACTIVE_WINDOW_DAYS = 30

function windowCheck(context: PageContext, now: Date): ProactiveCheck {
  const id = "within-30-days"
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(context.order?.purchaseDate ?? "")
  if (!match) {
    return {
      id,
      status: "unknown",
      message: {
        en: "The purchase date is not on this page: check that the order is at most 30 days old.",
        es: "La fecha de compra no aparece en esta página: compruebe que el pedido no tenga más de 30 días.",
      },
    }
  }
  // Calendar days between local dates, counted on UTC midnights so DST changes do not matter.
  const purchased = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())
  const days = Math.round((today - purchased) / DAY)
  if (days < 0) {
    return {
      id,
      status: "unknown",
      message: {
        en: "The purchase date is after today: check the order's date.",
        es: "La fecha de compra es posterior a hoy: compruebe la fecha del pedido.",
      },
    }
  }
  if (days > PROACTIVE_WINDOW_DAYS) {
    return {
      id,
      status: "fail",
      message: {
        en: `The order was placed ${days} days ago; proactive messages are allowed only within ${PROACTIVE_WINDOW_DAYS} days of the order.`,
        es: `El pedido se realizó hace ${days} días; los mensajes proactivos solo se permiten dentro de los ${PROACTIVE_WINDOW_DAYS} días posteriores al pedido.`,
      },
    }
  }
  const left = PROACTIVE_WINDOW_DAYS - days
  return {
    id,
    status: "pass",
    message: {
      en: `The order was placed ${days === 1 ? "1 day" : `${days} days`} ago (${left === 1 ? "1 day" : `${left} days`} left to message).`,
      es: `El pedido se realizó hace ${days === 1 ? "1 día" : `${days} días`} (${left === 1 ? "queda 1 día" : `quedan ${left} días`} para escribir).`,
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Order id

/** Amazon's 17-digit order id: 3-7-7 digits, with or without the hyphens. */
const ORDER_ID = /(?<!\d)(\d{3})-?(\d{7})-?(\d{7})(?![\d])/g

export function orderIdsInText(text: string): string[] {
  return [...new Set([...text.matchAll(ORDER_ID)].map((m) => `${m[1]}-${m[2]}-${m[3]}`))]
}

function orderIdCheck(text: string, context: PageContext): ProactiveCheck {
  const id = "order-id"
  const found = orderIdsInText(text)
  const expected = context.order?.id
  const expectedDigits = expected?.replace(/\D/g, "")
  const canonical =
    expectedDigits?.length === 17
      ? `${expectedDigits.slice(0, 3)}-${expectedDigits.slice(3, 10)}-${expectedDigits.slice(10)}`
      : undefined
  if (found.length === 0) {
    return {
      id,
      status: "fail",
      message: canonical
        ? {
            en: `Include the 17-digit order id (${canonical}) in the message.`,
            es: `Incluya el número de pedido de 17 dígitos (${canonical}) en el mensaje.`,
          }
        : {
            en: "Include the 17-digit order id (123-1234567-1234567) in the message.",
            es: "Incluya el número de pedido de 17 dígitos (123-1234567-1234567) en el mensaje.",
          },
    }
  }
  if (canonical && !found.includes(canonical)) {
    return {
      id,
      status: "fail",
      message: {
        en: `The order id in the message (${found.join(", ")}) is not this order's (${canonical}).`,
        es: `El número de pedido del mensaje (${found.join(", ")}) no es el de este pedido (${canonical}).`,
      },
    }
  }
  const shown = canonical ?? found[0]
  return {
    id,
    status: "pass",
    message: {
      en: `The message includes the order id ${shown}.`,
      es: `El mensaje incluye el número de pedido ${shown}.`,
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Language

export const GUESSED_LANGUAGES = ["en", "es", "de", "fr", "it", "ja"] as const
export type GuessedLanguage = (typeof GUESSED_LANGUAGES)[number]

const LANGUAGE_NAMES: Record<GuessedLanguage, Bilingual> = {
  en: { en: "English", es: "inglés" },
  es: { en: "Spanish", es: "español" },
  de: { en: "German", es: "alemán" },
  fr: { en: "French", es: "francés" },
  it: { en: "Italian", es: "italiano" },
  ja: { en: "Japanese", es: "japonés" },
}

const stopWords = (list: string) => new Set(list.trim().split(/\s+/))

/** Frequent short words of each language (folded). Shared words count for every language. */
const STOP_WORDS: Record<Exclude<GuessedLanguage, "ja">, Set<string>> = {
  en: stopWords(`
    the and you your to of is are we our for this that with have has be will please thank thanks
    it in on not can would if hello hi dear regards was were at by from i my me us order been any
    there they do does so or just about which when should could let know also an
  `),
  es: stopWords(`
    el los las del por para con su sus usted ustedes nuestro nuestra nosotros pedido gracias hola
    es una uno se lo le les muy pero como mas este esta estos estas estimado estimada saludos y que
    de la en no al si ha han hemos tiene puede cualquier sobre favor envio
  `),
  de: stopWords(`
    der die das und ist nicht sie ihre ihr ihnen wir uns unser unsere mit fur auf ein eine einen
    einem bestellung danke vielen bitte zu den dem des von sehr geehrte geehrter hallo freundlichen
    grußen grussen auch im ich haben hat wird werden sind oder wenn kann konnen noch nach bei uber
    diese dieser
  `),
  fr: stopWords(`
    le les des et est vous votre vos nous notre nos pour avec une un pas ce cette qui commande merci
    bonjour cordialement sur dans au aux du que de la en je ne sont avons avez etre si ou par plus
    tout
  `),
  it: stopWords(`
    il lo gli della delle dei degli e non per con una un suo sua vostro vostra ci che ordine grazie
    buongiorno gentile cordiali saluti del al alla sono siamo abbiamo di da ha nel nella questo
    questa se anche ma piu la le i
  `),
}

/** A guess needs this many stop words, and twice the runner-up's count. */
const MIN_STOP_WORDS = 3

/**
 * The language of a text, from counts of frequent words (kana for Japanese); undefined when the
 * text is too short or too mixed to tell.
 */
export function guessLanguage(text: string): GuessedLanguage | undefined {
  const kana = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0
  if (kana >= 5 && kana > latin / 2) return "ja"
  const tokens = fold(text).match(/\p{L}+/gu) ?? []
  const scores = (Object.keys(STOP_WORDS) as Exclude<GuessedLanguage, "ja">[])
    .map((language) => ({
      language,
      score: tokens.filter((token) => STOP_WORDS[language].has(token)).length,
    }))
    .sort((a, b) => b.score - a.score)
  const [best, second] = scores
  if (best.score < MIN_STOP_WORDS || best.score < 2 * second.score) return undefined
  return best.language
}

/** Marketplace countries with one language (others, like CA or BE, need the locale). */
const COUNTRY_LANGUAGES: Record<string, GuessedLanguage> = {
  US: "en",
  GB: "en",
  UK: "en",
  AU: "en",
  IE: "en",
  SG: "en",
  IN: "en",
  DE: "de",
  AT: "de",
  FR: "fr",
  IT: "it",
  ES: "es",
  MX: "es",
  JP: "ja",
}

function marketplaceLanguage(context: PageContext): string | undefined {
  const locale = context.marketplace.locale
  if (locale) return locale.split(/[-_]/)[0].toLowerCase()
  const country = context.marketplace.country
  return country ? COUNTRY_LANGUAGES[country] : undefined
}

const isGuessed = (language: string): language is GuessedLanguage =>
  (GUESSED_LANGUAGES as readonly string[]).includes(language)

function languageCheck(text: string, context: PageContext): ProactiveCheck {
  const id = "language"
  // The buyer's own messages, when the page shows some, say best which language they read.
  const buyerText = (context.thread?.messages ?? [])
    .filter((message) => message.role === "buyer")
    .map((message) => message.text)
    .join("\n")
  const fromBuyer = buyerText ? guessLanguage(buyerText) : undefined
  const expected = fromBuyer ?? marketplaceLanguage(context)
  const source: Bilingual = fromBuyer
    ? { en: "the buyer's messages", es: "los mensajes del comprador" }
    : { en: "the marketplace", es: "el marketplace" }
  if (!expected) {
    return {
      id,
      status: "unknown",
      message: {
        en: "The buyer's language is not known from this page: check that the message is in the buyer's language.",
        es: "El idioma del comprador no se conoce desde esta página: compruebe que el mensaje esté en su idioma.",
      },
    }
  }
  if (!isGuessed(expected)) {
    return {
      id,
      status: "unknown",
      message: {
        en: `The marketplace language (${expected}) cannot be checked: make sure the message is written in it.`,
        es: `El idioma del marketplace (${expected}) no se puede comprobar: asegúrese de que el mensaje esté escrito en él.`,
      },
    }
  }
  const expectedName = LANGUAGE_NAMES[expected]
  const guessed = guessLanguage(text)
  if (!guessed) {
    return {
      id,
      status: "unknown",
      message: {
        en: `Could not tell the message's language; the buyer's language is ${expectedName.en} (from ${source.en}).`,
        es: `No se pudo determinar el idioma del mensaje; el idioma del comprador es ${expectedName.es} (según ${source.es}).`,
      },
    }
  }
  if (guessed !== expected) {
    const guessedName = LANGUAGE_NAMES[guessed]
    return {
      id,
      status: "fail",
      message: {
        en: `The message looks ${guessedName.en}, but the buyer's language is ${expectedName.en} (from ${source.en}).`,
        es: `El mensaje parece estar en ${guessedName.es}, pero el idioma del comprador es ${expectedName.es} (según ${source.es}).`,
      },
    }
  }
  return {
    id,
    status: "pass",
    message: {
      en: `The message is in ${expectedName.en}, the buyer's language (from ${source.en}).`,
      es: `El mensaje está en ${expectedName.es}, el idioma del comprador (según ${source.es}).`,
    },
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * The proactive-message checks for `text` on an Amazon contact-buyer page: permitted reason,
 * 30-day window, order id, language. `reason` is the reason the agent selected: one of
 * PERMITTED_REASONS / FORBIDDEN_PURPOSES, or the page's label for it. Empty for eBay pages,
 * where these rules do not apply.
 */
export function proactiveChecks(
  text: string,
  context: PageContext,
  now: Date,
  reason?: string,
): ProactiveCheck[] {
  if (context.marketplace.site !== "amazon") return []
  return [
    reasonCheck(text, reason),
    windowCheck(context, now),
    orderIdCheck(text, context),
    languageCheck(text, context),
  ]
}
