import { Drop } from "liquidjs"
import { formatDate, formatDateRange, formatMoney } from "~context/format"
import type { DateRange, Item, Money, PageContext } from "~context/schema"
import { VARIABLES, type VariableKind } from "./variables"

/** A fact the page did not show: falsy in conditions, replaced by `default`, else a placeholder. */
export class MissingFact extends Drop {
  constructor(readonly path: string) {
    super()
  }
  override valueOf(): undefined {
    return undefined
  }
}

export interface SellerProfile {
  name?: string
  signature?: string
}

export interface ScopeInput {
  context?: PageContext
  seller: SellerProfile
  /** BCP 47 locale of the reply, used to format dates and money for the buyer. */
  locale: string
}

type Scope = Record<string, unknown>

const MARKETPLACE_NAMES = { amazon: "Amazon", ebay: "eBay" } as const

/** The reply's locale: its language, in the marketplace's country when Intl knows that pair. */
export function replyLocale(language: string, country?: string): string {
  if (!country) return language
  const candidate = `${language}-${country}`
  return Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0 ? candidate : language
}

function format(value: unknown, kind: VariableKind, locale: string): unknown {
  if (value === undefined || value === null || value === "") return undefined
  switch (kind) {
    case "date":
      return formatDate(value as string, locale)
    case "dateRange":
      return formatDateRange(value as DateRange, locale)
    case "money":
      return formatMoney(value as Money, locale)
    default:
      return value
  }
}

/** One entry of `order.items`, for `{% for item in order.items %}` loops. */
function itemScope(item: Item, locale: string): Scope {
  const values: Record<string, unknown> = {
    title: item.title,
    asin: item.asin,
    sku: item.sku,
    quantity: item.quantity,
    unitPrice: item.unitPrice ? formatMoney(item.unitPrice, locale) : undefined,
  }
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value ?? new MissingFact(`item.${key}`)]),
  )
}

/** The raw value of each catalogued variable, read from the context and the seller profile. */
function sourceValues({ context, seller }: ScopeInput): Record<string, unknown> {
  const order = context?.order
  const firstItem = order?.items[0]
  return {
    "buyer.name": context?.buyer?.name,
    "buyer.firstName": context?.buyer?.firstName,
    "order.id": order?.id,
    "order.purchaseDate": order?.purchaseDate,
    "order.status": order?.status,
    "order.carrier": order?.carrier,
    "order.trackingNumber": order?.trackingNumber,
    "order.shipBy": order?.shipBy,
    "order.deliverBy": order?.deliverBy,
    "order.shippedDate": order?.shippedDate,
    "order.deliveredDate": order?.deliveredDate,
    "order.total": order?.total,
    "order.shipTo.city": order?.shipTo?.city,
    "order.shipTo.country": order?.shipTo?.country,
    "item.title": firstItem?.title,
    "item.asin": firstItem?.asin,
    "item.sku": firstItem?.sku,
    "item.quantity": firstItem?.quantity,
    "item.unitPrice": firstItem?.unitPrice,
    "seller.name": seller.name?.trim() || undefined,
    "seller.signature": seller.signature?.trim() || undefined,
    "agent.answer": undefined,
    "marketplace.name": context ? MARKETPLACE_NAMES[context.marketplace.site] : undefined,
  }
}

function setPath(target: Scope, path: string, value: unknown) {
  const keys = path.split(".")
  let node = target
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {}
    node = node[key] as Scope
  }
  node[keys[keys.length - 1]] = value
}

/**
 * The Liquid scope for a reply: every catalogued variable is present, either formatted for the
 * buyer's locale or as a MissingFact, so a typo in a template is an error, not a silent blank.
 */
export function buildScope(input: ScopeInput): Scope {
  const values = sourceValues(input)
  const scope: Scope = {}
  for (const variable of VARIABLES) {
    const formatted = format(values[variable.path], variable.kind, input.locale)
    setPath(scope, variable.path, formatted ?? new MissingFact(variable.path))
  }
  setPath(
    scope,
    "order.items",
    (input.context?.order?.items ?? []).map((item) => itemScope(item, input.locale)),
  )
  return scope
}
