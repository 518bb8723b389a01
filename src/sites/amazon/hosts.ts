/**
 * Seller Central hosts and Amazon marketplaces. Marketplace ids from the SP-API documentation;
 * locales are the default language of each Seller Central (the page's `<html lang>`, when present,
 * wins because sellers can switch the language).
 */

export interface AmazonMarketplaceInfo {
  marketplaceId: string
  /** ISO 3166-1 alpha-2 (the UK is "GB" here, Amazon itself writes "UK"). */
  country: string
  locale: string
  currency: string
}

export const MARKETPLACES: Record<string, AmazonMarketplaceInfo> = {
  ATVPDKIKX0DER: {
    marketplaceId: "ATVPDKIKX0DER",
    country: "US",
    locale: "en-US",
    currency: "USD",
  },
  A2EUQ1WTGCTBG2: {
    marketplaceId: "A2EUQ1WTGCTBG2",
    country: "CA",
    locale: "en-CA",
    currency: "CAD",
  },
  A1AM78C64UM0Y8: {
    marketplaceId: "A1AM78C64UM0Y8",
    country: "MX",
    locale: "es-MX",
    currency: "MXN",
  },
  A2Q3Y263D00KWC: {
    marketplaceId: "A2Q3Y263D00KWC",
    country: "BR",
    locale: "pt-BR",
    currency: "BRL",
  },
  A1F83G8C2ARO7P: {
    marketplaceId: "A1F83G8C2ARO7P",
    country: "GB",
    locale: "en-GB",
    currency: "GBP",
  },
  A1PA6795UKMFR9: {
    marketplaceId: "A1PA6795UKMFR9",
    country: "DE",
    locale: "de-DE",
    currency: "EUR",
  },
  A13V1IB3VIYZZH: {
    marketplaceId: "A13V1IB3VIYZZH",
    country: "FR",
    locale: "fr-FR",
    currency: "EUR",
  },
  APJ6JRA9NG5V4: {
    marketplaceId: "APJ6JRA9NG5V4",
    country: "IT",
    locale: "it-IT",
    currency: "EUR",
  },
  A1RKKUPIHCS9HS: {
    marketplaceId: "A1RKKUPIHCS9HS",
    country: "ES",
    locale: "es-ES",
    currency: "EUR",
  },
  A1805IZSGTT6HS: {
    marketplaceId: "A1805IZSGTT6HS",
    country: "NL",
    locale: "nl-NL",
    currency: "EUR",
  },
  A2NODRKZP88ZB9: {
    marketplaceId: "A2NODRKZP88ZB9",
    country: "SE",
    locale: "sv-SE",
    currency: "SEK",
  },
  A1C3SOZRARQ6R3: {
    marketplaceId: "A1C3SOZRARQ6R3",
    country: "PL",
    locale: "pl-PL",
    currency: "PLN",
  },
  AMEN7PMS3EDWL: {
    marketplaceId: "AMEN7PMS3EDWL",
    country: "BE",
    locale: "fr-BE",
    currency: "EUR",
  },
  A28R8C7NBKEWEA: {
    marketplaceId: "A28R8C7NBKEWEA",
    country: "IE",
    locale: "en-IE",
    currency: "EUR",
  },
  A21TJRUUN4KGV: {
    marketplaceId: "A21TJRUUN4KGV",
    country: "IN",
    locale: "en-IN",
    currency: "INR",
  },
  A1VC38T7YXB528: {
    marketplaceId: "A1VC38T7YXB528",
    country: "JP",
    locale: "ja-JP",
    currency: "JPY",
  },
  A39IBJ37TRP1C6: {
    marketplaceId: "A39IBJ37TRP1C6",
    country: "AU",
    locale: "en-AU",
    currency: "AUD",
  },
  A19VAU5U5O7RUS: {
    marketplaceId: "A19VAU5U5O7RUS",
    country: "SG",
    locale: "en-SG",
    currency: "SGD",
  },
  A2VIGQ35RCS4UG: {
    marketplaceId: "A2VIGQ35RCS4UG",
    country: "AE",
    locale: "en-AE",
    currency: "AED",
  },
  A17E79C6D8DWNP: {
    marketplaceId: "A17E79C6D8DWNP",
    country: "SA",
    locale: "ar-SA",
    currency: "SAR",
  },
  ARBP9OOSHTCHU: {
    marketplaceId: "ARBP9OOSHTCHU",
    country: "EG",
    locale: "ar-EG",
    currency: "EGP",
  },
  A33AVAJ2PDY3EV: {
    marketplaceId: "A33AVAJ2PDY3EV",
    country: "TR",
    locale: "tr-TR",
    currency: "TRY",
  },
  AE08WJ6YKNBMC: {
    marketplaceId: "AE08WJ6YKNBMC",
    country: "ZA",
    locale: "en-ZA",
    currency: "ZAR",
  },
}

/**
 * Host -> marketplace id. `null`: a Seller Central host serving several marketplaces (the unified
 * European one); the marketplace then comes from the URL or stays unknown.
 */
export const SELLER_CENTRAL_HOSTS: Record<string, string | null> = {
  "sellercentral.amazon.com": "ATVPDKIKX0DER",
  "sellercentral-europe.amazon.com": null,
  "sellercentral.amazon.co.uk": "A1F83G8C2ARO7P",
  "sellercentral.amazon.de": "A1PA6795UKMFR9",
  "sellercentral.amazon.fr": "A13V1IB3VIYZZH",
  "sellercentral.amazon.it": "APJ6JRA9NG5V4",
  "sellercentral.amazon.es": "A1RKKUPIHCS9HS",
  "sellercentral.amazon.nl": "A1805IZSGTT6HS",
  "sellercentral.amazon.se": "A2NODRKZP88ZB9",
  "sellercentral.amazon.pl": "A1C3SOZRARQ6R3",
  "sellercentral.amazon.com.be": "AMEN7PMS3EDWL",
  "sellercentral.amazon.ie": "A28R8C7NBKEWEA",
  "sellercentral.amazon.ca": "A2EUQ1WTGCTBG2",
  "sellercentral.amazon.com.mx": "A1AM78C64UM0Y8",
  "sellercentral.amazon.com.br": "A2Q3Y263D00KWC",
  "sellercentral.amazon.in": "A21TJRUUN4KGV",
  "sellercentral.amazon.co.jp": "A1VC38T7YXB528",
  "sellercentral-japan.amazon.com": "A1VC38T7YXB528",
  "sellercentral.amazon.com.au": "A39IBJ37TRP1C6",
  "sellercentral.amazon.sg": "A19VAU5U5O7RUS",
  "sellercentral.amazon.ae": "A2VIGQ35RCS4UG",
  "sellercentral.amazon.sa": "A17E79C6D8DWNP",
  "sellercentral.amazon.eg": "ARBP9OOSHTCHU",
  "sellercentral.amazon.com.tr": "A33AVAJ2PDY3EV",
  "sellercentral.amazon.co.za": "AE08WJ6YKNBMC",
}

/** Any Seller Central host, including ones Amazon adds later (`sellercentral.amazon.xx`). */
const SELLER_CENTRAL_PATTERN =
  /^sellercentral(?:-[a-z]+)?\.amazon\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/

export function isSellerCentralHost(host: string): boolean {
  const h = host.toLowerCase()
  return h in SELLER_CENTRAL_HOSTS || SELLER_CENTRAL_PATTERN.test(h)
}

/** URL parameters Seller Central uses to name the marketplace. */
const MARKETPLACE_PARAMS = ["marketplaceID", "marketplaceId", "marketplaceid", "mons_sel_mkid"]

export function marketplaceIdFromUrl(url: URL): string | undefined {
  for (const name of MARKETPLACE_PARAMS) {
    const value = url.searchParams.get(name)?.trim()
    if (value && /^[A-Z0-9]{8,20}$/.test(value)) return value
  }
  return undefined
}

/** Marketplace facts for a URL: URL parameter first, then the host. */
export function marketplaceFor(url: URL): Partial<AmazonMarketplaceInfo> {
  const fromUrl = marketplaceIdFromUrl(url)
  if (fromUrl) return MARKETPLACES[fromUrl] ?? { marketplaceId: fromUrl }
  const fromHost = SELLER_CENTRAL_HOSTS[url.hostname.toLowerCase()]
  return fromHost ? MARKETPLACES[fromHost] : {}
}
