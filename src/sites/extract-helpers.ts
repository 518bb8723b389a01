/**
 * Small value helpers every site adapter uses while reading a page: trimming and capping what is
 * read, dropping what was not found, and skipping hidden or excluded parts of the page.
 */
import type { Marketplace, Message, PageContext, PageKind, Site } from "~context/schema"
import { cleanText, isHiddenByMarkup, parentElementDeep, visibleText, withDomCache } from "./dom"

export function clip(text: string | undefined | null, max: number): string | undefined {
  if (!text) return undefined
  const t = cleanText(text)
  if (!t) return undefined
  return t.length > max ? t.slice(0, max) : t
}

export function prune<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    const v = value[key]
    if (v === undefined) delete value[key]
    else if (v && typeof v === "object" && !Array.isArray(v)) {
      prune(v as object)
      if (Object.keys(v as object).length === 0) delete value[key]
    }
  }
  return value
}

export /** Visible text of the first element (by selector priority) that has any. */
function firstText(groups: Element[][], skip?: (el: Element) => boolean): string | undefined {
  for (const found of groups) {
    for (const el of found) {
      if (skip && isSkipped(el, skip)) continue
      const text = visibleText(el)
      if (text) return text
    }
  }
  return undefined
}

export /** An element or one of its ancestors (through shadow roots) is skipped or hidden by markup. */
function isSkipped(el: Element, skip: (el: Element) => boolean): boolean {
  for (let cur: Element | null = el; cur; cur = parentElementDeep(cur)) {
    if (skip(cur) || isHiddenByMarkup(cur)) return true
  }
  return false
}

export function pageLocale(doc: Document, hostLocale: string | undefined): string | undefined {
  let lang: string | undefined
  try {
    const raw = doc.documentElement?.getAttribute("lang")?.trim().replace(/_/g, "-")
    if (raw) lang = Intl.getCanonicalLocales(raw)[0]
  } catch {
    lang = undefined
  }
  if (!lang) return hostLocale
  if (lang.includes("-")) return lang.slice(0, 20)
  if (hostLocale && hostLocale.split("-")[0] === lang) return hostLocale
  return lang.slice(0, 20)
}

/**
 * The frame every adapter's extract() shares: marketplace and page kind first, then the adapter's
 * reading of the page, which may fail part way without losing what was read, then empty values
 * dropped. Never throws.
 */
/** What reading a page's dates and amounts depends on, from the marketplace the page is on. */
export interface ReadingEnv {
  locale: string
  currency?: string
  country?: string
  /**
   * Completes dates printed without a year and relative times ("2 hours ago"): the agent's clock,
   * or a nearer date the page gives.
   */
  reference: Date
}

export function extractPageContext(
  site: Site,
  url: URL,
  marketplaceOf: () => Marketplace,
  pageKindOf: (url: URL) => PageKind | null,
  read: (ctx: PageContext, env: ReadingEnv) => void,
): PageContext {
  return withDomCache(() => {
    let marketplace: Marketplace
    try {
      marketplace = marketplaceOf()
    } catch {
      marketplace = { site, host: url.hostname || "unknown" }
    }
    const kind = pageKindOf(url) ?? "unknown"
    const ctx: PageContext = { marketplace, page: { kind, url: url.href.slice(0, 4_000) } }
    const env: ReadingEnv = {
      locale: marketplace.locale ?? "en-US",
      currency: marketplace.currency,
      country: marketplace.country,
      reference: new Date(),
    }
    try {
      read(ctx, env)
    } catch {
      // Never throw: the facts read so far stand, possibly none.
    }
    if (ctx.order) {
      const items = ctx.order.items ?? []
      prune(ctx.order)
      ctx.order.items = items
    }
    return prune(ctx)
  })
}

export interface RoleTokens {
  marketplace: RegExp
  seller: RegExp
  buyer: RegExp
}

/** The role the first recognised token names ("outbound", "seller", "amazon"…). */
export function roleFromTokens(tokens: string[], words: RoleTokens): Message["role"] | undefined {
  for (const token of tokens) {
    if (words.marketplace.test(token)) return "marketplace"
    if (words.seller.test(token)) return "seller"
    if (words.buyer.test(token)) return "buyer"
  }
  return undefined
}

/**
 * Who wrote a message, when its markup says so in one of `attributes` ("data-sender-type=
 * seller_outbound"): each value is split into tokens and matched against the site's words.
 */
export function roleFromAttributes(
  el: Element,
  attributes: readonly string[],
  words: RoleTokens,
): Message["role"] | undefined {
  const tokens = attributes.flatMap((attr) => el.getAttribute(attr)?.split(/[\s_-]+/) ?? [])
  return roleFromTokens(tokens, words)
}
