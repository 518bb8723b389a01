/**
 * The variables a template may use, each with the placeholder shown (and inserted) when the page
 * did not show the fact. Templates reference them in Liquid: `{{ order.trackingNumber }}`.
 */
import type { StarterLanguage } from "~templates/schema"

export const VARIABLE_KINDS = ["text", "date", "dateRange", "money", "number"] as const
export type VariableKind = (typeof VARIABLE_KINDS)[number]

export interface VariableSpec {
  path: string
  kind: VariableKind
  /** In the interface's languages, and inside the brackets of a reply in any starter language. */
  label: Record<StarterLanguage, string>
}

export const VARIABLES: readonly VariableSpec[] = [
  {
    path: "buyer.name",
    kind: "text",
    label: {
      en: "buyer name",
      es: "nombre del comprador",
      de: "Name des Käufers",
      fr: "nom de l'acheteur",
      it: "nome dell'acquirente",
    },
  },
  {
    path: "buyer.firstName",
    kind: "text",
    label: {
      en: "buyer first name",
      es: "nombre del comprador",
      de: "Vorname des Käufers",
      fr: "prénom de l'acheteur",
      it: "nome dell'acquirente",
    },
  },
  {
    path: "order.id",
    kind: "text",
    label: {
      en: "order number",
      es: "número de pedido",
      de: "Bestellnummer",
      fr: "numéro de commande",
      it: "numero d'ordine",
    },
  },
  {
    path: "order.purchaseDate",
    kind: "date",
    label: {
      en: "purchase date",
      es: "fecha de compra",
      de: "Kaufdatum",
      fr: "date d'achat",
      it: "data di acquisto",
    },
  },
  {
    path: "order.status",
    kind: "text",
    label: {
      en: "order status",
      es: "estado del pedido",
      de: "Bestellstatus",
      fr: "statut de la commande",
      it: "stato dell'ordine",
    },
  },
  {
    path: "order.carrier",
    kind: "text",
    label: {
      en: "carrier",
      es: "transportista",
      de: "Versanddienstleister",
      fr: "transporteur",
      it: "corriere",
    },
  },
  {
    path: "order.trackingNumber",
    kind: "text",
    label: {
      en: "tracking number",
      es: "número de seguimiento",
      de: "Sendungsnummer",
      fr: "numéro de suivi",
      it: "numero di tracciamento",
    },
  },
  {
    path: "order.shipBy",
    kind: "dateRange",
    label: {
      en: "ship-by date",
      es: "fecha de envío",
      de: "Versandtermin",
      fr: "date d'expédition prévue",
      it: "data limite di spedizione",
    },
  },
  {
    path: "order.deliverBy",
    kind: "dateRange",
    label: {
      en: "delivery date",
      es: "fecha de entrega",
      de: "Liefertermin",
      fr: "date de livraison prévue",
      it: "data di consegna prevista",
    },
  },
  {
    path: "order.shippedDate",
    kind: "date",
    label: {
      en: "shipping date",
      es: "fecha de envío",
      de: "Versanddatum",
      fr: "date d'expédition",
      it: "data di spedizione",
    },
  },
  {
    path: "order.deliveredDate",
    kind: "date",
    label: {
      en: "delivery date",
      es: "fecha de entrega",
      de: "Zustelldatum",
      fr: "date de livraison",
      it: "data di consegna",
    },
  },
  {
    path: "order.total",
    kind: "money",
    label: {
      en: "order total",
      es: "importe del pedido",
      de: "Bestellsumme",
      fr: "montant de la commande",
      it: "totale dell'ordine",
    },
  },
  {
    path: "order.shipTo.city",
    kind: "text",
    label: { en: "city", es: "ciudad", de: "Ort", fr: "ville", it: "città" },
  },
  {
    path: "order.shipTo.country",
    kind: "text",
    label: { en: "country", es: "país", de: "Land", fr: "pays", it: "paese" },
  },
  {
    path: "item.title",
    kind: "text",
    label: {
      en: "item title",
      es: "nombre del artículo",
      de: "Artikelbezeichnung",
      fr: "nom de l'article",
      it: "nome dell'articolo",
    },
  },
  {
    path: "item.asin",
    kind: "text",
    label: { en: "ASIN", es: "ASIN", de: "ASIN", fr: "ASIN", it: "ASIN" },
  },
  {
    path: "item.sku",
    kind: "text",
    label: { en: "SKU", es: "SKU", de: "SKU", fr: "SKU", it: "SKU" },
  },
  {
    path: "item.quantity",
    kind: "number",
    label: { en: "quantity", es: "cantidad", de: "Menge", fr: "quantité", it: "quantità" },
  },
  {
    path: "item.unitPrice",
    kind: "money",
    label: {
      en: "item price",
      es: "precio del artículo",
      de: "Artikelpreis",
      fr: "prix de l'article",
      it: "prezzo dell'articolo",
    },
  },
  {
    path: "seller.name",
    kind: "text",
    label: {
      en: "seller name",
      es: "nombre del vendedor",
      de: "Name des Verkäufers",
      fr: "nom du vendeur",
      it: "nome del venditore",
    },
  },
  {
    path: "seller.signature",
    kind: "text",
    label: { en: "signature", es: "firma", de: "Signatur", fr: "signature", it: "firma" },
  },
  /** Never on a page: marks where the agent writes their own answer (a product question). */
  {
    path: "agent.answer",
    kind: "text",
    label: {
      en: "your answer",
      es: "su respuesta",
      de: "Ihre Antwort",
      fr: "votre réponse",
      it: "la sua risposta",
    },
  },
  {
    path: "marketplace.name",
    kind: "text",
    label: {
      en: "marketplace",
      es: "marketplace",
      de: "Marktplatz",
      fr: "place de marché",
      it: "marketplace",
    },
  },
]

export function placeholderFor(path: string, language: string): string {
  const spec = VARIABLES.find((variable) => variable.path === path)
  const label = spec ? (spec.label[language as StarterLanguage] ?? spec.label.en) : path
  return `[${label}]`
}
