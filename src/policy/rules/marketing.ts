/**
 * Marketing and promotion: coupons and discount codes, "% off", discounts on a next order, "visit
 * our store", "our other products", "follow us", sales. Amazon forbids it in buyer messages; on
 * eBay it is a warning (member messages are for the transaction, but it is not contact sharing).
 * A plain "we can't offer a discount on this item" is not promotion.
 */
import { prepare } from "../normalize"
import { findingAt, gap, SOURCES, sentenceTester } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const MARKETING_RULE_ID = "marketing"

const DISCOUNT_WORD =
  "(?:off|discount|rabatt|nachlass|descuento|rebaja|reduction|remise|promo|sconto|saldi|soldes|sale)"
const NEXT_ORDER =
  "(?:next|nachste\\w*|proxim[oa]|prochaine?|prossim[oa])\\s+(?:order|purchase|bestellung|einkauf|kauf|pedido|compra|commande|achat|ordine|acquisto)"
const OUR =
  "(?:our|my|nuestr[oa]s?|mis?|unser\\w*|mein\\w*|notre|nos|ma|mes|nostr[oaie]|mie?i?|mia|mie)"
const STORE =
  "(?:store|shop|storefront|range|collection|listings|items|products|catalog(?:ue)?|brand|other|new|tienda|otros|otras|productos|articulos|catalogo|coleccion|novedades|ofertas|sortiment|produkte\\w*|artikel\\w*|angebote\\w*|kollektion|laden|boutique|autres|produits|articles|collection|nouveautes|offres|negozio|altri|prodotti|articoli|collezione|novita|offerte)"

const PATTERNS: RegExp[] = [
  // Codes and coupons.
  /\b(?:(?:coupon|voucher|promo(?:tional)?|discount|offer|gift)\s*codes?|coupons?|gutscheincodes?|rabatt-?codes?|aktionscodes?|promo-?codes?|codigos?\s+(?:de\s+)?(?:descuento|promocional(?:es)?)|cupon(?:es)?(?:\s+de\s+descuento)?|codes?\s+(?:promo|de\s+reduction|reduction|de\s+remise)|bons?\s+de\s+reduction|codic[ei]\s+(?:sconto|promozional[ei])|buon[oi]\s+sconto)\b/gi,
  // Percent off, both word orders: "15% off", "20 % Rabatt", "sconto del 20%", "-30 %".
  new RegExp(
    `(?:-\\s?\\d{1,2}\\s?%|\\b\\d{1,2}\\s?%\\s+(?:de\\s+|di\\s+)?${gap(1)}${DISCOUNT_WORD}\\b|\\b${DISCOUNT_WORD}\\w*\\s+(?:del\\s+|de\\s+|von\\s+|of\\s+|di\\s+)?\\d{1,2}\\s?%)`,
    "gi",
  ),
  // A discount on the next order.
  new RegExp(
    `\\b(?:discount|rabatt|gutschein|descuento|reduction|remise|sconto|off|free\\s+(?:shipping|delivery|postage|gift)|(?:kostenlose[rn]?|gratis)\\s+versand|envio\\s+gratis|livraison\\s+(?:gratuite|offerte)|spedizione\\s+gratuita)\\w*\\s+${gap(4)}${NEXT_ORDER}\\b|\\b${NEXT_ORDER}\\s+${gap(3)}(?:discount|rabatt|descuento|reduction|remise|sconto)\\b`,
    "gi",
  ),
  // "Visit our store", "check out our other…", in five languages.
  new RegExp(
    `\\b(?:visit|check\\s+out|check|browse|take\\s+a\\s+look\\s+at|have\\s+a\\s+look\\s+at|look\\s+at|explore|discover|visite\\w*|visitar|eche\\s+un\\s+vistazo|echar\\s+un\\s+vistazo|descubra|conozca|besuchen|schauen|stobern|entdecken|werfen|visitez|decouvr\\w*|jetez\\s+un\\s+(?:oeil|coup\\s+d'oeil)|parcourez|visiti|visitate|scopr\\w*|dia\\s+un'occhiata|date\\s+un'occhiata|dare\\s+un'occhiata)\\s+${gap(4)}${OUR}\\s+${gap(2)}${STORE}\\b`,
    "gi",
  ),
  // "Our other products", "nos autres articles".
  /\b(?:(?:our|my)\s+other\s+(?:products|items|listings|models|designs)|(?:nuestros|mis)\s+otros\s+(?:productos|articulos|anuncios)|(?:unser|mein)\w*\s+(?:weiteren|anderen)\s+(?:produkt|artikel|angebot)\w*|(?:nos|mes)\s+autres\s+(?:produits|articles|annonces|creations)|(?:nostri|miei)\s+altri\s+(?:prodotti|articoli|annunci))\b/gi,
  // Follow us, like our page, newsletter.
  /\b(?:follow\s+(?:us|me)|like\s+our\s+page|subscribe\s+to\s+our|newsletter|folgen\s+sie\s+(?:uns|mir)|folg\s+uns|siganos|siguenos|suivez[- ](?:nous|moi)|abonnez-vous|seguiteci|ci\s+segua|seguici|seguitemi)\b/gi,
  // A promo code written out: "code SAVE15", "codice GRAZIE10", "Code: DANKE10".
  /\b(?:[Cc]ode|[Cc]odigo|[Cc]odice|[Gg]utscheincode|[Rr]abattcode|[Pp]romo|[Cc]oupon|[Cc]upon)\s*:?\s*["']?(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9-]{4,20}\b/g,
  // Promoting the seller's social pages: "our Facebook group", "unsere Instagram-Seite".
  /\b(?:(?:our|my|join\s+our)\s+(?:instagram|facebook|tiktok|youtube|pinterest|twitter)\s+(?:page|group|channel|account|profile|community)|(?:unser|mein)\w*\s+(?:instagram|facebook|tiktok|youtube)[\s-]?(?:seite|gruppe|kanal|account|profil)|(?:nuestra|nuestro|mi)\s+(?:pagina|grupo|canal|cuenta|perfil)\s+de\s+(?:instagram|facebook|tiktok|youtube)|(?:notre|ma|mon)\s+(?:page|groupe|chaine|compte)\s+(?:instagram|facebook|tiktok|youtube)|(?:la\s+nostra|il\s+nostro|la\s+mia)\s+(?:pagina|gruppo|canale|profilo)\s+(?:instagram|facebook|tiktok|youtube))\b/gi,
  // Sales and promotions.
  /\b(?:black\s+friday|cyber\s+monday|flash\s+sale|clearance\s+sale|rebajas|soldes|saldi|promocion(?:es)?|promozion[ei]|(?:our|nuestras|unsere|nos|nostre)\s+(?:deals|offers|promotions|ofertas|angebote|aktionen|offres|promos|offerte)|new\s+arrivals|nueva\s+coleccion|neue\s+kollektion|nouvelle\s+collection|nuova\s+collezione)\b/gi,
]

/** A percentage or "percent" in the same sentence as a next order: "zehn Prozent bei Ihrer nächsten Bestellung". */
const NEXT_ORDER_RE = new RegExp(`\\b${NEXT_ORDER}\\b`, "gi")
const PERCENT = /\d\s?%|\b(?:percent|per\s+cent|prozent|por\s+ciento|pour\s+cent|per\s+cento)\b/i

export const marketingRule: PolicyRule = {
  id: MARKETING_RULE_ID,
  marketplaces: ["amazon", "ebay"],
  check(input) {
    const prepared = prepare(input.text)
    const amazon = input.marketplace === "amazon"
    const findings: Finding[] = []
    const spans: Array<[number, number]> = []
    for (const pattern of PATTERNS) {
      pattern.lastIndex = 0
      for (const match of prepared.text.matchAll(pattern)) {
        spans.push([match.index, match.index + match[0].length])
      }
    }
    const percent = sentenceTester(prepared, PERCENT)
    NEXT_ORDER_RE.lastIndex = 0
    for (const match of prepared.text.matchAll(NEXT_ORDER_RE)) {
      if (percent(match.index)) spans.push([match.index, match.index + match[0].length])
    }
    for (const [start, end] of spans) {
      findings.push(
        findingAt(prepared, start, end, {
          rule: MARKETING_RULE_ID,
          severity: amazon ? "block" : "warn",
          message: amazon
            ? {
                en: "Marketing or promotion (coupons, discounts, other products, social media): not allowed in Amazon buyer messages.",
                es: "Marketing o promoción (cupones, descuentos, otros productos, redes sociales): no se permite en los mensajes de Amazon.",
              }
            : {
                en: "Marketing or promotion: member messages are for this transaction; keep promotions to your listings.",
                es: "Marketing o promoción: los mensajes son para esta transacción; deje las promociones para sus anuncios.",
              },
          source: amazon ? SOURCES.amazon : SOURCES.ebay,
        }),
      )
    }
    return findings
  },
}
