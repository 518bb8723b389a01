/**
 * The variables a template may use, each with the placeholder shown (and inserted) when the page
 * did not show the fact. Templates reference them in Liquid: `{{ order.trackingNumber }}`.
 */
export const VARIABLE_KINDS = ["text", "date", "dateRange", "money", "number"] as const
export type VariableKind = (typeof VARIABLE_KINDS)[number]

export interface VariableSpec {
  path: string
  kind: VariableKind
  label: Record<"en" | "es", string>
}

export const VARIABLES: readonly VariableSpec[] = [
  { path: "buyer.name", kind: "text", label: { en: "buyer name", es: "nombre del comprador" } },
  {
    path: "buyer.firstName",
    kind: "text",
    label: { en: "buyer first name", es: "nombre del comprador" },
  },
  { path: "order.id", kind: "text", label: { en: "order number", es: "número de pedido" } },
  {
    path: "order.purchaseDate",
    kind: "date",
    label: { en: "purchase date", es: "fecha de compra" },
  },
  { path: "order.status", kind: "text", label: { en: "order status", es: "estado del pedido" } },
  { path: "order.carrier", kind: "text", label: { en: "carrier", es: "transportista" } },
  {
    path: "order.trackingNumber",
    kind: "text",
    label: { en: "tracking number", es: "número de seguimiento" },
  },
  { path: "order.shipBy", kind: "dateRange", label: { en: "ship-by date", es: "fecha de envío" } },
  {
    path: "order.deliverBy",
    kind: "dateRange",
    label: { en: "delivery date", es: "fecha de entrega" },
  },
  {
    path: "order.shippedDate",
    kind: "date",
    label: { en: "shipping date", es: "fecha de envío" },
  },
  {
    path: "order.deliveredDate",
    kind: "date",
    label: { en: "delivery date", es: "fecha de entrega" },
  },
  { path: "order.total", kind: "money", label: { en: "order total", es: "importe del pedido" } },
  { path: "order.shipTo.city", kind: "text", label: { en: "city", es: "ciudad" } },
  { path: "order.shipTo.country", kind: "text", label: { en: "country", es: "país" } },
  { path: "item.title", kind: "text", label: { en: "item title", es: "nombre del artículo" } },
  { path: "item.asin", kind: "text", label: { en: "ASIN", es: "ASIN" } },
  { path: "item.sku", kind: "text", label: { en: "SKU", es: "SKU" } },
  { path: "item.quantity", kind: "number", label: { en: "quantity", es: "cantidad" } },
  { path: "item.unitPrice", kind: "money", label: { en: "item price", es: "precio del artículo" } },
  { path: "seller.name", kind: "text", label: { en: "seller name", es: "nombre del vendedor" } },
  { path: "seller.signature", kind: "text", label: { en: "signature", es: "firma" } },
  /** Never on a page: marks where the agent writes their own answer (a product question). */
  { path: "agent.answer", kind: "text", label: { en: "your answer", es: "su respuesta" } },
  {
    path: "marketplace.name",
    kind: "text",
    label: { en: "marketplace", es: "marketplace" },
  },
]

export function placeholderFor(path: string, language: string): string {
  const spec = VARIABLES.find((variable) => variable.path === path)
  const label = spec ? spec.label[language === "es" ? "es" : "en"] : path
  return `[${label}]`
}
