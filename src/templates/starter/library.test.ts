import { ForTag, Liquid, type Template } from "liquidjs"
import { describe, expect, it } from "vitest"
import {
  ORDER_STATES,
  type PageContext,
  PageContextSchema,
  SITES,
  type Site,
} from "~context/schema"
import { lintWithSampleFacts } from "~policy/lint-sample"
import { renderTemplate } from "~templates/render"
import {
  INTENTS,
  type Intent,
  STARTER_LANGUAGES,
  type StarterLanguage,
  type StarterTemplate,
} from "~templates/schema"
import { buildScope, MissingFact, replyLocale, type SellerProfile } from "~templates/scope"
import { placeholderFor, VARIABLES } from "~templates/variables"
import { STARTER_LIBRARY } from "./library"

const LANGUAGES = STARTER_LANGUAGES
type Language = StarterLanguage

const FOLDERS = [
  "Shipping & delivery",
  "Order changes",
  "Returns & refunds",
  "Problems with the item",
  "Pre-sale & product",
  "Invoices & payments",
  "Feedback & closing",
  "Marketplace notices",
]

/** The only Liquid that starter templates may use: what the template renderer is written for. */
const ALLOWED_TAGS = ["if", "unless", "for"]
const ALLOWED_FILTERS = ["default", "upcase", "downcase", "capitalize"]
const LOOP_COLLECTION = "order.items"
const LOOP_FIELDS = ["title", "quantity", "sku", "asin"]
const FORLOOP_FIELDS = ["first", "last", "index", "index0", "length"]
const VARIABLE_PATHS = new Set(VARIABLES.map((variable) => variable.path))

/** A LiquidJS engine that fails to parse any tag or filter outside the allowed lists. */
function restrictedLiquid(): Liquid {
  const liquid = new Liquid({ strictFilters: true })
  for (const name of Object.keys(liquid.tags)) {
    if (!ALLOWED_TAGS.includes(name)) delete liquid.tags[name]
  }
  for (const name of Object.keys(liquid.filters)) {
    if (!ALLOWED_FILTERS.includes(name)) liquid.unregisterFilter(name)
  }
  return liquid
}
const liquid = restrictedLiquid()

function childrenOf(template: Template): Template[] {
  if (!template.children) return []
  const walk = template.children(false, true)
  let step = walk.next()
  while (!step.done) step = walk.next()
  return step.value
}

function forTags(templates: Template[]): ForTag[] {
  return templates.flatMap((template) => [
    ...(template instanceof ForTag ? [template] : []),
    ...forTags(childrenOf(template)),
  ])
}

/** What is wrong with the variables and loops of a body: unknown paths, loops over anything else. */
function variableProblems(body: string): string[] {
  const templates = liquid.parse(body)
  const loops = forTags(templates)
  const problems = loops
    .filter((loop) => loop.collection.getText() !== LOOP_COLLECTION)
    .map((loop) => `for loop over ${loop.collection.getText()}`)
  const loopVariables = new Set(loops.map((loop) => loop.variable))
  for (const path of liquid.globalFullVariablesSync(templates)) {
    if (!VARIABLE_PATHS.has(path) && path !== LOOP_COLLECTION) problems.push(`unknown ${path}`)
  }
  for (const path of liquid.fullVariablesSync(templates)) {
    const [root, field, ...rest] = path.split(".")
    if (VARIABLE_PATHS.has(path) || path === LOOP_COLLECTION) continue
    const loopField = loopVariables.has(root) && LOOP_FIELDS.includes(field)
    const forloopField = root === "forloop" && FORLOOP_FIELDS.includes(field)
    if (rest.length > 0 || !(loopField || forloopField)) problems.push(`unknown ${path}`)
  }
  return [...new Set(problems)]
}

/**
 * The text a buyer could see, for the regex checks: Liquid markup removed (variable names such as
 * `order.id` would look like domains), but the string literals inside it kept, since those are
 * printed ("there" in `default: "there"`). Outputs become "X".
 */
function visibleText(body: string): string {
  return body.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, (markup) => {
    const literals = [...markup.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2])
    return (markup.startsWith("{{") ? ["X", ...literals] : literals).join(" ")
  })
}

/** A word-boundary regex that understands accented letters. */
function words(list: string[], flags = "iu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join("|")})(?![\\p{L}\\p{N}])`, flags)
}

interface Rule {
  id: string
  patterns: RegExp[]
}

/** Marketplace messaging rules (shared/notes/marketplace-policies.md), checked in both languages. */
const RULES: Rule[] = [
  {
    id: "url or domain",
    patterns: [
      /https?:\/\//i,
      words(["www"]),
      /\b[a-z0-9][a-z0-9-]*\.[a-z]{2,}\b/i,
      /\b[a-z0-9-]+\s\.\s?(com|net|org)\b/i,
    ],
  },
  {
    id: "email address",
    patterns: [
      /@/,
      /\b(at|arroba)\s*[([]?\s*[a-z0-9-]+\s*[)\]]?\s*(dot|punto)\b/i,
      words(["dot com", "dot net", "punto com", "punto es"]),
      words(["gmail", "hotmail", "yahoo", "outlook", "icloud", "protonmail"]),
    ],
  },
  { id: "phone number", patterns: [/\+?\(?\d[\d\s()./-]{5,}\d/, /\d{5,}/] },
  {
    id: "emoji",
    patterns: [
      /\p{Extended_Pictographic}/u,
      /[\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/u,
      /[:;]-?[)(]/,
    ],
  },
  { id: "more than two consecutive line breaks", patterns: [/(\r?\n\s*){3,}/] },
  {
    id: "review manipulation",
    patterns: [
      /\b(5|five)[- ]?stars?\b/i,
      /\bpositive\s+(reviews?|feedback|ratings?|comments?)\b/i,
      /\b(good|great|excellent|glowing|favou?rable|nice|top)\s+(reviews?|feedback|ratings?)\b/i,
      /\b(in\s+(exchange|return)\s+for|for\s+leaving)\s+(a\s+|an\s+|your\s+)?(honest\s+)?(review|feedback|rating)/i,
      /\b(remove|delete|change|update|revise|edit|withdraw)\s+(your|the|this|that)\s+(negative\s+)?(review|feedback|rating)/i,
      /\bif\s+you('re|\s+are|\s+were)\s+(happy|satisfied|pleased)\b/i,
      /\b(gift\s+cards?|free\s+(gift|product|item|sample)s?|rebates?|cash\s?back)\b/i,
      words(["5 estrellas", "cinco estrellas"]),
      /(valoraci[oó]n|opini[oó]n|rese[ñn]a|comentario)\s+positiv[oa]/iu,
      /\bbuen[oa]s?\s+(valoraci|opini|rese[ñn]|comentario)/iu,
      /(excelente|estupend[oa]|gran)\s+(valoraci|opini|rese[ñn])/iu,
      /(a\s+cambio\s+de|por\s+dejar)\s+(una|su)\s+(valoraci|opini|rese[ñn])/iu,
      /(retir|elimin|borr|cambi|modific|quit)(e|ar|ara)\s+(su|la|esa)\s+(valoraci|opini|rese[ñn])/iu,
      /\bsi\s+(est[aá]|ha\s+quedado|qued[oó])\s+(satisfech|content)/iu,
      words(["tarjeta regalo", "producto gratis", "art[ií]culo gratis", "reembolso parcial"]),
    ],
  },
  {
    id: "promotion or marketing",
    patterns: [
      words([
        "coupons?",
        "cup[oó]n",
        "cupones",
        "vouchers?",
        "discount codes?",
        "promo(tional)? codes?",
        "c[oó]digos? (de )?descuento",
        "c[oó]digos? promocional(es)?",
      ]),
      /%|\bpercent\s+off\b|\bpor\s+ciento\b/i,
      /\bvisit\s+our\s+(store|shop|website|page|storefront)\b/i,
      /\bvisite\s+nuestra\s+(tienda|p[aá]gina|web)\b/iu,
      /\b(our|nuestros)\s+other\s+(products|items|listings)\b|\bnuestros\s+otros\s+(productos|art[ií]culos)/iu,
      /\bcheck\s+out\s+our\b/i,
    ],
  },
  {
    id: "social media",
    patterns: [
      words([
        "facebook",
        "instagram",
        "twitter",
        "tiktok",
        "whatsapp",
        "telegram",
        "youtube",
        "pinterest",
        "linkedin",
        "snapchat",
        "wechat",
      ]),
      /\bsocial\s+media\b|\bredes\s+sociales\b|\bfollow\s+us\b/i,
      words(["s[ií]ganos"]),
    ],
  },
  {
    id: "off-platform payment",
    patterns: [
      words([
        "paypal",
        "venmo",
        "zelle",
        "cash ?app",
        "western union",
        "moneygram",
        "bizum",
        "iban",
      ]),
      words(["bitcoin", "crypto", "criptomonedas?"]),
      /\b(bank|wire)\s+transfers?\b|\bbank\s+(details|account)\b/i,
      words(["transferencias?( bancarias?)?", "cuenta bancaria"]),
      /\bpay\s+(us\s+|me\s+)?directly\b|\bpagar(nos|me)?\s+directamente\b/i,
      /\boutside\s+(of\s+)?(the\s+)?(ebay|amazon|platform|marketplace)\b/i,
      /\bfuera\s+de\s+(ebay|amazon|la\s+plataforma)\b/i,
    ],
  },
  {
    id: "asks the buyer to cancel",
    patterns: [
      /\b(please|kindly)\s+(go\s+ahead\s+and\s+)?(cancel|request\s+(a\s+|the\s+)?cancellation)/i,
      /\byou('ll|\s+will)?\s+(can|could|should|may|might|must|need\s+to|have\s+to|will\s+need\s+to)\s+(just\s+|simply\s+|also\s+)?(cancel|request\s+(a\s+|the\s+)?cancellation)/i,
      /\bcancel\s+(it|the\s+order|your\s+order)\s+(yourself|from\s+your)/i,
      words(["cancele", "canc[eé]lelo", "anule", "an[uú]lelo", "solicite la cancelaci[oó]n"]),
      /(?<!\bse\s)\bpuede\s+(usted\s+)?(cancelar|anular|solicitar\s+la\s+cancelaci[oó]n)/iu,
      /\btiene\s+que\s+(cancelar|anular)/iu,
    ],
  },
]

function violations(text: string): string[] {
  return RULES.filter((rule) => rule.patterns.some((pattern) => pattern.test(text))).map(
    (rule) => rule.id,
  )
}

/** Asking for a review is only allowed in templates labelled as such (and so, neutral ones). */
const REVIEW_REQUEST = [
  /\b(reviews?|feedback|ratings?)\b/i,
  words(["valoraci[oó]n", "valoraciones", "opini[oó]n", "opiniones", "rese[ñn]as?"]),
  words([
    "bewertung(en)?",
    "rezension(en)?",
    "[ée]valuations?",
    "(votre|un|vos) avis",
    "recension[ei]",
    "valutazion[ei]",
  ]),
]

/** Spanish replies use usted; tú forms are a translation slip. */
const TU_FORMS = words([
  "tú",
  "tu",
  "tus",
  "te",
  "ti",
  "contigo",
  "puedes",
  "quieres",
  "tienes",
  "necesitas",
  "avísanos",
  "escríbenos",
  "dinos",
  "indícanos",
  "confírmanos",
  "envíanos",
  "responde",
  "gracias a ti",
])
const ENGLISH_WORDS = words([
  "the",
  "your",
  "please",
  "thanks",
  "order",
  "we",
  "you",
  "and",
  "there",
])
const SPANISH_WORDS = words(["usted", "pedido", "gracias", "su", "por favor", "envío", "hola"])

/** Words that give a reply away as slipping into another language. */
const FOREIGN_WORDS: Record<Language, RegExp> = {
  en: SPANISH_WORDS,
  es: ENGLISH_WORDS,
  de: ENGLISH_WORDS,
  fr: ENGLISH_WORDS,
  it: ENGLISH_WORDS,
}

/** The replies address the buyer formally: usted, Sie, vous, Lei. */
const INFORMAL_FORMS: Partial<Record<Language, RegExp>> = {
  es: TU_FORMS,
  de: words(["du", "dich", "dir", "dein(e|en|em|er|es)?", "euch", "euer", "eure"]),
  fr: words(["tu", "toi", "ton", "ta", "tes", "t'as"]),
  it: words(["tu", "ti", "te", "tuo", "tua", "tuoi", "tue"]),
}

const GREETING: Record<Language, RegExp> = {
  en: /^(Hi|Hello)\b.*,$/,
  es: /^Hola.*:$/,
  de: /^(Hallo|Guten Tag)\b.*,$/,
  fr: /^Bonjour\b.*,$/,
  it: /^(Buongiorno|Gentile|Salve)\b.*,$/,
}
const SIGNATURE_LINE = "{{ seller.signature }}"

/** Doubled spaces, and spaces where the language's typography has none (French spaces ": ;"). */
const STRAY_SPACE: Record<Language, RegExp> = {
  en: / {2}| [,.;:)]|\( |^ | $/m,
  es: / {2}| [,.;:)]|\( |^ | $/m,
  de: / {2}| [,.;:)]|\( |^ | $/m,
  fr: / {2}| [,.)]|\( |^ | $/m,
  it: / {2}| [,.;:)]|\( |^ | $/m,
}

type Entry = {
  key: string
  language: Language
  title: string
  body: string
  entry: StarterTemplate
}
const ENTRIES: Entry[] = STARTER_LIBRARY.flatMap((entry) =>
  LANGUAGES.map((language) => ({
    key: entry.key,
    language,
    title: entry.translations[language]?.title,
    body: entry.translations[language]?.body,
    entry,
  })),
)
const byKey = new Map(STARTER_LIBRARY.map((entry) => [entry.key, entry]))

describe("starter library metadata", () => {
  it("has at least 32 templates with unique, kebab-case keys", () => {
    expect(STARTER_LIBRARY.length).toBeGreaterThanOrEqual(32)
    const keys = STARTER_LIBRARY.map((entry) => entry.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it.each(STARTER_LIBRARY.map((entry) => [entry.key, entry] as const))(
    "%s has valid metadata",
    (_key, entry) => {
      expect(Number.isInteger(entry.revision) && entry.revision >= 1).toBe(true)
      expect(FOLDERS).toContain(entry.folder)
      expect(entry.intents.length).toBeGreaterThan(0)
      expect(new Set(entry.intents).size).toBe(entry.intents.length)
      for (const intent of entry.intents) expect(INTENTS).toContain(intent)
      expect(new Set(entry.orderStates).size).toBe(entry.orderStates.length)
      for (const state of entry.orderStates) expect(ORDER_STATES).toContain(state)
      for (const site of entry.sites) expect(SITES).toContain(site)
      expect(entry.sites.length).toBeLessThan(SITES.length)
      expect(entry.tags.length).toBeGreaterThan(0)
      for (const tag of entry.tags) expect(tag).toMatch(/^[a-z0-9][a-z0-9 '&-]{0,59}$/)
      expect(Object.keys(entry.translations).sort()).toEqual([...LANGUAGES].sort())
    },
  )

  it("has a title and a body in every language, actually translated", () => {
    for (const { key, language, title, body, entry } of ENTRIES) {
      expect(title?.trim(), `${key} ${language} title`).toBeTruthy()
      expect(body?.trim(), `${key} ${language} body`).toBeTruthy()
      expect(title.length, `${key} ${language} title`).toBeLessThanOrEqual(200)
      if (language !== "en") {
        expect(title, `${key} ${language} title`).not.toBe(entry.translations.en.title)
        expect(body, `${key} ${language} body`).not.toBe(entry.translations.en.body)
      }
    }
  })

  it.each(LANGUAGES)("has unique titles in %s", (language) => {
    const titles = STARTER_LIBRARY.map((entry) => entry.translations[language].title.toLowerCase())
    const duplicates = titles.filter((title, index) => titles.indexOf(title) !== index)
    expect(duplicates).toEqual([])
  })

  it("scopes marketplace-specific templates to their site", () => {
    for (const { key, language, title, body, entry } of ENTRIES) {
      const text = `${title}\n${visibleText(body)}`
      const where = `${key} ${language}`
      // Templates for both sites name the marketplace through {{ marketplace.name }}.
      if (/amazon/i.test(text)) expect(entry.sites, where).toEqual(["amazon"])
      if (/ebay/i.test(text)) expect(entry.sites, where).toEqual(["ebay"])
      // Site-specific keys start with their site, so the scope is visible from the key alone.
      const prefix = key.split("-")[0]
      if (entry.sites.length > 0) expect(prefix, where).toBe(entry.sites[0])
      if (prefix === "amazon" || prefix === "ebay") expect(entry.sites, where).toEqual([prefix])
    }
  })
})

describe("starter library Liquid", () => {
  it.each(ENTRIES.map((e) => [e.key, e.language, e] as const))(
    "%s (%s) parses with only the allowed tags, filters and variables",
    (_key, _language, { body }) => {
      expect(() => liquid.parse(body)).not.toThrow()
      expect(variableProblems(body)).toEqual([])
    },
  )

  it("rejects tags, filters, variables and loops outside the allowed set", () => {
    expect(() => liquid.parse("{% assign x = 1 %}")).toThrow()
    expect(() => liquid.parse("{% raw %}x{% endraw %}")).toThrow()
    expect(() => liquid.parse("{% for l in order.items %}{% break %}{% endfor %}")).toThrow()
    expect(() => liquid.parse("{{ order.shippedDate | date: '%b %d' }}")).toThrow()
    expect(variableProblems("{{ order.trackingNo }}")).toEqual(["unknown order.trackingNo"])
    expect(variableProblems("{{ order.items.first.title }}")).not.toEqual([])
    expect(variableProblems("{% for l in order.items %}{{ l.price }}{% endfor %}")).toEqual([
      "unknown l.price",
    ])
    expect(variableProblems("{% for l in buyer.name %}{{ l.title }}{% endfor %}")).not.toEqual([])
    expect(variableProblems("{{ l.title }}{% for l in order.items %}{% endfor %}")).not.toEqual([])
    expect(variableProblems('{{ x | default: "a" }}')).toEqual(["unknown x"])
    expect(
      variableProblems(
        "{% for l in order.items %}{{ l.title | default: l.sku }}{% unless forloop.last %}, {% endunless %}{% endfor %}",
      ),
    ).toEqual([])
  })
})

describe("starter library compliance", () => {
  it.each(ENTRIES.map((e) => [e.key, e.language, e] as const))(
    "%s (%s) passes the extension's own policy check on its marketplaces",
    (_key, language, { body, entry }) => {
      const sites = entry.sites.length > 0 ? entry.sites : SITES
      for (const site of sites) {
        const { findings } = lintWithSampleFacts({ body, language }, site, {
          name: "Bright Home",
          signature: "Bright Home team",
        })
        expect(findings, site).toEqual([])
      }
    },
  )

  it.each(ENTRIES.map((e) => [e.key, e.language, e] as const))(
    "%s (%s) respects the marketplace messaging rules",
    (_key, _language, { title, body, entry }) => {
      const text = visibleText(body)
      expect(violations(text)).toEqual([])
      expect(violations(title)).toEqual([])
      expect(body).not.toMatch(/\n{3,}/)
      const asksForReview = REVIEW_REQUEST.some((pattern) => pattern.test(text))
      expect(asksForReview).toBe(entry.intents.includes("feedback_review"))
      // Placeholders come from the renderer (a missing fact, or `{{ agent.answer }}`); a bracket
      // typed into a template would look like one and never be reported as unresolved.
      expect(text).not.toMatch(/\[[^\]]*\]/)
      expect(title).not.toMatch(/\[[^\]]*\]/)
    },
  )

  it("puts review requests only in neutral templates that name the order", () => {
    const reviews = STARTER_LIBRARY.filter((entry) => entry.intents.includes("feedback_review"))
    expect(reviews.length).toBeGreaterThan(0)
    for (const entry of reviews) {
      expect(entry.intents[0]).toBe("feedback_review")
      for (const language of LANGUAGES) {
        expect(entry.translations[language].body).toContain("{{ order.id }}")
      }
    }
  })

  it("names the order in every template tied to an order state", () => {
    for (const { key, language, body, entry } of ENTRIES) {
      if (entry.orderStates.length > 0) expect(body, `${key} ${language}`).toContain("order.id")
    }
  })

  describe("the rules catch what they should and only that", () => {
    const caught: [string, string][] = [
      ["url or domain", "See amazon.com for details"],
      ["url or domain", "Visite http://tienda"],
      ["url or domain", "go to www dot something"],
      ["url or domain", "shop.example.de"],
      ["email address", "write to anna@example"],
      ["email address", "anna at gmail dot com"],
      ["email address", "ana arroba hotmail punto com"],
      ["phone number", "Call +1 (555) 123-4567"],
      ["phone number", "Llame al 612 345 678"],
      ["emoji", "Thanks! 😊"],
      ["emoji", "Gracias :)"],
      ["more than two consecutive line breaks", "Hi,\n\n\nThanks"],
      ["review manipulation", "Please leave us a 5-star review"],
      ["review manipulation", "a positive review would mean a lot"],
      ["review manipulation", "If you're happy, please leave feedback"],
      ["review manipulation", "we'll send a gift card for your review"],
      ["review manipulation", "Please remove your negative feedback"],
      ["review manipulation", "Déjenos una valoración de 5 estrellas"],
      ["review manipulation", "una valoración positiva nos ayuda"],
      ["review manipulation", "Si está satisfecho, deje una opinión"],
      ["review manipulation", "¿Podría retirar su valoración?"],
      ["promotion or marketing", "Use coupon SAVE10"],
      ["promotion or marketing", "Enjoy 10% off your next order"],
      ["promotion or marketing", "Visit our store for more"],
      ["promotion or marketing", "Use el código de descuento"],
      ["promotion or marketing", "visite nuestra tienda"],
      ["social media", "Follow us on Instagram"],
      ["social media", "Síganos en redes sociales"],
      ["off-platform payment", "You can pay by bank transfer"],
      ["off-platform payment", "Send it via PayPal"],
      ["off-platform payment", "Puede pagarnos directamente por Bizum"],
      ["off-platform payment", "We can do the deal outside eBay"],
      ["asks the buyer to cancel", "Please cancel the order"],
      ["asks the buyer to cancel", "You can cancel it from your account"],
      ["asks the buyer to cancel", "you'll need to request a cancellation"],
      ["asks the buyer to cancel", "Por favor, cancele el pedido"],
      ["asks the buyer to cancel", "Puede cancelar el pedido desde su cuenta"],
      ["asks the buyer to cancel", "Solicite la cancelación en Amazon"],
    ]
    it.each(caught)("%s: %s", (rule, text) => {
      expect(violations(text)).toContain(rule)
    })

    const allowed = [
      "We have canceled your order, as you asked.",
      "If you prefer, we can cancel it for you.",
      "Hemos cancelado su pedido. Ya no se puede cancelar el envío.",
      "Could you tell us the make and model? Thank you. It ships soon.",
      "If you have a moment, we would appreciate a review on the marketplace.",
      "Gracias por su pedido. Es un envío independiente: le escribiremos.",
      "Hola:\n\nGracias.\n\nSaludos cordiales,",
      "Payment goes through checkout, so we can't accept payment any other way.",
    ]
    it.each(allowed)("allows: %s", (text) => {
      expect(violations(text)).toEqual([])
    })
  })
})

describe("starter library style", () => {
  it.each(ENTRIES.map((e) => [e.key, e.language, e] as const))(
    "%s (%s) greets, signs off with the signature and stays in its language",
    (_key, language, { body }) => {
      const lines = body.split("\n")
      expect(lines[0]).toMatch(GREETING[language])
      expect(lines.at(-1)).toBe(SIGNATURE_LINE)
      expect(body.indexOf(SIGNATURE_LINE)).toBe(body.length - SIGNATURE_LINE.length)
      expect(body).toBe(body.trim())
      for (const line of lines) expect(line).toBe(line.trimEnd())
      const text = visibleText(body)
      expect(text).not.toMatch(FOREIGN_WORDS[language])
      const informal = INFORMAL_FORMS[language]
      if (informal) expect(text).not.toMatch(informal)
    },
  )

  it("catches informal address and the other language", () => {
    expect("Si tienes alguna duda, escríbenos").toMatch(TU_FORMS)
    expect("Gracias por tu pedido").toMatch(TU_FORMS)
    expect("Hola there").toMatch(ENGLISH_WORDS)
    expect("Thanks for your pedido").toMatch(SPANISH_WORDS)
    expect("Le escribimos sobre su pedido").not.toMatch(TU_FORMS)
    expect("Kannst du deine Bestellung prüfen?").toMatch(INFORMAL_FORMS.de as RegExp)
    expect("Können Sie Ihre Bestellung prüfen?").not.toMatch(INFORMAL_FORMS.de as RegExp)
    expect("Merci pour ta commande").toMatch(INFORMAL_FORMS.fr as RegExp)
    expect("Merci pour votre commande").not.toMatch(INFORMAL_FORMS.fr as RegExp)
    expect("Grazie per il tuo ordine").toMatch(INFORMAL_FORMS.it as RegExp)
    expect("La ringraziamo per il Suo ordine").not.toMatch(INFORMAL_FORMS.it as RegExp)
  })
})

/**
 * Renders with the real renderer, from a page context and seller profile that have every fact, and
 * from copies with facts removed, as a page that does not show them would give.
 */
describe("starter library rendering", () => {
  const MARKETPLACES: Record<Site, PageContext["marketplace"]> = {
    amazon: {
      site: "amazon",
      host: "sellercentral.amazon.com",
      country: "US",
      locale: "en-US",
      marketplaceId: "ATVPDKIKX0DER",
      currency: "USD",
    },
    ebay: { site: "ebay", host: "www.ebay.com", country: "US", locale: "en-US", currency: "USD" },
  }
  const FULL_CONTEXT: PageContext = {
    marketplace: MARKETPLACES.amazon,
    page: { kind: "thread", url: "https://sellercentral.amazon.com/messaging/inbox" },
    thread: {
      id: "thread-1",
      subject: "Where is my order?",
      messages: [
        {
          role: "buyer",
          author: "Ana García",
          text: "Hi, where is my order?",
          sentAt: "2025-12-05",
        },
      ],
    },
    buyer: { name: "Ana García", firstName: "Ana" },
    order: {
      id: "123-4567890-1234567",
      purchaseDate: "2025-12-01",
      status: "Shipped",
      state: "shipped",
      fulfillmentChannel: "seller",
      items: [
        {
          title: "Desk lamp",
          asin: "B000000001",
          sku: "LAMP-1",
          quantity: 1,
          unitPrice: { amount: 20, currency: "USD" },
        },
        {
          title: "Bulb",
          asin: "B000000002",
          sku: "BULB-2",
          quantity: 2,
          unitPrice: { amount: 11, currency: "USD" },
        },
      ],
      total: { amount: 42, currency: "USD" },
      shipBy: { from: "2025-12-03" },
      deliverBy: { from: "2025-12-06", to: "2025-12-09" },
      shipTo: { city: "Austin", region: "TX", postalCode: "78701", country: "United States" },
      carrier: "UPS",
      trackingNumber: "1Z999AA10123456784",
      shippedDate: "2025-12-02",
      deliveredDate: "2025-12-07",
    },
  }
  const FULL_SELLER: Required<SellerProfile> = {
    name: "Bright Home",
    signature: "Bright Home team",
  }

  interface Input {
    context?: PageContext
    seller: SellerProfile
  }

  /** Every catalogued variable; "order.items" empties the item list (and with it the loops). */
  const FACTS = [...VARIABLES.map((variable) => variable.path), "order.items"]

  /** Removes one fact the way a page that does not show it would. */
  function remove(input: Input, path: string): void {
    const [root, ...rest] = path.split(".")
    const field = rest.join(".")
    const { context, seller } = input
    if (root === "seller") delete seller[field as keyof SellerProfile]
    // Only the agent writes the answer: it is never in the input.
    else if (root === "agent") return
    // The marketplace is known whenever there is a page context at all.
    else if (root === "marketplace") input.context = undefined
    else if (root === "buyer" && context?.buyer) delete context.buyer[field as "name"]
    else if (root === "item") {
      for (const item of context?.order?.items ?? []) delete item[field as "title"]
    } else if (root === "order" && context?.order) {
      const order: Record<string, unknown> = context.order
      if (field === "items") order.items = []
      else if (field.startsWith("shipTo.")) delete context.order.shipTo?.[rest[1] as "city"]
      else delete order[field]
    }
  }

  function inputFor(site: Site, missing: string[]): Input {
    const input: Input = {
      context: { ...structuredClone(FULL_CONTEXT), marketplace: MARKETPLACES[site] },
      seller: { ...FULL_SELLER },
    }
    for (const path of missing) remove(input, path)
    return input
  }

  function render(entry: StarterTemplate, language: Language, missing: string[]) {
    const input = inputFor(entry.sites[0] ?? "amazon", missing)
    const locale = replyLocale(language, input.context?.marketplace.country)
    return renderTemplate(entry.translations[language].body, { ...input, locale }, language)
  }

  function checkRendered(
    { text, unresolved, error }: ReturnType<typeof render>,
    language: Language,
    where: string,
  ): void {
    expect(error, where).toBeUndefined()
    expect(text, where).not.toMatch(/\n{3,}/)
    expect(text, where).not.toMatch(/\b(undefined|null)\b|\[object/)
    expect(text, where).not.toMatch(STRAY_SPACE[language])
    // Every bracket is the placeholder of a fact reported as unresolved: none typed by hand.
    let rest = text
    for (const path of unresolved) rest = rest.split(placeholderFor(path, language)).join("")
    expect(rest, where).not.toMatch(/[[\]]/)
    const signature = unresolved.includes("seller.signature")
      ? placeholderFor("seller.signature", language)
      : FULL_SELLER.signature
    expect(text.split("\n").at(-1), where).toBe(signature)
  }

  it("starts from a valid page context, and removes each fact from it", () => {
    expect(PageContextSchema.safeParse(FULL_CONTEXT).success).toBe(true)
    for (const path of VARIABLES.map((variable) => variable.path)) {
      const input = inputFor("amazon", [path])
      const scope = buildScope({ ...input, locale: "en-US" })
      const value = path.split(".").reduce<unknown>((node, key) => (node as never)[key], scope)
      expect(value, path).toBeInstanceOf(MissingFact)
    }
    const full = buildScope({ ...inputFor("amazon", []), locale: "en-US" })
    for (const path of VARIABLES.map((variable) => variable.path)) {
      const value = path.split(".").reduce<unknown>((node, key) => (node as never)[key], full)
      if (path !== "agent.answer") expect(value, path).not.toBeInstanceOf(MissingFact)
    }
  })

  it.each(ENTRIES.map((e) => [e.key, e.language, e] as const))(
    "%s (%s) renders cleanly with all facts, each fact missing, and none",
    (_key, language, { entry }) => {
      checkRendered(render(entry, language, []), language, "all facts")
      for (const path of FACTS) {
        checkRendered(render(entry, language, [path]), language, `without ${path}`)
      }
      const none = render(entry, language, FACTS)
      checkRendered(none, language, "no facts")
      expect(none.text.split("\n").at(-1)).toBe(placeholderFor("seller.signature", language))
    },
  )

  it("shows a placeholder where a needed fact is missing", () => {
    const shipped = byKey.get("order-status-shipped-tracking") as StarterTemplate
    const withoutTracking = render(shipped, "en", ["order.trackingNumber"])
    expect(withoutTracking.text).toContain("[tracking number]")
    expect(withoutTracking.unresolved).toContain("order.trackingNumber")
    expect(render(shipped, "en", []).unresolved).not.toContain("order.trackingNumber")
    expect(render(shipped, "en", ["buyer.firstName"]).text).toMatch(/^Hi there,/)
  })

  it.each(LANGUAGES)("leaves the answer to a product question to the agent (%s)", (language) => {
    const question = byKey.get("product-question-answer") as StarterTemplate
    const reply = render(question, language, [])
    expect(reply.unresolved).toContain("agent.answer")
    expect(reply.text).toContain(placeholderFor("agent.answer", language))
  })
})

/** The "Common buyer questions" of shared/notes/marketplace-policies.md, and who answers them. */
const COVERAGE: { question: string; intents: Intent[]; keys: string[]; amazonOnly?: true }[] = [
  {
    question: "Where is my order / tracking",
    intents: ["order_status"],
    keys: [
      "order-status-not-yet-shipped",
      "order-status-shipped-tracking",
      "order-status-delivered-not-received",
    ],
  },
  {
    question: "Delivery delay",
    intents: ["order_status"],
    keys: ["delivery-delay-in-transit", "dispatch-delay-not-shipped"],
  },
  {
    question: "Marked delivered but not received",
    intents: ["not_received"],
    keys: ["order-status-delivered-not-received"],
  },
  {
    question: "Item not received claim",
    intents: ["not_received"],
    keys: ["item-not-received-claim", "lost-parcel-replacement-or-refund"],
  },
  {
    question: "Return request and return instructions",
    intents: ["return_request"],
    keys: ["return-request-instructions"],
  },
  {
    question: "Refund status",
    intents: ["refund_status"],
    keys: ["refund-status-awaiting-return", "refund-status-issued"],
  },
  {
    question: "Damaged item (ask for photos)",
    intents: ["damaged_defective"],
    keys: ["damaged-item-request-photos", "damaged-defective-offer-resolution"],
  },
  {
    question: "Defective item",
    intents: ["damaged_defective"],
    keys: ["defective-item-troubleshooting", "damaged-defective-offer-resolution"],
  },
  {
    question: "Wrong or missing items",
    intents: ["wrong_or_missing_item"],
    keys: ["wrong-item-received", "missing-item-or-part"],
  },
  {
    question: "Doesn't fit / no longer needed",
    intents: ["return_request"],
    keys: ["return-change-of-mind"],
  },
  {
    question: "Cancellation request (seller cancels)",
    intents: ["cancel_order"],
    keys: [
      "cancel-request-not-shipped",
      "cancel-request-already-shipped",
      "seller-cancel-cannot-fulfill",
    ],
  },
  {
    question: "Address change",
    intents: ["change_address"],
    keys: ["address-change-not-shipped", "address-change-already-shipped"],
  },
  {
    question: "Product or pre-sale question",
    intents: ["product_question"],
    keys: [
      "product-question-answer",
      "product-compatibility-check",
      "product-out-of-stock",
      "shipping-options-and-times",
    ],
  },
  {
    question: "Invoice request",
    intents: ["invoice_request"],
    keys: ["invoice-attached", "invoice-billing-details"],
  },
  {
    question: "Exchange or replacement",
    intents: ["return_request", "damaged_defective", "wrong_or_missing_item"],
    keys: [
      "exchange-size-or-color",
      "damaged-defective-offer-resolution",
      "replacement-on-its-way",
    ],
  },
  {
    question: "Price or discount question (no promotions on Amazon)",
    intents: ["product_question"],
    keys: ["amazon-price-question", "ebay-price-question-offer"],
  },
  {
    question: "Thanks (no reply needed)",
    intents: ["thanks_no_reply"],
    keys: ["thanks-no-reply-needed"],
  },
  {
    question: "Neutral review request",
    intents: ["feedback_review"],
    keys: ["review-request-neutral"],
  },
  {
    question: "Amazon writing on the buyer's behalf",
    intents: ["other"],
    keys: ["amazon-on-behalf-of-buyer"],
    amazonOnly: true,
  },
  {
    question: "FBA order redirect",
    intents: ["order_status"],
    keys: ["amazon-fba-order-customer-service"],
    amazonOnly: true,
  },
  {
    question: "Custom/personalized order check",
    intents: ["change_order"],
    keys: ["custom-order-confirm-details"],
  },
  {
    question: "Heavy or bulky delivery scheduling",
    intents: ["shipping_options"],
    keys: ["heavy-bulky-delivery-scheduling"],
  },
]

describe("starter library coverage of common buyer questions", () => {
  it("lists all 22 common buyer questions", () => {
    expect(COVERAGE.length).toBe(22)
  })

  it.each(COVERAGE.map((row) => [row.question, row] as const))("%s", (_question, row) => {
    const entries = row.keys.map((key) => byKey.get(key))
    for (const [index, entry] of entries.entries()) {
      expect(entry, row.keys[index]).toBeDefined()
      const shared = entry?.intents.filter((intent) => row.intents.includes(intent)) ?? []
      expect(shared, row.keys[index]).not.toEqual([])
    }
    const sites = row.amazonOnly ? (["amazon"] as const) : SITES
    for (const site of sites) {
      const forSite = entries.filter(
        (entry) => entry?.sites.length === 0 || entry?.sites.includes(site),
      )
      expect(forSite.length, `${row.question} on ${site}`).toBeGreaterThan(0)
    }
  })

  it("answers where-is-my-order differently before shipping, in transit and after delivery", () => {
    const states = (key: string) => byKey.get(key)?.orderStates ?? []
    expect(states("order-status-not-yet-shipped")).toEqual(
      expect.arrayContaining(["pending", "unshipped"]),
    )
    expect(states("order-status-not-yet-shipped")).not.toContain("shipped")
    expect(states("order-status-shipped-tracking")).toEqual(["shipped"])
    expect(states("order-status-delivered-not-received")).toEqual(["delivered"])
    const shipped = byKey.get("order-status-shipped-tracking")
    for (const language of LANGUAGES) {
      // Unconditional: a missing tracking number must show as a placeholder for the agent to fill.
      expect(shipped?.translations[language].body).toMatch(/[^%]\{\{ order\.trackingNumber \}\}/)
      expect(byKey.get("order-status-not-yet-shipped")?.translations[language].body).toContain(
        "{{ order.shipBy }}",
      )
    }
  })

  it("covers every intent with at least one template", () => {
    const used = new Set(STARTER_LIBRARY.flatMap((entry) => entry.intents))
    for (const intent of INTENTS) expect(used.has(intent), intent).toBe(true)
  })
})
