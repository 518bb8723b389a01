/**
 * Page structure report: a sanitised copy of a page's DOM that a user can attach to a bug report
 * when extraction fails, and that a maintainer turns into a test fixture.
 *
 * Kept: the structure (tags, nesting, ids, classes, data-test-ids, data-* names and token values,
 * ARIA roles and references, form control types, custom elements, stylesheets) and the content of
 * open shadow roots, serialised as `<template shadowrootmode="open">` inside their hosts (the form
 * `tests/unit/dom-fixture.ts` loads).
 *
 * Replaced: every personal or free-text value.
 * - Text becomes a same-shape placeholder (letters -> x / X keeping case, digits -> 0), except the
 *   UI labels the adapters look for (`LABELS`, send buttons, self authors, a few status, carrier and
 *   navigation words), kept verbatim, also as the "Label:" part of "Label: value" texts.
 * - Dates keep their format: month and weekday names stay (they are not personal) when the text
 *   also has digits, the digits become 0 ("Wed, Nov 00, 0000").
 * - Data formats keep their shape with random values, the same original always giving the same
 *   replacement within one report (so joins still line up): Amazon order ids, UUIDs, ASINs,
 *   tracking numbers (prefix letters kept), long digit runs; emails become `userN@example.invalid`.
 * - URLs keep scheme, host, path shape and parameter names; identifiers and free text in paths and
 *   all query values are replaced, except `fi`, `group_type`, `conversation_type` and a few more.
 * - Script contents are removed (the tag stays, with a comment), form values emptied, image
 *   sources replaced with a blank pixel, comments masked, event handlers dropped.
 */

import {
  LABELS,
  MARKETPLACE_AUTHORS,
  ON_BEHALF_MARKERS,
  SELF_AUTHORS,
  SEND_LABELS,
} from "~sites/amazon/selectors"
import { normalizeLabel } from "~sites/dom"

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4
const COMMENT_NODE = 8

const BLANK_IMAGE = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

// ---------------------------------------------------------------------------------------------
// What may stay verbatim

/** UI wording kept verbatim besides the adapters' labels: not personal, helps recognise a page. */
const UI_WORDS = [
  // Navigation and page chrome
  "Amazon Seller Central",
  "Seller Central",
  "amazon seller central",
  "Amazon",
  "Amazon.com",
  "Amazon.co.uk",
  "Amazon.de",
  "Amazon.fr",
  "Amazon.it",
  "Amazon.es",
  "Amazon.co.jp",
  "Buyer-Seller Messaging",
  "Käufer-Verkäufer-Nachrichten",
  "Messages",
  "Message",
  "Nachrichten",
  "Nachricht",
  "Orders",
  "Bestellungen",
  "Order details",
  "Order summary",
  "Order contents",
  "Manage Orders",
  "Catalog",
  "Catalogue",
  "Inventory",
  "Advertising",
  "Reports",
  "Help",
  "Settings",
  "Search",
  "Suche",
  "Suchen",
  "Main menu",
  "Conversation",
  "Conversations",
  "Conversation history",
  "Buyer messages",
  "Response needed",
  "No response needed",
  "Filter",
  "Templates",
  "Add attachment",
  "Anhang hinzufügen",
  "Cancel",
  "Abbrechen",
  "Annuler",
  "Annulla",
  "Cancelar",
  "キャンセル",
  "Reply",
  "Your reply",
  "Reply to buyer",
  "Antwort",
  "Antworten",
  "Répondre",
  "Rispondi",
  "Responder",
  "返信",
  "Type your message",
  "Write your message",
  "Select a reason for your message",
  "Image",
  "More information",
  "Proceeds",
  "Sale proceeds",
  "Shipping service",
  "Sales channel",
  "Address type",
  "Phone",
  "Telefon",
  "Téléphone",
  "Telefono",
  "Teléfono",
  "電話番号",
  "Reason",
  "Detail",
  "Condition",
  "New",
  // Statuses and fulfilment values (the extractor classifies them)
  "Shipped",
  "Unshipped",
  "Pending",
  "Delivered",
  "Cancelled",
  "Canceled",
  "Returned",
  "Refunded",
  "Versandt",
  "Nicht versandt",
  "Zugestellt",
  "Storniert",
  "Expédié",
  "Non expédié",
  "Livré",
  "Annulé",
  "Spedito",
  "Non spedito",
  "Consegnato",
  "Annullato",
  "Enviado",
  "No enviado",
  "Entregado",
  "Cancelado",
  "出荷済み",
  "未出荷",
  "配達済み",
  "Seller",
  "Merchant",
  "Verkäufer",
  "Vendeur",
  "Venditore",
  "Vendedor",
  "出品者",
  "FBA",
  "Fulfilled by Amazon",
  "Fulfillment by Amazon",
  "Fulfilment by Amazon",
  "Versand durch Amazon",
  "Expédié par Amazon",
  "Logistica di Amazon",
  "Gestionado por Amazon",
  // Carriers
  "UPS",
  "USPS",
  "FedEx",
  "DHL",
  "DPD",
  "GLS",
  "Hermes",
  "Royal Mail",
  "Colissimo",
  "Chronopost",
  "BRT",
  "Poste Italiane",
  "SDA",
  "Correos",
  "SEUR",
  "Amazon Logistics",
  "Amazon Shipping",
  "ヤマト運輸",
  "佐川急便",
  "日本郵便",
]

/** Month and weekday names (en, de, fr, it, es, ja), kept inside texts that also have digits. */
const DATE_WORDS = new Set(
  [
    "january february march april may june july august september october november december",
    "jan feb mar apr jun jul aug sep sept oct nov dec",
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur fri sat sun",
    "januar februar märz mai juni juli oktober dezember jän mär okt dez",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so",
    "janvier février mars avril juin juillet août septembre octobre novembre décembre",
    "janv févr avr juil déc lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim",
    "gennaio febbraio aprile maggio giugno luglio agosto settembre ottobre dicembre",
    "gen mag giu lug ago set ott dic lunedì martedì mercoledì giovedì venerdì sabato domenica gio",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ene abr ago dic lunes martes miércoles jueves viernes sábado domingo mié vie sáb",
    "am pm uhr h de del le à a",
    "年 月 日 時 分 午前 午後 曜日 月 火 水 木 金 土",
  ]
    .join(" ")
    .split(/\s+/),
)

/** Query parameters whose values are kept (filters and page types, never ids or names). */
const KEPT_PARAMS = new Set([
  "fi",
  "group_type",
  "conversation_type",
  "marketplaceid",
  "page",
  "viewid",
  "sort",
  "ref_",
])

/** Path segments kept verbatim however they look. */
const PATH_WORDS = new Set([
  "home",
  "help",
  "hub",
  "inventory",
  "advertising",
  "settings",
  "reports",
  "order",
  "orders",
  "orders-v3",
  "orders-v2",
  "messaging",
  "inbox",
  "inbox-v3",
  "contact",
  "thread",
  "dp",
  "gp",
  "product",
  "details",
])

function buildLabelSet(): Set<string> {
  const set = new Set<string>()
  const add = (text: string) => {
    const key = normalizeLabel(text)
    if (key) set.add(key)
  }
  for (const group of Object.values(LABELS)) for (const label of group) add(label)
  for (const label of [...SEND_LABELS, ...SELF_AUTHORS, ...UI_WORDS]) add(label)
  return set
}

let labelSet: Set<string> | undefined
function isLabel(text: string): boolean {
  if (text.length > 80) return false
  labelSet ??= buildLabelSet()
  const key = normalizeLabel(text)
  return !!key && (labelSet.has(key) || MARKETPLACE_AUTHORS.test(key))
}

// ---------------------------------------------------------------------------------------------
// Consistent random replacements

const DIGITS = "0123456789"
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
const HEX = "0123456789abcdef"

function randomIndex(n: number): number {
  const buf = new Uint32Array(1)
  try {
    globalThis.crypto.getRandomValues(buf)
    return buf[0] % n
  } catch {
    return Math.floor(Math.random() * n)
  }
}

function randomFrom(alphabet: string): string {
  return alphabet[randomIndex(alphabet.length)]
}

/** Digits -> random digits, upper -> random upper, lower hex -> random hex, the rest kept. */
function randomLike(text: string, keepPrefix = 0): string {
  let out = text.slice(0, keepPrefix)
  for (const ch of text.slice(keepPrefix)) {
    if (ch >= "0" && ch <= "9") out += randomFrom(DIGITS)
    else if (ch >= "A" && ch <= "Z") out += randomFrom(UPPER)
    else if (ch >= "a" && ch <= "f") out += randomFrom(HEX)
    else if (ch >= "g" && ch <= "z") out += randomFrom(UPPER).toLowerCase()
    else out += ch
  }
  return out
}

/** Hex digits -> random hex digits of the same case. */
function randomHex(text: string): string {
  return text.replace(/[0-9a-fA-F]/g, (ch) =>
    /[A-F]/.test(ch) ? randomFrom(HEX).toUpperCase() : randomFrom(HEX),
  )
}

interface Format {
  re: RegExp
  replace: (match: string, state: ReportState) => string
}

const leadingLetters = (text: string) => /^[A-Z]*/.exec(text)?.[0].length ?? 0

/** Identifiers replaced wherever they appear (text, attributes, URLs); first match wins. */
const FORMATS: Format[] = [
  {
    re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/y,
    replace: (match, state) => {
      const known = state.map.get(match)
      if (known) return known
      const fake = `user${++state.emails}@example.invalid`
      state.map.set(match, fake)
      return fake
    },
  },
  // UUIDs (thread and conversation ids)
  {
    re: /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F])/y,
    replace: (match, state) => state.consistent(match.toLowerCase(), () => randomHex(match)),
  },
  // Amazon order ids: the first digit (the marketplace region) stays
  {
    re: /\d{3}-\d{7}-\d{7}(?!\d)/y,
    replace: (match, state) => state.consistent(match, () => randomLike(match, 1)),
  },
  // ASINs
  {
    re: /B0[A-Z0-9]{8}(?![A-Za-z0-9])/y,
    replace: (match, state) => state.consistent(match, () => randomLike(match, 2)),
  },
  // Tracking numbers: UPS, Amazon Logistics, UPU S10, Correos, other carriers' letter prefixes
  {
    re: /(?:1Z[0-9A-Z]{16}|TBA\d{9,12}|[A-Z]{2}\d{9}[A-Z]{2}|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,35})(?![A-Za-z0-9])/y,
    replace: (match, state) =>
      state.consistent(match, () => {
        // S10 numbers end with the country code: keep it, like the prefix.
        const s10 = /^[A-Z]{2}\d{9}[A-Z]{2}$/.test(match)
        const prefix = match.startsWith("1Z") ? 2 : Math.min(leadingLetters(match), 3)
        const body = randomLike(match, prefix)
        return s10 ? body.slice(0, -2) + match.slice(-2) : body
      }),
  },
  // Long digit runs: item ids, tracking numbers, phone numbers without separators
  {
    re: /\d{6,}/y,
    replace: (match, state) => state.consistent(match, () => randomLike(match)),
  },
]

class ReportState {
  readonly map = new Map<string, string>()
  private readonly used = new Set<string>()
  emails = 0
  /** Words of masked texts (lower case), to catch them in token-like attribute values. */
  readonly personalWords = new Set<string>()
  /** Words of class names, ids and test ids: structural, never personal. */
  readonly structuralWords = new Set<string>()

  consistent(original: string, make: () => string): string {
    const known = this.map.get(original)
    if (known) return known
    let fake = make()
    for (let i = 0; i < 20 && (fake === original || this.used.has(fake)); i++) fake = make()
    this.map.set(original, fake)
    this.used.add(fake)
    return fake
  }

  hasPersonalWord(text: string): boolean {
    for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
      if (this.personalWords.has(word) && !this.structuralWords.has(word)) return true
    }
    return false
  }
}

/**
 * Scans `text` for identifiers: identifiers are replaced, the stretches between them go through
 * `gap`. Matches only start at a boundary (not in the middle of a word or number).
 */
function replaceFormats(text: string, state: ReportState, gap: (part: string) => string): string {
  let out = ""
  let pending = ""
  let i = 0
  outer: while (i < text.length) {
    const prev = i > 0 ? text[i - 1] : ""
    if (/[A-Za-z0-9]/.test(text[i]) && !/[A-Za-z0-9]/.test(prev)) {
      for (const format of FORMATS) {
        format.re.lastIndex = i
        const m = format.re.exec(text)
        if (m && m[0].length > 0) {
          out += gap(pending) + format.replace(m[0], state)
          pending = ""
          i += m[0].length
          continue outer
        }
      }
    }
    pending += text[i]
    i++
  }
  return out + gap(pending)
}

/**
 * A date or time ("Wed, Nov 12, 2025", "14. Nov. 2025 - 20. Nov.", "2025年11月6日(木)"): digits,
 * month and weekday names and at most a few other letters ("to", "PST").
 */
function isDateLike(text: string): boolean {
  if (!/\p{Nd}/u.test(text)) return false
  const rest = text.replace(/[\p{L}\p{M}]+/gu, (word) =>
    DATE_WORDS.has(word.toLowerCase()) ? "" : word,
  )
  return (rest.match(/\p{L}/gu)?.length ?? 0) <= 4
}

/** Letters -> x / X (keeping case), digits -> 0; date words kept when `dateLike`. */
function shapeOf(text: string, dateLike: boolean): string {
  return text.replace(/[\p{L}\p{M}]+|\p{Nd}/gu, (word) => {
    if (/^\p{Nd}$/u.test(word)) return "0"
    if (dateLike && DATE_WORDS.has(word.toLowerCase())) return word
    let out = ""
    for (const ch of word) {
      if (/\p{M}/u.test(ch)) continue
      const upper = ch.toUpperCase()
      const lower = ch.toLowerCase()
      out += upper === lower ? "x" : ch === upper ? "X" : "x"
    }
    return out
  })
}

/** Free text: identifiers replaced, Amazon's on-behalf openings kept, the rest masked. */
function maskFree(text: string, state: ReportState): string {
  const dateLike = isDateLike(text)
  const mask = (part: string) => replaceFormats(part, state, (gap) => shapeOf(gap, dateLike))
  for (const marker of ON_BEHALF_MARKERS) {
    const m = marker.exec(text)
    if (m) {
      const end = m.index + m[0].length
      return mask(text.slice(0, m.index)) + m[0] + maskFree(text.slice(end), state)
    }
  }
  return mask(text)
}

const SEGMENT_SPLIT = /(\n|\s+[·•|–—]\s+|\s+-\s+)/
const LABEL_PREFIX = /^(\s*)([^:：\n]{1,60}?)(\s*[:：])([\s\S]*)$/

/** Text with known labels kept (whole, per segment, or as the "Label:" of "Label: value"). */
function sanitizeText(text: string, state: ReportState): string {
  if (!text.trim()) return text
  if (isLabel(text)) return text
  return text
    .split(SEGMENT_SPLIT)
    .map((segment, index) => {
      if (index % 2 === 1) return segment // separator
      if (!segment.trim()) return segment
      if (isLabel(segment)) return segment
      const m = LABEL_PREFIX.exec(segment)
      if (m && isLabel(m[2])) return m[1] + m[2] + m[3] + maskFree(m[4], state)
      return maskFree(segment, state)
    })
    .join("")
}

/** Remembers the words of texts that will be masked (for checking attribute values). */
function notePersonalWords(text: string, state: ReportState): void {
  if (!text.trim() || isLabel(text)) return
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    if (!isLabel(word)) state.personalWords.add(word)
  }
}

// ---------------------------------------------------------------------------------------------
// URLs

function maskPathSegment(segment: string, state: ReportState): string {
  if (!segment || PATH_WORDS.has(segment.toLowerCase())) return segment
  return replaceFormats(segment, state, (gap) => {
    if (!gap) return gap
    let decoded = gap
    try {
      decoded = decodeURIComponent(gap)
    } catch {
      // keep as is
    }
    const words = decoded.split(/[-_+\s]+/).filter(Boolean)
    const risky =
      /[A-Z]/.test(decoded) ||
      /\d{4,}/.test(decoded) ||
      /%/.test(gap) ||
      words.length >= 3 ||
      decoded.length > 40 ||
      state.hasPersonalWord(decoded)
    return risky ? shapeOf(gap, false) : gap
  })
}

function maskQueryValue(name: string, value: string, state: ReportState): string {
  if (KEPT_PARAMS.has(name.toLowerCase())) return value
  let decoded = value
  try {
    decoded = decodeURIComponent(value.replace(/\+/g, " "))
  } catch {
    // keep as is
  }
  const masked = replaceFormats(decoded, state, (gap) => shapeOf(gap, false))
  return encodeURIComponent(masked).replace(/%20/g, "+")
}

/** A URL with its path shape, host and parameter names kept, identifiers and free text replaced. */
function sanitizeUrl(raw: string, state: ReportState): string {
  const value = raw.trim()
  if (!value) return raw
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value)?.[1].toLowerCase()
  if (scheme === "javascript") return "javascript:void(0)"
  if (scheme === "data") return value.startsWith("data:image/") ? BLANK_IMAGE : "data:,"
  if (scheme === "blob") return "blob:"
  if (scheme === "mailto") return `mailto:${replaceFormats(value.slice(7), state, () => "")}`
  if (scheme === "tel") return `tel:${value.slice(4).replace(/\d/g, "0")}`
  const m = /^((?:[a-zA-Z][a-zA-Z0-9+.-]*:)?\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/.exec(value)
  if (!m) return shapeOf(value, false)
  const origin = (m[1] ?? "").replace(/\/\/[^@/]*@/, "//") // no user:password@
  const path = (m[2] ?? "")
    .split("/")
    .map((segment) => maskPathSegment(segment, state))
    .join("/")
  const query = m[3]
    ? `?${m[3]
        .slice(1)
        .split("&")
        .map((pair) => {
          const eq = pair.indexOf("=")
          if (eq < 0) return pair
          const name = pair.slice(0, eq)
          return `${name}=${maskQueryValue(name, pair.slice(eq + 1), state)}`
        })
        .join("&")}`
    : ""
  const hash = m[4] ? `#${maskPathSegment(m[4].slice(1), state)}` : ""
  return origin + path + query + hash
}

// ---------------------------------------------------------------------------------------------
// Attributes

/** Structural attributes: only identifiers inside them are replaced. */
const STRUCTURAL_ATTRS = new Set([
  "class",
  "id",
  "for",
  "role",
  "name",
  "type",
  "rel",
  "target",
  "method",
  "enctype",
  "lang",
  "dir",
  "part",
  "exportparts",
  "slot",
  "is",
  "variant",
  "size",
  "width",
  "height",
  "maxlength",
  "minlength",
  "min",
  "max",
  "step",
  "rows",
  "cols",
  "colspan",
  "rowspan",
  "span",
  "headers",
  "scope",
  "tabindex",
  "hidden",
  "disabled",
  "checked",
  "selected",
  "readonly",
  "required",
  "multiple",
  "open",
  "autocomplete",
  "autofocus",
  "inputmode",
  "spellcheck",
  "contenteditable",
  "draggable",
  "translate",
  "charset",
  "http-equiv",
  "media",
  "sizes",
  "loading",
  "decoding",
  "async",
  "defer",
  "nomodule",
  "crossorigin",
  "referrerpolicy",
  "form",
  "list",
  "accept",
  "align",
  "valign",
  "border",
  "cellpadding",
  "cellspacing",
  "nowrap",
  "viewbox",
  "xmlns",
  "xmlns:xlink",
  "fill",
  "stroke",
  "d",
  "points",
  "transform",
  "focusable",
  "data-test-id",
  "data-testid",
  "data-test",
  "data-qa",
  "data-cy",
])

/** Attributes that hold text a reader sees (kept only when they are known labels). */
const TEXT_ATTRS = new Set([
  "title",
  "alt",
  "placeholder",
  "label",
  "text",
  "summary",
  "abbr",
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "aria-placeholder",
  "aria-roledescription",
  "aria-braillelabel",
  "aria-brailleroledescription",
  "header",
  "heading",
  "subtitle",
  "description",
  "tooltip",
  "content",
])

const URL_ATTRS = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "cite",
  "background",
  "longdesc",
  "ping",
  "manifest",
  "codebase",
  "xlink:href",
  "itemid",
])

const IMAGE_TAGS = new Set(["img", "image", "source", "input", "video", "picture"])

/** Input types whose value is a visible label (buttons) or a choice (radio, checkbox). */
const LABEL_INPUTS = new Set(["submit", "button", "reset"])
const CHOICE_INPUTS = new Set(["radio", "checkbox"])

/** Enum-like values (SHIPPING_INFO, primary, a-size-small) stay unless they carry personal words. */
function tokenValue(value: string, state: ReportState): string {
  const tokenLike = /^[\w:./-]{0,60}$/.test(value) && !/\d{4,}/.test(value)
  // UPPER_SNAKE constants (SHIPPING_INFO) are enum values, never names.
  if (tokenLike && (/^[A-Z][A-Z0-9_]*$/.test(value) || !state.hasPersonalWord(value)))
    return replaceFormats(value, state, (gap) => gap)
  return sanitizeText(value, state)
}

function sanitizeAttribute(el: Element, name: string, value: string, state: ReportState): string {
  const attr = name.toLowerCase()
  const tag = el.localName.toLowerCase()
  if (/^on[a-z]+$/.test(attr) && !STRUCTURAL_ATTRS.has(attr)) return ""
  if (attr === "style") return value.replace(/url\([^)]*\)/gi, "url(about:blank)")
  if (attr === "value") {
    if (tag === "input") {
      const type = (el.getAttribute("type") ?? "text").toLowerCase()
      if (LABEL_INPUTS.has(type)) return sanitizeText(value, state)
      if (CHOICE_INPUTS.has(type)) return tokenValue(value, state)
      return ""
    }
    if (tag === "textarea") return ""
    return tokenValue(value, state)
  }
  if (attr === "src" || attr === "srcset") {
    if (IMAGE_TAGS.has(tag)) return BLANK_IMAGE
    if (attr === "srcset") return ""
  }
  if (URL_ATTRS.has(attr)) return sanitizeUrl(value, state)
  if (attr === "content" && tag === "meta") {
    const meta = (el.getAttribute("name") ?? el.getAttribute("http-equiv") ?? "").toLowerCase()
    if (
      /^(?:viewport|robots|referrer|color-scheme|theme-color|format-detection|content-type)$/.test(
        meta,
      )
    )
      return value
    return sanitizeText(value, state)
  }
  if (attr === "datetime") return value.replace(/\d/g, "0")
  if (TEXT_ATTRS.has(attr)) return sanitizeText(value, state)
  if (STRUCTURAL_ATTRS.has(attr) || (attr.startsWith("aria-") && !TEXT_ATTRS.has(attr)))
    return replaceFormats(value, state, (gap) => gap)
  if (attr.startsWith("shadowroot")) return value
  return tokenValue(value, state)
}

// ---------------------------------------------------------------------------------------------
// Serialisation

const VOID_TAGS = new Set([
  "area",
  "base",
  "basefont",
  "bgsound",
  "br",
  "col",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
])

/** Elements whose children are not serialised (their content is a different document). */
const OPAQUE_TAGS = new Set(["iframe", "frame", "object", "embed"])

const escapeText = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\u00A0/g, "&nbsp;")
const escapeAttr = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/\u00A0/g, "&nbsp;")
const safeComment = (text: string) => text.replace(/--/g, "- -").replace(/^>/, " >")

function childrenOf(node: Node): Node[] {
  // Inert templates: their content fragment holds the children.
  const content = (node as HTMLTemplateElement).content as DocumentFragment | undefined
  const source = content && (node as Element).localName === "template" ? content : node
  return Array.from(source.childNodes)
}

/** First pass: collect the words of texts that will be masked and the structural words. */
function collectWords(node: Node, state: ReportState): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    const parent = (node.parentNode as Element | null)?.localName
    if (parent !== "style" && parent !== "script") notePersonalWords((node as Text).data, state)
    return
  }
  if (node.nodeType === ELEMENT_NODE) {
    const el = node as Element
    for (const attr of ["class", "id", "data-test-id", "data-testid"]) {
      const value = el.getAttribute(attr)
      if (value)
        for (const word of value.toLowerCase().match(/\p{L}{3,}/gu) ?? [])
          state.structuralWords.add(word)
    }
    for (const name of ["value", "title", "alt", "aria-label", "placeholder"]) {
      const value = el.getAttribute(name)
      if (value && !(name === "value" && /^[\w:./-]{0,60}$/.test(value)))
        notePersonalWords(value, state)
    }
    if (el.localName === "input") notePersonalWords((el as HTMLInputElement).value ?? "", state)
    if (el.shadowRoot) collectWords(el.shadowRoot, state)
  }
  for (const child of childrenOf(node)) collectWords(child, state)
}

function serializeChildren(node: Node, state: ReportState, out: string[]): void {
  for (const child of childrenOf(node)) serializeNode(child, state, out)
}

function serializeNode(node: Node, state: ReportState, out: string[]): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    out.push(escapeText(sanitizeText((node as Text).data, state)))
    return
  }
  if (node.nodeType === COMMENT_NODE) {
    out.push(`<!--${safeComment(maskFree((node as Comment).data, state))}-->`)
    return
  }
  if (node.nodeType !== ELEMENT_NODE) return
  const el = node as Element
  const tag = el.localName
  let open = `<${tag}`
  for (const attr of Array.from(el.attributes)) {
    const value = sanitizeAttribute(el, attr.name, attr.value, state)
    open +=
      value === "" && attr.value === "" ? ` ${attr.name}` : ` ${attr.name}="${escapeAttr(value)}"`
  }
  out.push(`${open}>`)
  if (VOID_TAGS.has(tag)) return
  if (el.shadowRoot) {
    const focus = (el.shadowRoot as ShadowRoot & { delegatesFocus?: boolean }).delegatesFocus
    out.push(`<template shadowrootmode="open"${focus ? " shadowrootdelegatesfocus" : ""}>`)
    serializeChildren(el.shadowRoot, state, out)
    out.push("</template>")
  }
  if (tag === "script") {
    const length = (el.textContent ?? "").length
    if (length > 0) out.push(`/* script content removed (${length} characters) */`)
  } else if (tag === "style") {
    out.push((el.textContent ?? "").replace(/<\/(style)/gi, "<\\/$1"))
  } else if (tag === "textarea" || OPAQUE_TAGS.has(tag)) {
    // Emptied: typed text, or another document.
  } else {
    if ((tag === "pre" || tag === "listing") && el.firstChild?.nodeType === TEXT_NODE) {
      if ((el.firstChild as Text).data.startsWith("\n")) out.push("\n")
    }
    serializeChildren(el, state, out)
  }
  out.push(`</${tag}>`)
}

/**
 * A complete HTML document with the page's structure and none of its personal or free-text
 * values (see the top of this file), headed by a comment with the sanitised URL and the date.
 */
export function structureReport(doc: Document, url: URL, now: Date): string {
  const state = new ReportState()
  const root = doc.documentElement
  if (root) collectWords(root, state)
  const body: string[] = []
  if (root) serializeNode(root, state, body)
  // After the body, so ids in the URL map to the same replacements as on the page.
  const pageUrl = sanitizeUrl(url.href, state)
  const header = [
    "Page structure report of a Seller Central / eBay page, for a bug report or a test fixture.",
    "Structure (tags, ids, classes, data-test-ids, ARIA roles, open shadow roots as",
    "<template shadowrootmode=open>) is kept. Text and personal values are replaced with",
    "same-shape placeholders: letters x/X, digits 0, known UI labels, month and weekday names kept;",
    "order ids, ASINs, tracking numbers and other ids get random values, the same original always",
    "getting the same replacement in this report. Scripts removed, form values emptied.",
    `URL: ${pageUrl}`,
    `Date: ${now.toISOString()}`,
  ]
    .map((line) => `  ${safeComment(line)}`)
    .join("\n")
  return `<!DOCTYPE html>\n<!--\n${header}\n-->\n${body.join("")}\n`
}

/** `page-structure-<host>-<UTC date and time to the minute>.html`. */
export function reportFileName(url: URL, now: Date): string {
  const host = url.hostname.toLowerCase().replace(/[^a-z0-9.-]+/g, "-") || "page"
  const stamp = now.toISOString().slice(0, 16).replace(":", "-")
  return `page-structure-${host}-${stamp}.html`
}
