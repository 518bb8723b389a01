/**
 * eBay sites: each `www.ebay.<tld>` host and its legacy messaging host `mesg.ebay.<tld>`.
 * Marketplace ids are eBay's own (`MarketplaceIdEnum` of the Sell APIs). Locales are each site's
 * default language; the page's `<html lang>`, when present, wins (Belgium and Switzerland serve
 * several languages on one host).
 */

export interface EbaySiteInfo {
  marketplaceId: string
  /** ISO 3166-1 alpha-2 (the UK is "GB"). */
  country: string
  locale: string
  currency: string
}

/** Top-level domain of an eBay site -> its marketplace facts. */
export const EBAY_SITES: Record<string, EbaySiteInfo> = {
  com: { marketplaceId: "EBAY_US", country: "US", locale: "en-US", currency: "USD" },
  "co.uk": { marketplaceId: "EBAY_GB", country: "GB", locale: "en-GB", currency: "GBP" },
  de: { marketplaceId: "EBAY_DE", country: "DE", locale: "de-DE", currency: "EUR" },
  fr: { marketplaceId: "EBAY_FR", country: "FR", locale: "fr-FR", currency: "EUR" },
  it: { marketplaceId: "EBAY_IT", country: "IT", locale: "it-IT", currency: "EUR" },
  es: { marketplaceId: "EBAY_ES", country: "ES", locale: "es-ES", currency: "EUR" },
  "com.au": { marketplaceId: "EBAY_AU", country: "AU", locale: "en-AU", currency: "AUD" },
  ca: { marketplaceId: "EBAY_CA", country: "CA", locale: "en-CA", currency: "CAD" },
  at: { marketplaceId: "EBAY_AT", country: "AT", locale: "de-AT", currency: "EUR" },
  ch: { marketplaceId: "EBAY_CH", country: "CH", locale: "de-CH", currency: "CHF" },
  nl: { marketplaceId: "EBAY_NL", country: "NL", locale: "nl-NL", currency: "EUR" },
  ie: { marketplaceId: "EBAY_IE", country: "IE", locale: "en-IE", currency: "EUR" },
  pl: { marketplaceId: "EBAY_PL", country: "PL", locale: "pl-PL", currency: "PLN" },
  be: { marketplaceId: "EBAY_BE", country: "BE", locale: "fr-BE", currency: "EUR" },
}

/** Every host the adapter (and its content script) runs on -> the site's top-level domain. */
export const EBAY_HOSTS: Record<string, string> = Object.fromEntries(
  Object.keys(EBAY_SITES).flatMap((tld) => [
    [`www.ebay.${tld}`, tld],
    [`mesg.ebay.${tld}`, tld],
  ]),
)

/** `www.` or `mesg.` on an eBay domain, including sites eBay adds later. */
const EBAY_HOST_PATTERN = /^(?:www|mesg)\.ebay\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/

export function isEbayHost(host: string): boolean {
  const h = host.toLowerCase()
  return h in EBAY_HOSTS || EBAY_HOST_PATTERN.test(h)
}

/** Marketplace facts of a host (empty for an eBay host we do not know). */
export function siteFor(host: string): Partial<EbaySiteInfo> {
  const tld = EBAY_HOSTS[host.toLowerCase()]
  return tld ? EBAY_SITES[tld] : {}
}
