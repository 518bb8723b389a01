/**
 * Reads a Seller Central page into a PageContext. Runs in the content script: no zod here (the
 * background validates), never throws, never reads innerHTML, leaves out whatever the page does
 * not show unambiguously.
 *
 * The open conversation is found from the reply box outwards, stopping before any list of
 * conversations: the inbox list shows other buyers' names and order ids and must never be read.
 */

import {
  parseDate,
  parseDateRange,
  parseDateTime,
  parseMoney,
  parseNumber,
  parseTime,
} from "~context/locale"
import type {
  Buyer,
  Item,
  Marketplace,
  Message,
  Money,
  Order,
  OrderState,
  PageContext,
  PageKind,
} from "~context/schema"
import { parseAddress, type ShipTo } from "../address"
import {
  cleanText,
  closestDeep,
  containsDeep,
  deepQuerySelector,
  deepQuerySelectorAll,
  findLabeled,
  findLabeledGroups,
  isElement,
  isHidden,
  isHiddenByMarkup,
  type LabeledValue,
  labeledText,
  matchesSafe,
  normalizeLabel,
  parentElementDeep,
  queryEach,
  queryFirst,
  visibleText,
  withDomCache,
} from "../dom"
import {
  clip,
  extractPageContext,
  firstText,
  isSkipped,
  pageLocale,
  prune,
  type ReadingEnv,
  roleFromAttributes,
  roleFromTokens,
} from "../extract-helpers"
import { isSellerCentralHost, marketplaceFor } from "./hosts"
import {
  ASIN_EXACT,
  ASIN_IN_TEXT,
  CONTACT_SELECTORS,
  FBA_WORDS,
  LABELS,
  MARKETPLACE_AUTHORS,
  ON_BEHALF_MARKERS,
  ORDER_ID,
  ORDER_ID_EXACT,
  ORDER_PAGE_SELECTORS,
  REPLY_SELECTORS,
  ROLE_TOKENS,
  SELF_AUTHORS,
  SELLER_FULFILLED_WORDS,
  SEND_LABELS,
  STATUS_WORDS,
  THREAD_SELECTORS,
  TRACKING_FORMATS,
} from "./selectors"

type Role = Message["role"]

/** Same shape as IsoDateTimeSchema: a machine-readable timestamp is kept as it is. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/

// ---------------------------------------------------------------------------------------------
// Page kind

export function pageKind(url: URL): PageKind | null {
  try {
    if (!isSellerCentralHost(url.hostname)) return null
    const path = url.pathname
    if (/^\/messaging\/(?:inbox(?:-v3)?|no-response-needed)(?:[/?#]|$)/i.test(path))
      return url.searchParams.get("cc") ? "thread" : "inbox"
    if (/^\/messaging\/contact(?:[/?#]|$)/i.test(path)) return "contact"
    if (/^\/orders-v3\/order\/\d{3}-\d{7}-\d{7}(?:[/?#]|$)/.test(path)) return "order"
    if (/^\/gp\/orders-v2\/details/i.test(path) && orderIdParam(url)) return "order"
    return "unknown"
  } catch {
    return null
  }
}

function orderIdParam(url: URL): string | undefined {
  for (const name of ["orderID", "orderId", "orderid"]) {
    const value = url.searchParams.get(name)?.trim()
    if (value && ORDER_ID_EXACT.test(value)) return value
  }
  return undefined
}

function orderIdFromPath(url: URL): string | undefined {
  return /^\/orders-v3\/order\/(\d{3}-\d{7}-\d{7})/.exec(url.pathname)?.[1] ?? undefined
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function orderIdsIn(text: string): string[] {
  return [...new Set(text.match(ORDER_ID) ?? [])]
}

function validMoney(money: Money | undefined): Money | undefined {
  return money && money.amount >= 0 && money.amount <= 1e9 ? money : undefined
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    try {
      if (el.matches(selector)) return true
    } catch {
      // invalid selector: ignore
    }
  }
  return false
}

/** Text of an element including its shadow trees, hidden parts included (for detection only). */
function deepTextContent(el: Element | ShadowRoot): string {
  let text = el.textContent ?? ""
  const hosts = el.querySelectorAll("*")
  if (isElement(el as Node) && (el as Element).shadowRoot)
    text += ` ${deepTextContent((el as Element).shadowRoot!)}`
  for (let i = 0; i < hosts.length; i++) {
    const root = hosts[i].shadowRoot
    if (root) text += ` ${deepTextContent(root)}`
  }
  return text
}

// ---------------------------------------------------------------------------------------------
// Marketplace and locale

function marketplaceContext(doc: Document, url: URL): Marketplace {
  const info = marketplaceFor(url)
  return {
    site: "amazon",
    host: url.hostname.slice(0, 200) || "unknown",
    country: info.country,
    locale: pageLocale(doc, info.locale),
    marketplaceId: info.marketplaceId,
    currency: info.currency,
  }
}

// ---------------------------------------------------------------------------------------------
// Reply box and protected elements

function textareaOf(el: Element): HTMLTextAreaElement | null {
  if (el.localName === "textarea") return el as HTMLTextAreaElement
  const inShadow = el.shadowRoot?.querySelector("textarea")
  if (inShadow) return inShadow as HTMLTextAreaElement
  return (el.querySelector("textarea") as HTMLTextAreaElement | null) ?? null
}

function hiddenUpwards(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = parentElementDeep(cur)) {
    if (cur.localName === "textarea") {
      if (cur.hasAttribute("hidden") || cur.getAttribute("aria-hidden") === "true") return true
      const style = (cur as HTMLElement).style
      if (style && (style.display === "none" || style.visibility === "hidden")) return true
      continue
    }
    if (isHiddenByMarkup(cur)) return true
  }
  return false
}

export function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  return withDomCache(() => findReplyBoxIn(doc))
}

function findReplyBoxIn(doc: Document, pool?: Element[]): HTMLTextAreaElement | null {
  try {
    for (const found of queryEach(doc, REPLY_SELECTORS.replyBox, pool)) {
      for (const el of found) {
        const textarea = textareaOf(el)
        if (!textarea || textarea.disabled || textarea.readOnly) continue
        if (/recaptcha/i.test(textarea.name || textarea.id)) continue
        if (hiddenUpwards(textarea)) continue
        return textarea
      }
    }
  } catch {
    // Odd page: no reply box.
  }
  return null
}

/** The element that stands for the reply box on the page: the shadow host, or the textarea. */
function replyBoxHost(textarea: HTMLTextAreaElement): Element {
  const root = textarea.getRootNode?.() as ShadowRoot | Document | undefined
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : textarea
}

const sendLabels = new Set(SEND_LABELS.map(normalizeLabel))

function isSendButton(el: Element): boolean {
  for (const attr of ["label", "aria-label", "value", "title"]) {
    const value = el.getAttribute(attr)
    if (value && sendLabels.has(normalizeLabel(value))) return true
  }
  const text = visibleText(el)
  return !!text && sendLabels.has(normalizeLabel(text))
}

export function protectedElements(doc: Document): Element[] {
  return withDomCache(() => protectedElementsIn(doc))
}

function protectedElementsIn(doc: Document): Element[] {
  const candidates: Element[] = []
  try {
    const textarea = findReplyBox(doc)
    if (textarea) candidates.push(replyBoxHost(textarea))
    REPLY_SELECTORS.sendButton.forEach((selector, index) => {
      const specific = index < 3
      for (const el of deepQuerySelectorAll(doc, selector)) {
        if (candidates.includes(el)) continue
        if (specific || isSendButton(el)) candidates.push(el)
      }
    })
  } catch {
    // What was found stands.
  }
  // Keep the outermost element of nested matches (a kat-button, not the button in its shadow root).
  return candidates.filter(
    (el) => !candidates.some((other) => other !== el && containsDeep(other, el)),
  )
}

// ---------------------------------------------------------------------------------------------
// Thread pane

function conversationLists(doc: Document, pool?: Element[]): Element[] {
  const lists: Element[] = []
  const found = pool
    ? pool.filter((el) => matchesAny(el, THREAD_SELECTORS.conversationList))
    : deepQuerySelectorAll(doc, THREAD_SELECTORS.conversationList.join(", "))
  for (const el of found) {
    // Navigation without order ids is harmless; a list of conversations shows order ids or is a listbox.
    if (el.getAttribute("role") === "listbox" || orderIdsIn(deepTextContent(el)).length > 0)
      lists.push(el)
  }
  return lists
}

function childrenDeep(el: Element): Element[] {
  const kids = Array.from(el.children)
  if (el.shadowRoot) kids.push(...Array.from(el.shadowRoot.children))
  return kids
}

function findThreadPane(
  doc: Document,
  replyBox: HTMLTextAreaElement | null,
  lists: Element[],
  pool?: Element[],
): Element | null {
  const containsList = (el: Element) => lists.some((list) => list !== el && containsDeep(el, list))
  const insideList = (el: Element) => lists.some((list) => containsDeep(list, el))
  for (const found of queryEach(doc, THREAD_SELECTORS.pane, pool)) {
    for (const el of found) if (!containsList(el) && !insideList(el)) return el
  }
  let start: Element | null = replyBox ? replyBoxHost(replyBox) : null
  if (!start) {
    for (const found of queryEach(doc, THREAD_SELECTORS.message)) {
      const message = found.find((m) => !insideList(m))
      if (message) {
        start = message
        break
      }
    }
  }
  if (!start || insideList(start)) return null
  let cur = start
  for (;;) {
    const parent = parentElementDeep(cur)
    if (!parent || parent === doc.body || parent === doc.documentElement) break
    if (containsList(parent)) break
    // A sibling subtree listing several orders is a list of conversations we do not know yet.
    const listLike = childrenDeep(parent).some(
      (sibling) =>
        sibling !== cur &&
        !matchesAny(sibling, THREAD_SELECTORS.message) &&
        orderIdsIn(deepTextContent(sibling)).length >= 2,
    )
    if (listLike) break
    cur = parent
  }
  return cur
}

function threadIdFromPane(pane: Element): string | undefined {
  for (const attr of ["data-thread-id", "data-conversation-id"]) {
    const host = pane.hasAttribute(attr) ? pane : pane.querySelector(`[${attr}]`)
    const value = host?.getAttribute(attr)?.trim()
    if (value) return clip(value, 200)
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Messages

const selfAuthors = new Set(SELF_AUTHORS.map(normalizeLabel))

/** Attributes in which pages state who wrote a message. */
const ROLE_ATTRIBUTES = [
  "data-sender-type",
  "data-sender-role",
  "data-sender",
  "data-role",
  "data-direction",
  "data-message-type",
  "data-author-type",
]

function roleOf(
  message: Element,
  author: string | undefined,
  text: string,
  buyerName: string | undefined,
): Role | undefined {
  const fromAttributes = roleFromAttributes(message, ROLE_ATTRIBUTES, ROLE_TOKENS)
  if (fromAttributes) return fromAttributes
  if (ON_BEHALF_MARKERS.some((re) => re.test(text))) return "marketplace"
  const classTokens = (message.getAttribute("class") ?? "").split(/[\s_-]+/).filter(Boolean)
  const fromClass = roleFromTokens(classTokens, ROLE_TOKENS)
  if (fromClass) return fromClass
  if (author) {
    const key = normalizeLabel(author)
    if (selfAuthors.has(key)) return "seller"
    if (MARKETPLACE_AUTHORS.test(author)) return "marketplace"
    if (buyerName && key === normalizeLabel(buyerName)) return "buyer"
  }
  return undefined
}

interface RawMessage extends Message {
  /** Role came from a signal on the page (not the default). */
  sure: boolean
}

function readSentAt(
  timeEl: Element | undefined,
  day: string | undefined,
  env: ReadingEnv,
): string | undefined {
  if (timeEl) {
    const attr = timeEl.getAttribute("datetime")?.trim()
    if (attr && ISO_DATE_TIME.test(attr)) return attr
    if (attr) {
      const fromAttr = parseDateTime(attr, env.locale)
      if (fromAttr) return fromAttr
    }
    const text = visibleText(timeEl)
    if (text) {
      const time = parseTime(text, env.locale)
      if (time) return day ? `${day}T${time}` : undefined
      const full = parseDateTime(text, env.locale, { reference: day ?? env.reference })
      if (full) return full
    }
  }
  return day
}

/** The message an element belongs to (climbing at most a few levels). */
function ownerIn(el: Element, messages: Set<Element>, stop: Element): Element | undefined {
  for (let cur: Element | null = el; cur && cur !== stop; cur = parentElementDeep(cur)) {
    if (messages.has(cur)) return cur
  }
  return undefined
}

const PART_KINDS = ["author", "time", "body", "header"] as const
type PartKind = (typeof PART_KINDS)[number]
const PART_SELECTORS: Record<PartKind, readonly string[]> = {
  author: THREAD_SELECTORS.messageAuthor,
  time: THREAD_SELECTORS.messageTime,
  body: THREAD_SELECTORS.messageBody,
  header: THREAD_SELECTORS.messageHeader,
}

/**
 * Author, time, body and header of every message. For each kind, the first selector of its list
 * that finds the part in one of the first messages is used for all messages, in one pass.
 */
function messageParts(
  pane: Element,
  messages: Element[],
): Map<Element, Partial<Record<PartKind, Element[]>>> {
  const sample = messages.slice(0, 5)
  const winners: [PartKind, string][] = []
  for (const kind of PART_KINDS) {
    const selector = PART_SELECTORS[kind].find((s) => sample.some((m) => deepQuerySelector(m, s)))
    if (selector) winners.push([kind, selector])
  }
  const parts = new Map<Element, Partial<Record<PartKind, Element[]>>>()
  if (winners.length === 0) return parts
  const messageSet = new Set(messages)
  const joined = [...new Set(winners.map(([, selector]) => selector))].join(", ")
  for (const el of deepQuerySelectorAll(pane, joined)) {
    const owner = ownerIn(el, messageSet, pane)
    if (!owner) continue
    let entry = parts.get(owner)
    if (!entry) {
      entry = {}
      parts.set(owner, entry)
    }
    for (const [kind, selector] of winners) {
      if (!matchesSafe(el, selector)) continue
      const list = entry[kind]
      if (list) list.push(el)
      else entry[kind] = [el]
    }
  }
  return parts
}

interface ReadMessages {
  messages: RawMessage[]
  /** Every element a message selector matches (hidden ones too). */
  elements: Element[]
}

function readMessages(pane: Element, env: ReadingEnv, buyerName: string | undefined): ReadMessages {
  const separatorSelector = THREAD_SELECTORS.dateSeparator.join(", ")
  const all = deepQuerySelectorAll(
    pane,
    [...THREAD_SELECTORS.message, separatorSelector].join(", "),
  )
  const messageLike = all.filter((el) => matchesAny(el, THREAD_SELECTORS.message))
  const selector = THREAD_SELECTORS.message.find((s) =>
    messageLike.some((el) => matchesSafe(el, s)),
  )
  if (!selector) return { messages: [], elements: messageLike }
  const ordered = all.filter(
    (el) => matchesSafe(el, selector) || matchesSafe(el, separatorSelector),
  )
  const messageSet = new Set(ordered.filter((el) => matchesSafe(el, selector)))
  const parts = messageParts(pane, [...messageSet])
  const messages: RawMessage[] = []
  let last: Element | undefined
  let day: string | undefined
  for (const node of ordered) {
    // Matches are in document order: anything nested in a message comes right after it.
    if (last && containsDeep(last, node)) continue
    if (!messageSet.has(node)) {
      if (isHiddenByMarkup(node)) continue
      const text = visibleText(node)
      const date = text ? parseDate(text, env.locale, { reference: env.reference }) : undefined
      if (date) day = date
      continue
    }
    last = node
    if (isHidden(node)) continue
    const entry = parts.get(node) ?? {}
    const authorEl = entry.author?.[0]
    const timeEl = entry.time?.[0]
    const bodyEl = entry.body?.[0]
    const headerEls = new Set(entry.header ?? [])
    const author = clip(visibleText(authorEl), 200)
    let text = bodyEl
      ? visibleText(bodyEl, { multiline: true, computed: "white-space" })
      : visibleText(node, {
          multiline: true,
          skip: (el) => el === authorEl || el === timeEl || headerEls.has(el),
        })
    if (text.length > 20_000) text = text.slice(0, 20_000)
    const sentAt = readSentAt(timeEl, day, env)
    const role = roleOf(node, author, text, buyerName)
    messages.push({ role: role ?? "buyer", sure: role !== undefined, author, text, sentAt })
    if (messages.length >= 2_000) break
  }
  return { messages, elements: messageLike }
}

/**
 * The parts of the pane outside the message list, in document order: the siblings of each
 * ancestor of the list up to the pane. Queries there skip the (possibly long) conversation.
 */
function aroundMessages(pane: Element, messages: Element[]): Element[] {
  if (messages.length === 0) return [pane]
  let container: Element | null = parentElementDeep(messages[0])
  const lastMessage = messages[messages.length - 1]
  while (container && container !== pane && !containsDeep(container, lastMessage))
    container = parentElementDeep(container)
  if (!container || container === pane || !containsDeep(pane, container)) return [pane]
  const before: Element[] = []
  const after: Element[][] = []
  for (let cur: Element = container; cur !== pane; ) {
    const parent = parentElementDeep(cur)
    if (!parent) return [pane]
    const siblings = childrenDeep(parent)
    const at = siblings.indexOf(cur)
    before.unshift(...siblings.slice(0, Math.max(0, at)))
    after.push(siblings.slice(at + 1))
    cur = parent
  }
  return [...before, ...after.flat()]
}

// ---------------------------------------------------------------------------------------------
// Buyer

function firstNameOf(name: string): string | undefined {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name))
    return undefined
  const first = name.split(/\s+/)[0]
  if (!first || !/^\p{L}[\p{L}'’-]+$/u.test(first)) return undefined
  return first.slice(0, 100)
}

function buyerFrom(name: string | undefined): Buyer | undefined {
  const clean = clip(name, 200)
  if (!clean) return undefined
  if (orderIdsIn(clean).length > 0) return undefined
  return { name: clean, firstName: firstNameOf(clean) }
}

// ---------------------------------------------------------------------------------------------
// Order facts

function stateOf(status: string | undefined): OrderState | undefined {
  if (!status) return undefined
  for (const [re, state] of STATUS_WORDS) if (re.test(status)) return state
  return undefined
}

function channelOf(text: string | undefined): Order["fulfillmentChannel"] {
  if (!text) return undefined
  if (SELLER_FULFILLED_WORDS.test(text)) return "seller"
  if (FBA_WORDS.test(text)) return "marketplace"
  return undefined
}

function isTracking(text: string): boolean {
  const compact = text.replace(/\s+/g, "")
  return compact.length <= 60 && TRACKING_FORMATS.some((re) => re.test(compact))
}

interface FactOptions {
  skip?: (el: Element) => boolean
}

type LabelGroup = keyof typeof LABELS
type Found = Partial<Record<LabelGroup, LabeledValue[]>>

const ORDER_LABELS = {
  status: LABELS.status,
  fulfillment: LABELS.fulfillment,
  carrier: LABELS.carrier,
  tracking: LABELS.tracking,
  shipTo: LABELS.shipTo,
  purchaseDate: LABELS.purchaseDate,
  total: LABELS.total,
  shipBy: LABELS.shipBy,
  deliverBy: LABELS.deliverBy,
  shippedDate: LABELS.shippedDate,
  deliveredDate: LABELS.deliveredDate,
}
const ITEM_LABELS = {
  title: LABELS.title,
  asin: LABELS.asin,
  sku: LABELS.sku,
  quantity: LABELS.quantity,
  unitPrice: LABELS.unitPrice,
}

/** The first labelled value of a group that `read` accepts (returns something for). */
function pick<T>(
  found: Found,
  group: LabelGroup,
  read: (text: string) => T | undefined,
): T | undefined {
  for (const value of found[group] ?? []) {
    const result = read(value.text)
    if (result !== undefined && result !== null) return result
  }
  return undefined
}

const accept = (test: (t: string) => boolean) => (t: string) => (test(t) ? t : undefined)

function quantityOf(text: string | undefined, env: ReadingEnv): number | undefined {
  if (!text) return undefined
  const value = parseNumber(text.replace(/^[x×]\s*|\s*[x×]$/i, ""), env.locale)
  return value !== undefined && Number.isInteger(value) && value >= 0 && value <= 100_000
    ? value
    : undefined
}

function readItem(scope: Element, env: ReadingEnv, options: FactOptions): Item | undefined {
  const found: Found = findLabeledGroups(scope, ITEM_LABELS, { skip: options.skip })
  const title = clip(
    firstText(queryEach(scope, THREAD_SELECTORS.itemTitle), options.skip) ??
      pick(found, "title", (t) => t),
    1000,
  )
  let asin = pick(
    found,
    "asin",
    accept((t) => ASIN_EXACT.test(t)),
  )
  if (!asin) {
    const m = ASIN_IN_TEXT.exec(visibleText(scope))
    if (m) asin = m[0]
  }
  const item: Item = {
    title,
    asin,
    sku: clip(
      pick(
        found,
        "sku",
        accept((t) => t.length <= 100),
      ),
      100,
    ),
    quantity: pick(found, "quantity", (t) => quantityOf(t, env)),
    unitPrice: pick(found, "unitPrice", (t) =>
      validMoney(parseMoney(t, env.locale, { currency: env.currency })),
    ),
  }
  prune(item)
  return Object.keys(item).length > 0 ? item : undefined
}

function readItems(scope: Element, env: ReadingEnv, options: FactOptions): Item[] {
  const containers = queryFirst(scope, THREAD_SELECTORS.orderItem).filter(
    (el) => !options.skip || !isSkipped(el, options.skip),
  )
  const items: Item[] = []
  if (containers.length > 0) {
    for (const container of containers.slice(0, 500)) {
      const item = readItem(container, env, options)
      if (item) items.push(item)
    }
    return items
  }
  const single = readItem(scope, env, options)
  // Without item containers, only a titled or ASIN-identified item counts.
  if (single && (single.title || single.asin)) items.push(single)
  return items
}

/** Order facts shown by labels in a card or page section (one walk for all labels). */
function readLabeledOrderFacts(
  scope: Element,
  env: ReadingEnv,
  options: FactOptions,
): Omit<Order, "id"> {
  const found: Found = findLabeledGroups(scope, ORDER_LABELS, { skip: options.skip })
  const status = clip(
    pick(
      found,
      "status",
      accept((t) => t.length <= 100 && orderIdsIn(t).length === 0),
    ),
    100,
  )
  const carrier = clip(
    pick(
      found,
      "carrier",
      accept((t) => t.length <= 60 && !/\d{6,}/.test(t)),
    ),
    100,
  )
  const tracking = pick(found, "tracking", accept(isTracking))
  let shipTo: ShipTo | undefined
  for (const value of found.shipTo ?? []) {
    const lines = value.element
      ? visibleText(value.element, { multiline: true }).split("\n")
      : [value.text]
    shipTo = parseAddress(lines, env)
    if (shipTo) break
  }
  const purchaseDate = pick(found, "purchaseDate", (t) =>
    parseDate(t, env.locale, { reference: env.reference }),
  )
  const reference = purchaseDate ? new Date(`${purchaseDate}T00:00:00Z`) : env.reference
  const date = (t: string) => parseDate(t, env.locale, { reference })
  const range = (t: string) => parseDateRange(t, env.locale, { reference })
  return {
    purchaseDate,
    status,
    state: stateOf(status),
    fulfillmentChannel: pick(found, "fulfillment", channelOf),
    items: readItems(scope, { ...env, reference }, options),
    total: pick(found, "total", (t) =>
      validMoney(parseMoney(t, env.locale, { currency: env.currency })),
    ),
    shipBy: pick(found, "shipBy", range),
    deliverBy: pick(found, "deliverBy", range),
    shipTo,
    carrier,
    trackingNumber: tracking ? clip(tracking.replace(/\s+/g, ""), 60) : undefined,
    shippedDate: pick(found, "shippedDate", date),
    deliveredDate: pick(found, "deliveredDate", date),
  }
}

// ---------------------------------------------------------------------------------------------
// Thread and inbox pages

const DOC_SELECTORS = [
  ...THREAD_SELECTORS.conversationList,
  ...THREAD_SELECTORS.pane,
  ...REPLY_SELECTORS.replyBox,
]

/** Selectors of facts shown around the messages (queried together, in one pass). */
const PANE_FACT_SELECTORS = [
  ...THREAD_SELECTORS.buyerName,
  ...THREAD_SELECTORS.subject,
  ...THREAD_SELECTORS.orderCard,
  ...THREAD_SELECTORS.orderIdValue,
  ...THREAD_SELECTORS.orderLink,
]

function extractThread(doc: Document, url: URL, ctx: PageContext, env: ReadingEnv): void {
  // One scan of the document for the lists, the pane and the reply box.
  const docPool = deepQuerySelectorAll(doc, DOC_SELECTORS.join(", "))
  const lists = conversationLists(doc, docPool)
  const replyBox = findReplyBoxIn(doc, docPool)
  const pane = findThreadPane(doc, replyBox, lists, docPool)
  const urlThreadId = clip(url.searchParams.get("cc"), 200)
  if (!pane) {
    if (urlThreadId) ctx.thread = { id: urlThreadId, messages: [] }
    return
  }
  const listSet = new Set(lists)
  const read = readMessages(pane, env, undefined)
  // Every element that any message selector matches (hidden ones too): never a source of facts.
  const messageLike = new Set(read.elements)
  const skipMessages = (el: Element) => listSet.has(el) || messageLike.has(el)

  // One scan of what surrounds the messages for everything shown outside them.
  const joined = PANE_FACT_SELECTORS.join(", ")
  const pool = aroundMessages(pane, read.elements).flatMap((root) => {
    const found = deepQuerySelectorAll(root, joined)
    return matchesSafe(root, joined) ? [root, ...found] : found
  })
  const within = (selectors: readonly string[]) => queryEach(pane, selectors, pool)
  const labels: Found = findLabeledGroups(
    pane,
    { buyer: LABELS.buyer, orderId: LABELS.orderId },
    { skip: skipMessages },
  )

  // Header facts first (they help to tell the buyer's messages from the seller's).
  const headerName =
    firstText(within(THREAD_SELECTORS.buyerName), skipMessages) ??
    pick(
      labels,
      "buyer",
      accept((t) => t.length <= 200 && orderIdsIn(t).length === 0),
    )
  const subject = clip(firstText(within(THREAD_SELECTORS.subject), skipMessages), 500)

  // Roles that depend on the buyer's name are settled now that the header was read.
  const raw = read.messages.map((m) =>
    m.sure || !headerName || !m.author || normalizeLabel(m.author) !== normalizeLabel(headerName)
      ? m
      : { ...m, role: "buyer" as const, sure: true },
  )
  const skip = skipMessages

  let buyer = buyerFrom(headerName)
  if (!buyer) {
    const authors = new Set(
      raw.filter((m) => m.sure && m.role === "buyer" && m.author).map((m) => m.author as string),
    )
    if (authors.size === 1) buyer = buyerFrom([...authors][0])
  }

  const messages: Message[] = raw.map(({ role, author, text, sentAt }) =>
    prune({ role, author, text, sentAt }),
  )
  ctx.thread = { id: urlThreadId ?? threadIdFromPane(pane), subject, messages }
  if (buyer) ctx.buyer = buyer
  const others = otherConversations(lists, buyer?.name)
  if (others) ctx.page.others = others

  // The order: strong signals outside the messages must agree; message text is only a fallback.
  const strong = new Set<string>()
  for (const el of within(THREAD_SELECTORS.orderIdValue).flat()) {
    if (isSkipped(el, skip)) continue
    for (const id of orderIdsIn(visibleText(el))) strong.add(id)
  }
  for (const found of labels.orderId ?? []) {
    for (const id of orderIdsIn(found.text)) strong.add(id)
  }
  for (const el of within(THREAD_SELECTORS.orderLink).flat()) {
    if (isSkipped(el, skip)) continue
    for (const id of orderIdsIn(el.getAttribute("href") ?? "")) strong.add(id)
  }
  if (subject) for (const id of orderIdsIn(subject)) strong.add(id)
  let orderId: string | undefined
  if (strong.size === 1) orderId = [...strong][0]
  else if (strong.size === 0) {
    const inMessages = new Set(messages.flatMap((m) => orderIdsIn(m.text)))
    if (inMessages.size === 1) orderId = [...inMessages][0]
  }
  if (!orderId) return

  const lastDay = [...messages]
    .reverse()
    .find((m) => m.sentAt)
    ?.sentAt?.slice(0, 10)
  const cardEnv = { ...env, reference: lastDay ? new Date(`${lastDay}T00:00:00Z`) : env.reference }
  const card =
    within(THREAD_SELECTORS.orderCard)
      .flat()
      .find((el) => !isSkipped(el, skip)) ?? pane
  ctx.order = { id: orderId, ...readLabeledOrderFacts(card, cardEnv, { skip }) }
  if (others) others.orderIds = others.orderIds.filter((id) => id !== orderId)
}

const LIST_ITEMS = '[role="option"], li, tr'

/** The first piece of visible text in an entry: where inbox lists put the buyer's name. */
function firstTextOf(item: Element): string | undefined {
  // NodeFilter.SHOW_TEXT, by value: the page's realm may not be this script's.
  const walker = item.ownerDocument.createTreeWalker(item, 4)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    const text = cleanText(node.textContent ?? "")
    if (text && parent && !isHiddenByMarkup(parent)) return text
  }
  return undefined
}
/** "Sarah Miller", "María José García": two to four capitalised words, no digits. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u

/**
 * Order ids and buyer names of the other conversations in the inbox list, so a reply can be
 * checked for facts that belong to someone else. The open conversation's own entry is skipped.
 */
function otherConversations(
  lists: Element[],
  ownBuyer: string | undefined,
): NonNullable<PageContext["page"]["others"]> | undefined {
  const orderIds = new Set<string>()
  const buyerNames = new Set<string>()
  const own = ownBuyer ? normalizeLabel(ownBuyer) : undefined
  for (const list of lists) {
    for (const item of deepQuerySelectorAll(list, LIST_ITEMS)) {
      if (item.getAttribute("aria-selected") === "true") continue
      for (const id of orderIdsIn(visibleText(item))) orderIds.add(id)
      const first = firstTextOf(item)
      if (first && PERSON_NAME.test(first) && normalizeLabel(first) !== own) buyerNames.add(first)
    }
  }
  if (orderIds.size === 0 && buyerNames.size === 0) return undefined
  return { orderIds: [...orderIds].slice(0, 500), buyerNames: [...buyerNames].slice(0, 500) }
}

// ---------------------------------------------------------------------------------------------
// Order details page

function extractOrderPage(doc: Document, url: URL, ctx: PageContext, env: ReadingEnv): void {
  const root = queryFirst(doc, ORDER_PAGE_SELECTORS.root)[0] ?? doc.body
  if (!root) return
  const text = (selectors: readonly string[]) => firstText(queryEach(root, selectors))
  const pageIds = orderIdsIn(text(ORDER_PAGE_SELECTORS.orderId) ?? "")
  const id =
    orderIdFromPath(url) ?? orderIdParam(url) ?? (pageIds.length === 1 ? pageIds[0] : undefined)
  if (!id) return

  const purchaseDate = parseDate(text(ORDER_PAGE_SELECTORS.purchaseDate) ?? "", env.locale, {
    reference: env.reference,
  })
  const dated: ReadingEnv = {
    ...env,
    reference: purchaseDate ? new Date(`${purchaseDate}T00:00:00Z`) : env.reference,
  }
  const labeledFacts = readLabeledOrderFacts(root, dated, {})

  const statuses = new Set(
    deepQuerySelectorAll(root, ORDER_PAGE_SELECTORS.itemStatus.join(", "))
      .map((el) => visibleText(el))
      .filter(Boolean),
  )
  const status = statuses.size === 1 ? clip([...statuses][0], 100) : undefined

  const addressEl = queryFirst(root, ORDER_PAGE_SELECTORS.address)[0]
  let shipTo: ShipTo | undefined
  if (addressEl) {
    const spans = Array.from(addressEl.querySelectorAll("span"))
      .map((s) => visibleText(s))
      .filter(Boolean)
    const lines = spans.length > 0 ? spans : visibleText(addressEl, { multiline: true }).split("\n")
    // The first line is the recipient's name: never part of the place.
    shipTo = parseAddress(lines.slice(1), env)
  }

  const trackingEl = queryFirst(root, ORDER_PAGE_SELECTORS.trackingId)[0]
  const trackingText = trackingEl ? visibleText(trackingEl).replace(/\s+/g, "") : undefined
  let carrier: string | undefined
  let shippedDate: string | undefined
  if (trackingEl) {
    // Carrier and ship date sit in the cells next to the tracking id.
    const row = closestDeep(trackingEl, ".a-row") ?? parentElementDeep(trackingEl)
    if (row) {
      const found: Found = findLabeledGroups(row, {
        carrier: LABELS.carrier,
        shippedDate: LABELS.shippedDate,
      })
      carrier = clip(
        pick(
          found,
          "carrier",
          accept((t) => t.length <= 60 && !/\d{6,}/.test(t)),
        ),
        100,
      )
      shippedDate = pick(found, "shippedDate", (t) =>
        parseDate(t, env.locale, { reference: dated.reference }),
      )
    }
  }

  const buyerName = text(ORDER_PAGE_SELECTORS.buyerName)
  const buyer = buyerFrom(buyerName)
  if (buyer) ctx.buyer = buyer

  ctx.order = {
    id,
    purchaseDate: purchaseDate ?? labeledFacts.purchaseDate,
    status: status ?? labeledFacts.status,
    state: stateOf(status ?? labeledFacts.status),
    fulfillmentChannel:
      channelOf(text(ORDER_PAGE_SELECTORS.fulfillmentChannel)) ?? labeledFacts.fulfillmentChannel,
    items: readItemsTable(root, dated) ?? labeledFacts.items,
    total: labeledFacts.total,
    shipBy:
      parseDateRange(text(ORDER_PAGE_SELECTORS.shipBy) ?? "", env.locale, {
        reference: dated.reference,
      }) ?? labeledFacts.shipBy,
    deliverBy:
      parseDateRange(text(ORDER_PAGE_SELECTORS.deliverBy) ?? "", env.locale, {
        reference: dated.reference,
      }) ?? labeledFacts.deliverBy,
    shipTo: shipTo ?? labeledFacts.shipTo,
    carrier: carrier ?? labeledFacts.carrier,
    trackingNumber:
      trackingText && isTracking(trackingText)
        ? clip(trackingText, 60)
        : labeledFacts.trackingNumber,
    shippedDate: shippedDate ?? labeledFacts.shippedDate,
    deliveredDate: labeledFacts.deliveredDate,
  }
}

/** Items from the order page's `table.a-keyvalue`: columns found by their header labels. */
function readItemsTable(root: Element, env: ReadingEnv): Item[] | undefined {
  const table = queryFirst(root, ORDER_PAGE_SELECTORS.itemsTable)[0]
  if (!table) return undefined
  const rows = Array.from(table.querySelectorAll("tr"))
  const headerRow = rows.find((row) => row.querySelector("th"))
  const headers = headerRow
    ? Array.from(headerRow.children).map((cell) => normalizeLabel(visibleText(cell)))
    : []
  const column = (labels: readonly string[]) => {
    const wanted = labels.map(normalizeLabel)
    return headers.findIndex((h) => wanted.includes(h))
  }
  const quantityColumn = column(LABELS.quantity)
  const priceColumn = column(LABELS.unitPrice)
  const items: Item[] = []
  for (const row of rows) {
    if (row === headerRow) continue
    const titleEl = queryFirst(row, ORDER_PAGE_SELECTORS.itemTitle)[0]
    if (!titleEl) continue
    const cells = Array.from(row.children)
    const asin = labeledText(row, LABELS.asin, (t) => ASIN_EXACT.test(t))
    const sku = clip(
      labeledText(row, LABELS.sku, (t) => t.length <= 100),
      100,
    )
    const quantity =
      quantityColumn >= 0 ? quantityOf(visibleText(cells[quantityColumn]), env) : undefined
    const unitPrice =
      priceColumn >= 0
        ? validMoney(
            parseMoney(visibleText(cells[priceColumn]), env.locale, { currency: env.currency }),
          )
        : undefined
    items.push(prune({ title: clip(visibleText(titleEl), 1000), asin, sku, quantity, unitPrice }))
    if (items.length >= 500) break
  }
  return items.length > 0 ? items : undefined
}

// ---------------------------------------------------------------------------------------------
// Contact buyer page

function extractContactPage(doc: Document, url: URL, ctx: PageContext, env: ReadingEnv): void {
  const body = doc.body
  if (!body) return
  const replyBox = findReplyBox(doc)
  const replyHost = replyBox ? replyBoxHost(replyBox) : undefined
  const skip = (el: Element) => el === replyHost || matchesAny(el, CONTACT_SELECTORS.sendButton)
  const header = queryFirst(doc, CONTACT_SELECTORS.header)[0]
  const headerName = header
    ? labeledText(header, LABELS.contactBuyer, (t) => t.length <= 200 && orderIdsIn(t).length === 0)
    : undefined
  const name =
    headerName ??
    labeledText(body, LABELS.buyer, (t) => t.length <= 200 && orderIdsIn(t).length === 0, { skip })
  const buyer = buyerFrom(name)
  if (buyer) ctx.buyer = buyer
  const pageIds = new Set(
    findLabeled(body, LABELS.orderId, { skip }).flatMap((f) => orderIdsIn(f.text)),
  )
  const id = orderIdParam(url) ?? (pageIds.size === 1 ? [...pageIds][0] : undefined)
  if (!id) return
  ctx.order = { id, ...readLabeledOrderFacts(body, env, { skip }) }
}

// ---------------------------------------------------------------------------------------------

export function extract(doc: Document, url: URL): PageContext {
  return extractPageContext(
    "amazon",
    url,
    () => marketplaceContext(doc, url),
    pageKind,
    (ctx, env) => {
      const kind = ctx.page.kind
      if (kind === "thread" || kind === "inbox") extractThread(doc, url, ctx, env)
      else if (kind === "order") extractOrderPage(doc, url, ctx, env)
      else if (kind === "contact") extractContactPage(doc, url, ctx, env)
    },
  )
}
