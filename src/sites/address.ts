/**
 * Ship-to town, region, postal code and country from the address lines a marketplace prints.
 * Street lines and names are never returned: the copilot keeps only what replies need.
 */
import type { Order } from "~context/schema"
import { cleanText } from "./dom"
import { clip, prune } from "./extract-helpers"

const regionNames = new Map<string, Map<string, string>>()
const displayNames = new Map<string, Intl.DisplayNames | null>()

function regionDisplayNames(locale: string): Intl.DisplayNames | null {
  let names = displayNames.get(locale)
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" })
    } catch {
      names = null // No DisplayNames: countries stay unrecognised.
    }
    displayNames.set(locale, names)
  }
  return names
}

/** Every region name of a locale -> ISO code; built only when a name is not the expected one. */
function allRegionNames(locale: string): Map<string, string> {
  let map = regionNames.get(locale)
  if (!map) {
    map = new Map()
    const names = regionDisplayNames(locale)
    const A = 65
    for (let i = 0; names && i < 26; i++) {
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(A + i, A + j)
        const display = names.of(code)
        const key = display?.toLowerCase()
        if (key && display !== code && !map.has(key)) map.set(key, code)
      }
    }
    regionNames.set(locale, map)
  }
  return map
}

/**
 * Country name as printed ("United States", "Deutschland", "日本") -> ISO code, via Intl. Most
 * orders ship within the marketplace's country, so that name is tried before building the table
 * of all regions (hundreds of lookups, a noticeable cost on the first read of a page).
 */
function countryCodeOf(name: string, locale: string, expected?: string): string | undefined {
  const key = name.trim().toLowerCase()
  if (!key || /\d/.test(key)) return undefined
  const locales = [locale, "en-US"]
  if (
    expected &&
    locales.some((loc) => regionDisplayNames(loc)?.of(expected)?.toLowerCase() === key)
  ) {
    return expected
  }
  for (const loc of locales) {
    const code = allRegionNames(loc).get(key)
    if (code) return code
  }
  return undefined
}

export type ShipTo = NonNullable<Order["shipTo"]>

/** City, region, postal code and country from address lines. Street lines are never returned. */
export function parseAddress(
  lines: string[],
  env: { locale: string; country?: string },
): ShipTo | undefined {
  const tokens = lines
    .flatMap((line) => line.split(/\s*[,，、]\s*/))
    .map((t) => cleanText(t))
    .filter(Boolean)
  if (tokens.length === 0) return undefined
  const shipTo: ShipTo = {}
  let iso = env.country
  const countryCode = countryCodeOf(tokens[tokens.length - 1], env.locale, env.country)
  if (countryCode) {
    shipTo.country = clip(tokens.pop(), 100)
    iso = countryCode
  }
  const hasDigits = (t: string | undefined) => !!t && /\d/.test(t)
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]
    const exec = (applies: boolean, re: RegExp) => (applies ? re.exec(token) : null)
    const us = exec(iso === "US", /^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/i)
    if (us) {
      shipTo.region = us[1].toUpperCase()
      shipTo.postalCode = us[2]
      if (i > 0 && !hasDigits(tokens[i - 1])) shipTo.city = tokens[i - 1]
      break
    }
    const ca = exec(iso === "CA", /^([A-Z]{2})\s+([A-Z]\d[A-Z] ?\d[A-Z]\d)$/i)
    if (ca) {
      shipTo.region = ca[1].toUpperCase()
      shipTo.postalCode = ca[2].toUpperCase()
      if (i > 0 && !hasDigits(tokens[i - 1])) shipTo.city = tokens[i - 1]
      break
    }
    const au = exec(iso === "AU", /^(?:(.+?)\s+)?([A-Z]{2,3})\s+(\d{4})$/)
    if (au) {
      shipTo.region = au[2]
      shipTo.postalCode = au[3]
      const city = au[1] ?? (i > 0 && !hasDigits(tokens[i - 1]) ? tokens[i - 1] : undefined)
      if (city) shipTo.city = city
      break
    }
    const gb = exec(
      iso === "GB" || iso === "IE",
      /^(?:(.+?)\s+)?([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d{2} ?[A-Z\d]{4})$/i,
    )
    if (gb) {
      shipTo.postalCode = gb[2].toUpperCase()
      const city = gb[1] ?? (i > 0 && !hasDigits(tokens[i - 1]) ? tokens[i - 1] : undefined)
      if (city && !hasDigits(city)) shipTo.city = city
      break
    }
    const jp = exec(iso === "JP", /^〒?\s*(\d{3}-\d{4})$/)
    if (jp) {
      shipTo.postalCode = jp[1]
      const rest = tokens.slice(i + 1).join("")
      const pref = /^(.{2,3}?[都道府県])/.exec(rest)
      if (pref) shipTo.region = pref[1]
      const city = /^(?:.{2,3}?[都道府県])?(.+?[市区町村郡])/.exec(rest)
      if (city) shipTo.city = city[1]
      break
    }
    if (iso && ["US", "CA", "AU", "GB", "IE", "JP"].includes(iso)) continue
    // Postal code first, then the city: DE, FR, IT, ES, NL, BE, SE, PL, TR, ...
    const other = /^(\d{2}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2}|\d{4,5})\s+(.+)$/.exec(token)
    if (other) {
      shipTo.postalCode = other[1]
      let city = other[2]
      const province = /^(.+?)\s+\(?([A-Z]{2})\)?$/.exec(city)
      if (province && iso === "IT") {
        city = province[1]
        shipTo.region = province[2]
      }
      if (!hasDigits(city)) shipTo.city = city
      const next = tokens[i + 1]
      if (!shipTo.region && next && !hasDigits(next)) shipTo.region = next
      break
    }
  }
  const result: ShipTo = {
    city: clip(shipTo.city, 200),
    region: clip(shipTo.region, 200),
    postalCode: clip(shipTo.postalCode, 20),
    country: shipTo.country,
  }
  prune(result)
  return Object.keys(result).length > 0 ? result : undefined
}
