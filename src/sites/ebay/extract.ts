/**
 * Reads an eBay page (messages, the reply form, Seller Hub order details) into a PageContext.
 * Runs in the content script: no zod here (the background validates), never throws, never reads
 * innerHTML, leaves out whatever the page does not show unambiguously.
 *
 * The open conversation is found by name or from the reply box outwards, stopping before the
 * inbox list, the header and the navigation: the list shows other buyers' user ids, order
 * numbers and items, which are kept apart in `page.others` and never read as this thread's.
 */

import { parseDate, parseMoney, parseNumber } from "~context/locale"
import { parseMessageTime } from "~context/relative-time"
import type {
  Buyer,
  Item,
  Marketplace,
  Message,
  Money,
  OrderState,
  PageContext,
  PageKind,
} from "~context/schema"
import { parseAddress } from "../address"
import {
  cleanText,
  containsDeep,
  deepQuerySelectorAll,
  findLabeledGroups,
  isHidden,
  isHiddenByMarkup,
  type LabeledValue,
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
import { isEbayHost, siteFor } from "./hosts"
import {
  CARRIERS,
  ITEM_ID_EXACT,
  ITEM_ID_IN_HREF,
  LABELS,
  MARKETPLACE_AUTHORS,
  MARKETPLACE_MARKERS,
  ORDER_ID,
  ORDER_ID_EXACT,
  ORDER_PAGE_SELECTORS,
  REPLY_BOX_LABELS,
  REPLY_SELECTORS,
  ROLE_TOKENS,
  SELF_AUTHORS,
  SEND_LABELS,
  STATUS_WORDS,
  THREAD_SELECTORS,
  TRACKING_FORMATS,
  URL_PARAMS,
} from "./selectors"

type Role = Message["role"]

/** Same shape as IsoDateTimeSchema: a machine-readable timestamp is kept as it is. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/

// ---------------------------------------------------------------------------------------------
// Page kind

const MESSAGE_PATH = /^\/cnt\/(?:ViewMessage|ReplyToMessages)(?:[/?#]|$)/i
const LEGACY_DETAIL_PATH = /^\/mesgweb\/ViewMessageDetail\/\d+\/[a-z0-9]+\/(\d+)/i
const LEGACY_LIST_PATH = /^\/mesgweb\/ViewMessages(?:[/?#]|$)/i
const ORDER_PATH = /^\/(?:mesh|sh)\/ord\/details\/?$/i

export function pageKind(url: URL): PageKind | null {
  try {
    if (!isEbayHost(url.hostname)) return null
    const path = url.pathname
    if (MESSAGE_PATH.test(path) || LEGACY_DETAIL_PATH.test(path)) return "thread"
    if (LEGACY_LIST_PATH.test(path)) return "inbox"
    if (ORDER_PATH.test(path) && orderIdParam(url)) return "order"
    return "unknown"
  } catch {
    return null
  }
}

function param(url: URL, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = url.searchParams.get(name)?.trim()
    if (value) return value
  }
  return undefined
}

function orderIdParam(url: URL): string | undefined {
  const value = param(url, URL_PARAMS.orderId)
  return value && ORDER_ID_EXACT.test(value) ? value : undefined
}

function threadIdFromUrl(url: URL): string | undefined {
  const legacy = LEGACY_DETAIL_PATH.exec(url.pathname)?.[1]
  return clip(param(url, URL_PARAMS.threadId) ?? legacy, 200)
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function orderIdsIn(text: string): string[] {
  return [...new Set(text.match(ORDER_ID) ?? [])]
}

/** The single value of a set, or nothing when it is empty or ambiguous. */
function single<T>(values: Iterable<T>): T | undefined {
  const set = new Set(values)
  return set.size === 1 ? [...set][0] : undefined
}

function inAny(el: Element, regions: Element[]): boolean {
  return regions.some((region) => region !== el && containsDeep(region, el))
}

type Found<K extends string> = Partial<Record<K, LabeledValue[]>>

/** The first labelled value of a group that `read` accepts. */
function pick<K extends string, T>(
  found: Found<K>,
  group: K,
  read: (text: string) => T | undefined,
): T | undefined {
  for (const value of found[group] ?? []) {
    const result = read(value.text)
    if (result !== undefined && result !== null) return result
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Marketplace and locale

function marketplaceContext(doc: Document, url: URL): Marketplace {
  const info = siteFor(url.hostname)
  return {
    site: "ebay",
    host: url.hostname.slice(0, 200) || "unknown",
    country: info.country,
    locale: pageLocale(doc, info.locale),
    marketplaceId: info.marketplaceId,
    currency: info.currency,
  }
}

/** eBay writes "US $42.50", "AU $19.95", "C $12.00": the prefix names the dollar. */
const DOLLAR_PREFIXES: [RegExp, string][] = [
  [/^US\s*\$/i, "USD "],
  [/^AU\s*\$/i, "AUD "],
  [/^C\s*\$/i, "CAD "],
]

function moneyOf(text: string | undefined, env: ReadingEnv): Money | undefined {
  if (!text) return undefined
  let t = cleanText(text)
  for (const [re, code] of DOLLAR_PREFIXES) t = t.replace(re, code)
  const money = parseMoney(t, env.locale, { currency: env.currency })
  return money && money.amount >= 0 && money.amount <= 1e9 ? money : undefined
}

function quantityOf(text: string | undefined, env: ReadingEnv): number | undefined {
  if (!text) return undefined
  const value = parseNumber(cleanText(text).replace(/^[x×]\s*|\s*[x×]$/i, ""), env.locale)
  return value !== undefined && Number.isInteger(value) && value >= 0 && value <= 100_000
    ? value
    : undefined
}

function stateOf(status: string | undefined): OrderState | undefined {
  if (!status) return undefined
  for (const [re, state] of STATUS_WORDS) if (re.test(status)) return state
  return undefined
}

function isTracking(text: string): boolean {
  const compact = text.replace(/\s+/g, "")
  return compact.length <= 60 && TRACKING_FORMATS.some((re) => re.test(compact))
}

/** "USPS 9405 5118 9956 1234 5678 12" -> carrier and number; a bare number -> number only. */
function trackingLine(text: string): { carrier?: string; number?: string } {
  const t = cleanText(text)
  const carrier = CARRIERS.exec(t)?.[0]
  const rest = (carrier ? t.slice(carrier.length) : t).replace(/^[\s:·•|-]+/, "")
  // The number: the longest run of letters, digits and single spaces that is a tracking format.
  for (const candidate of rest.match(/[A-Z0-9](?:[A-Z0-9]| (?=[A-Z0-9]))*/g) ?? []) {
    const compact = candidate.replace(/\s+/g, "")
    if (/\d/.test(compact) && isTracking(compact) && compact.length >= 8)
      return { carrier, number: compact }
  }
  return { carrier }
}

/** A real person's name ("Marcus Webb", "María José García"), not a user id ("kayla_m2019"). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u

function buyerFrom(name: string | undefined, realName?: string): Buyer | undefined {
  const clean = clip(realName ?? name, 200)
  if (!clean || orderIdsIn(clean).length > 0) return undefined
  const first = PERSON_NAME.test(clean) ? clean.split(/\s+/)[0] : undefined
  return { name: clean, firstName: first && first.length > 1 ? first.slice(0, 100) : undefined }
}

const USER_ID = /^[\p{L}\d][\p{L}\d._*-]{1,63}$/u

// ---------------------------------------------------------------------------------------------
// Reply box and protected elements

/** A form control hidden by its own attributes or by an ancestor's markup. */
function hiddenControl(el: Element): boolean {
  if (el.getAttribute("type") === "hidden") return true
  for (let cur: Element | null = el; cur; cur = parentElementDeep(cur)) {
    if (cur === el || cur.localName === "textarea") {
      if (cur.hasAttribute("hidden") || cur.getAttribute("aria-hidden") === "true") return true
      const style = (cur as HTMLElement).style
      if (style && (style.display === "none" || style.visibility === "hidden")) return true
      continue
    }
    if (isHiddenByMarkup(cur)) return true
  }
  return false
}

function usable(textarea: Element): textarea is HTMLTextAreaElement {
  if (textarea.localName !== "textarea") return false
  const t = textarea as HTMLTextAreaElement
  if (t.disabled || t.readOnly) return false
  if (/recaptcha|search/i.test(`${t.name} ${t.id}`)) return false
  return !hiddenControl(t)
}

export function findReplyBox(doc: Document): HTMLTextAreaElement | null {
  return withDomCache(() => findReplyBoxIn(doc))
}

function findReplyBoxIn(doc: Document): HTMLTextAreaElement | null {
  try {
    const groups = queryEach(doc, REPLY_SELECTORS.replyBox)
    for (let i = 0; i < groups.length; i++) {
      const found = groups[i].filter(usable)
      if (found.length === 0) continue
      // Any textarea: prefer one labelled as a message box.
      if (i === groups.length - 1) {
        const labelled = found.find((t) =>
          REPLY_BOX_LABELS.test(
            `${t.getAttribute("aria-label") ?? ""} ${t.getAttribute("placeholder") ?? ""}`,
          ),
        )
        return labelled ?? found[0]
      }
      return found[0]
    }
  } catch {
    // Odd page: no reply box.
  }
  return null
}

const sendLabels = new Set(SEND_LABELS.map(normalizeLabel))

function isSendButton(el: Element): boolean {
  for (const attr of ["aria-label", "value", "title"]) {
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
  const found: Element[] = []
  try {
    const textarea = findReplyBoxIn(doc)
    if (!textarea) return found
    found.push(textarea)
    // The Send button of the reply box's own form (or of the whole page when it has no form).
    const scope: Document | Element = textarea.closest("form") ?? doc
    const chrome = deepQuerySelectorAll(doc, THREAD_SELECTORS.chrome.join(", "))
    for (const [index, selector] of REPLY_SELECTORS.sendButton.entries()) {
      for (const el of deepQuerySelectorAll(scope, selector)) {
        if (found.includes(el) || inAny(el, chrome) || hiddenControl(el)) continue
        if (index < 2 || isSendButton(el)) found.push(el)
      }
      if (found.length > 1) break
    }
  } catch {
    // What was found stands.
  }
  return found.filter((el) => !found.some((other) => other !== el && containsDeep(other, el)))
}

// ---------------------------------------------------------------------------------------------
// Messaging pages

interface Regions {
  /** Lists of other conversations. */
  lists: Element[]
  /** Header, footer and navigation. */
  chrome: Element[]
}

function regionsOf(doc: Document): Regions {
  const lists = deepQuerySelectorAll(doc, THREAD_SELECTORS.conversationList.join(", "))
  const chrome = deepQuerySelectorAll(doc, THREAD_SELECTORS.chrome.join(", ")).filter(
    // A navigation that holds a list of conversations is that list, not chrome.
    (el) => !lists.some((list) => containsDeep(el, list) || containsDeep(list, el)),
  )
  return { lists, chrome }
}

function findPane(
  doc: Document,
  replyBox: HTMLTextAreaElement | null,
  regions: Regions,
): Element | null {
  const outside = [...regions.lists, ...regions.chrome]
  const containsOutside = (el: Element) =>
    outside.some((region) => region !== el && containsDeep(el, region))
  const usablePane = (el: Element) =>
    !inAny(el, outside) && !outside.includes(el) && !containsOutside(el) && !isHidden(el)
  for (const found of queryEach(doc, THREAD_SELECTORS.pane)) {
    const pane = found.find(usablePane)
    if (pane) return pane
  }
  let start: Element | null = replyBox && !inAny(replyBox, outside) ? replyBox : null
  if (!start) {
    for (const found of queryEach(doc, THREAD_SELECTORS.message)) {
      const message = found.find((m) => !inAny(m, outside) && !isHidden(m))
      if (message) {
        start = message
        break
      }
    }
  }
  if (!start) return null
  let cur = start
  for (;;) {
    const parent = parentElementDeep(cur)
    if (!parent || parent === doc.body || parent === doc.documentElement) break
    if (containsOutside(parent)) break
    cur = parent
  }
  return cur
}

const selfAuthors = new Set(SELF_AUTHORS.map(normalizeLabel))

/** Attributes in which pages state who wrote a message. */
const ROLE_ATTRIBUTES = ["data-sender-type", "data-sender-role", "data-role", "data-direction"]

function roleOf(
  message: Element,
  author: string | undefined,
  text: string,
  buyerName: string | undefined,
): Role | undefined {
  if (author) {
    const key = normalizeLabel(author)
    if (MARKETPLACE_AUTHORS.test(author)) return "marketplace"
    if (selfAuthors.has(key)) return "seller"
    if (buyerName && key === normalizeLabel(buyerName)) return "buyer"
  }
  const fromAttributes = roleFromAttributes(message, ROLE_ATTRIBUTES, ROLE_TOKENS)
  if (fromAttributes) return fromAttributes
  const classTokens = (message.getAttribute("class") ?? "").split(/[\s_-]+/).filter(Boolean)
  const fromClass = roleFromTokens(classTokens, ROLE_TOKENS)
  if (fromClass) return fromClass
  if (!author && MARKETPLACE_MARKERS.some((re) => re.test(text))) return "marketplace"
  return undefined
}

function readSentAt(timeEl: Element | undefined, env: ReadingEnv): string | undefined {
  if (!timeEl) return undefined
  const attr = timeEl.getAttribute("datetime")?.trim()
  if (attr && ISO_DATE_TIME.test(attr)) return attr
  const text = visibleText(timeEl) || timeEl.getAttribute("title") || ""
  return parseMessageTime(text, env.locale, env.reference)
}

interface RawMessage extends Message {
  sure: boolean
}

function readMessages(
  pane: Element,
  regions: Regions,
  env: ReadingEnv,
  buyerName: string | undefined,
): { messages: RawMessage[]; elements: Element[] } {
  const outside = [...regions.lists, ...regions.chrome]
  let elements: Element[] = []
  for (const found of queryEach(pane, THREAD_SELECTORS.message)) {
    const inPane = found.filter((el) => !inAny(el, outside))
    if (inPane.length > 0) {
      // Outermost matches only (a bubble inside a bubble is one message).
      elements = inPane.filter((el) => !inPane.some((o) => o !== el && containsDeep(o, el)))
      break
    }
  }
  const messages: RawMessage[] = []
  for (const el of elements) {
    if (isHidden(el)) continue
    const authorEl = queryFirst(el, THREAD_SELECTORS.messageAuthor)[0]
    const timeEl = queryFirst(el, THREAD_SELECTORS.messageTime)[0]
    const bodyEl = queryFirst(el, THREAD_SELECTORS.messageBody)[0]
    const author = clip(visibleText(authorEl), 200)
    let text = bodyEl
      ? visibleText(bodyEl, { multiline: true, computed: "white-space" })
      : visibleText(el, {
          multiline: true,
          skip: (node) => node === authorEl || node === timeEl,
        })
    if (text.length > 20_000) text = text.slice(0, 20_000)
    const role = roleOf(el, author, text, buyerName)
    messages.push({
      role: role ?? "buyer",
      sure: role !== undefined,
      author,
      text,
      sentAt: readSentAt(timeEl, env),
    })
    if (messages.length >= 2_000) break
  }
  return { messages, elements }
}

const CARD_LABELS = {
  orderId: LABELS.orderId,
  itemId: LABELS.itemId,
  buyer: LABELS.buyer,
  status: LABELS.status,
  carrier: LABELS.carrier,
  tracking: LABELS.tracking,
  sku: LABELS.sku,
  quantity: LABELS.quantity,
  unitPrice: LABELS.unitPrice,
  total: LABELS.total,
  purchaseDate: LABELS.purchaseDate,
}
type CardLabel = keyof typeof CARD_LABELS

function itemIdOf(text: string): string | undefined {
  const compact = text.replace(/\s+/g, "")
  return ITEM_ID_EXACT.test(compact) ? compact : undefined
}

function itemIdFromHref(href: string | null): string | undefined {
  const m = href ? ITEM_ID_IN_HREF.exec(href) : null
  return m ? (m[1] ?? m[2]) : undefined
}

function extractThread(doc: Document, url: URL, ctx: PageContext, env: ReadingEnv): void {
  const regions = regionsOf(doc)
  const replyBox = findReplyBoxIn(doc)
  const pane = findPane(doc, replyBox, regions)
  const urlThreadId = threadIdFromUrl(url)
  const urlBuyer = param(url, URL_PARAMS.buyer)
  const urlItemId = itemIdOf(param(url, URL_PARAMS.itemId) ?? "")

  const read = pane ? readMessages(pane, regions, env, urlBuyer) : { messages: [], elements: [] }
  if (!pane || (read.messages.length === 0 && !replyBox)) {
    // Only the list is shown: an inbox, whatever the URL says (nothing at all: kind stays).
    if (regions.lists.length > 0) ctx.page.kind = "inbox"
    const others = otherConversations(regions.lists, undefined, urlThreadId)
    if (others) ctx.page.others = others
    return
  }

  const outside = [...regions.lists, ...regions.chrome]
  const messageSet = new Set(read.elements)
  const skip = (el: Element) => outside.includes(el) || messageSet.has(el)
  const within = (selectors: readonly string[]) => queryEach(pane, selectors)

  const labels: Found<CardLabel> = findLabeledGroups(pane, CARD_LABELS, { skip })
  const headerName = firstText(within(THREAD_SELECTORS.buyerName), skip)
  const labelName = pick(labels, "buyer", (t) => (USER_ID.test(t) ? t : undefined))
  const subject = clip(firstText(within(THREAD_SELECTORS.subject), skip), 500)

  let buyerName =
    clip(headerName, 200) ?? (urlBuyer && USER_ID.test(urlBuyer) ? urlBuyer : undefined)
  buyerName ??= labelName
  const raw = read.messages.map((m) =>
    m.sure || !buyerName || !m.author || normalizeLabel(m.author) !== normalizeLabel(buyerName)
      ? m
      : { ...m, role: "buyer" as const, sure: true },
  )
  if (!buyerName) {
    buyerName = single(
      raw.filter((m) => m.sure && m.role === "buyer" && m.author).map((m) => m.author as string),
    )
  }
  const messages: Message[] = raw.map(({ role, author, text, sentAt }) =>
    prune({ role, author, text, sentAt }),
  )
  ctx.thread = prune({ id: urlThreadId, subject, itemId: urlItemId, messages })
  const buyer = buyerFrom(buyerName)
  if (buyer) ctx.buyer = buyer

  // The order: every order number shown in the open conversation must be the same one.
  const orderIds = new Set<string>()
  for (const found of labels.orderId ?? [])
    for (const id of orderIdsIn(found.text)) orderIds.add(id)
  for (const el of within(THREAD_SELECTORS.orderLink).flat()) {
    if (isSkipped(el, skip)) continue
    for (const id of orderIdsIn(el.getAttribute("href") ?? "")) orderIds.add(id)
  }
  for (const id of orderIdsIn(subject ?? "")) orderIds.add(id)
  for (const m of messages) for (const id of orderIdsIn(m.text)) orderIds.add(id)
  const orderId = single(orderIds)

  const others = otherConversations(regions.lists, buyerName, urlThreadId, orderId)
  if (others) ctx.page.others = others
  if (!orderId) return

  // The listing card next to the conversation (or the pane around the messages).
  const card = within(THREAD_SELECTORS.itemCard)
    .flat()
    .find((el) => !isSkipped(el, skip))
  const scope = card ?? pane
  const cardLabels: Found<CardLabel> = card
    ? findLabeledGroups(card, CARD_LABELS, { skip })
    : labels
  const titleEl = queryEach(scope, THREAD_SELECTORS.itemTitle)
    .flat()
    .find((el) => !isSkipped(el, skip))
  const itemIds = new Set<string>()
  const labelled = pick(cardLabels, "itemId", itemIdOf)
  if (labelled) itemIds.add(labelled)
  const linked = itemIdFromHref(titleEl?.getAttribute("href") ?? null)
  if (linked) itemIds.add(linked)
  if (urlItemId) itemIds.add(urlItemId)
  const item: Item = prune({
    title: clip(visibleText(titleEl), 1000),
    itemId: single(itemIds),
    sku: clip(
      pick(cardLabels, "sku", (t) => (t.length <= 100 ? t : undefined)),
      100,
    ),
    quantity: pick(cardLabels, "quantity", (t) => quantityOf(t, env)),
    unitPrice: pick(cardLabels, "unitPrice", (t) => moneyOf(t, env)),
  })
  const status = clip(
    pick(cardLabels, "status", (t) => (t.length <= 100 && !orderIdsIn(t).length ? t : undefined)),
    100,
  )
  const tracking = pick(cardLabels, "tracking", (t) => trackingLine(t).number)
  const carrier =
    pick(cardLabels, "carrier", (t) => (t.length <= 60 && !/\d{6,}/.test(t) ? t : undefined)) ??
    pick(cardLabels, "tracking", (t) => trackingLine(t).carrier)
  ctx.order = {
    id: orderId,
    purchaseDate: pick(cardLabels, "purchaseDate", (t) =>
      parseDate(t, env.locale, { reference: env.reference }),
    ),
    status,
    state: stateOf(status),
    items: Object.keys(item).length > 0 ? [item] : [],
    total: pick(cardLabels, "total", (t) => moneyOf(t, env)),
    carrier: clip(carrier, 100),
    trackingNumber: tracking,
  }
}

const SELECTED_CARD =
  '[aria-current="true"], [aria-current="page"], [aria-selected="true"], .card__item--selected, .card__item--active, .selected, .active'
const CARD_USERNAME = ".card__username, [data-testid='conversation-username'], .msgSender"

/**
 * User ids and order numbers of the other conversations in the inbox list, so a reply can be
 * checked for facts that belong to someone else. The open conversation's own card is skipped.
 */
function otherConversations(
  lists: Element[],
  ownBuyer: string | undefined,
  threadId: string | undefined,
  ownOrderId?: string,
): NonNullable<PageContext["page"]["others"]> | undefined {
  const orderIds = new Set<string>()
  const buyerNames = new Set<string>()
  const own = ownBuyer ? normalizeLabel(ownBuyer) : undefined
  for (const list of lists) {
    const cards = queryFirst(list, THREAD_SELECTORS.listCard)
    for (const card of cards) {
      if (isHiddenByMarkup(card) || matchesSafe(card, SELECTED_CARD)) continue
      const href = card.getAttribute("data-href") ?? card.querySelector("a")?.getAttribute("href")
      if (threadId && href && new RegExp(`[=/]${threadId}(?:\\D|$)`).test(href)) continue
      const nameEl = card.querySelector(CARD_USERNAME)
      const name = clip(visibleText(nameEl), 200)
      if (name && own && normalizeLabel(name) === own) continue
      if (name) buyerNames.add(name)
      for (const id of orderIdsIn(visibleText(card))) orderIds.add(id)
    }
  }
  if (ownOrderId) orderIds.delete(ownOrderId)
  if (orderIds.size === 0 && buyerNames.size === 0) return undefined
  return { orderIds: [...orderIds].slice(0, 500), buyerNames: [...buyerNames].slice(0, 500) }
}

// ---------------------------------------------------------------------------------------------
// Seller Hub order details

const ORDER_LABELS = {
  status: LABELS.status,
  purchaseDate: LABELS.purchaseDate,
  total: LABELS.total,
  carrier: LABELS.carrier,
  tracking: LABELS.tracking,
  buyer: LABELS.buyer,
  shippedDate: LABELS.shippedDate,
  deliveredDate: LABELS.deliveredDate,
}
const ITEM_LABELS = {
  itemId: LABELS.itemId,
  sku: LABELS.sku,
  quantity: LABELS.quantity,
  unitPrice: LABELS.unitPrice,
  tracking: LABELS.tracking,
  carrier: LABELS.carrier,
}

/** The value of a documented "label + value" block: the second `span.sh-secondary`. */
function secondarySpan(block: Element | undefined): string | undefined {
  if (!block) return undefined
  const spans = Array.from(block.querySelectorAll("span.sh-secondary"))
  return clip(visibleText(spans[1] ?? spans[0]), 200)
}

function readLineItem(
  card: Element,
  env: ReadingEnv,
): { item: Item; carrier?: string; tracking?: string } {
  const found: Found<keyof typeof ITEM_LABELS> = findLabeledGroups(card, ITEM_LABELS)
  const first = (selectors: readonly string[]) => queryFirst(card, selectors)[0]
  const titleEl = first(ORDER_PAGE_SELECTORS.itemTitle)
  const itemIds = new Set<string>()
  const fromBlock = itemIdOf(secondarySpan(first(ORDER_PAGE_SELECTORS.itemId)) ?? "")
  const fromLabel = pick(found, "itemId", itemIdOf)
  const fromHref = itemIdFromHref(titleEl?.getAttribute("href") ?? null)
  for (const id of [fromBlock, fromLabel, fromHref]) if (id) itemIds.add(id)
  const quantityEl = first(ORDER_PAGE_SELECTORS.quantity)
  const priceEl = first(ORDER_PAGE_SELECTORS.unitPrice)
  const trackingEl = first(ORDER_PAGE_SELECTORS.tracking)
  const line = trackingEl ? trackingLine(visibleText(trackingEl)) : {}
  const item: Item = prune({
    title: clip(visibleText(titleEl), 1000),
    itemId: single(itemIds),
    sku:
      secondarySpan(first(ORDER_PAGE_SELECTORS.sku)) ??
      clip(
        pick(found, "sku", (t) => (t.length <= 100 ? t : undefined)),
        100,
      ),
    quantity:
      quantityOf(visibleText(quantityEl), env) ??
      pick(found, "quantity", (t) => quantityOf(t, env)),
    unitPrice:
      moneyOf(visibleText(priceEl), env) ?? pick(found, "unitPrice", (t) => moneyOf(t, env)),
  })
  return {
    item,
    tracking: line.number ?? pick(found, "tracking", (t) => trackingLine(t).number),
    carrier:
      line.carrier ??
      pick(found, "carrier", (t) => (t.length <= 60 && !/\d{6,}/.test(t) ? t : undefined)),
  }
}

function addressLines(el: Element): string[] {
  const noise = ORDER_PAGE_SELECTORS.addressNoise.join(", ")
  const skip = (node: Element) => matchesSafe(node, noise)
  const children = Array.from(el.children).filter((c) => !skip(c))
  const lines =
    children.length > 1
      ? children.map((c) => visibleText(c, { skip }))
      : visibleText(el, { multiline: true, skip }).split("\n")
  return lines.map((l) => cleanText(l)).filter(Boolean)
}

function extractOrderPage(doc: Document, url: URL, ctx: PageContext, env: ReadingEnv): void {
  const body = doc.body
  if (!body) return
  const id = orderIdParam(url)
  if (!id) return
  const chrome = deepQuerySelectorAll(doc, THREAD_SELECTORS.chrome.join(", "))
  const skip = (el: Element) => chrome.includes(el)
  const text = (selectors: readonly string[]) => firstText(queryEach(body, selectors), skip)
  const found: Found<keyof typeof ORDER_LABELS> = findLabeledGroups(body, ORDER_LABELS, { skip })

  const status = clip(
    text(ORDER_PAGE_SELECTORS.status) ??
      pick(found, "status", (t) => (t.length <= 100 && !orderIdsIn(t).length ? t : undefined)),
    100,
  )
  const dateOf = (t: string) => parseDate(t, env.locale, { reference: env.reference })
  const purchaseDate =
    dateOf(text(ORDER_PAGE_SELECTORS.orderDate) ?? "") ?? pick(found, "purchaseDate", dateOf)

  const lineItems = queryFirst(body, ORDER_PAGE_SELECTORS.lineItem).filter(
    (el) => !isSkipped(el, skip),
  )
  const read = lineItems.slice(0, 500).map((card) => readLineItem(card, env))
  const items = read.map((r) => r.item).filter((item) => Object.keys(item).length > 0)
  const trackingNumber =
    single(read.flatMap((r) => (r.tracking ? [r.tracking] : []))) ??
    pick(found, "tracking", (t) => trackingLine(t).number)
  const carrier =
    single(read.flatMap((r) => (r.carrier ? [r.carrier] : []))) ??
    pick(found, "carrier", (t) => (t.length <= 60 && !/\d{6,}/.test(t) ? t : undefined))

  const addressEl = queryFirst(body, ORDER_PAGE_SELECTORS.address)[0]
  // The first line is the recipient's name (maybe a gift recipient): never part of the place.
  const shipTo = addressEl ? parseAddress(addressLines(addressEl).slice(1), env) : undefined

  const realName = text(ORDER_PAGE_SELECTORS.buyerName)
  const userId =
    text(ORDER_PAGE_SELECTORS.buyerUserId) ??
    pick(found, "buyer", (t) => (USER_ID.test(t) ? t : undefined))
  const buyer = buyerFrom(userId, realName && PERSON_NAME.test(realName) ? realName : undefined)
  if (buyer) ctx.buyer = buyer

  ctx.order = {
    id,
    purchaseDate,
    status,
    state: stateOf(status),
    items,
    total:
      moneyOf(text(ORDER_PAGE_SELECTORS.total), env) ??
      pick(found, "total", (t) => moneyOf(t, env)),
    shipTo,
    carrier: clip(carrier, 100),
    trackingNumber,
    shippedDate: pick(found, "shippedDate", dateOf),
    deliveredDate: pick(found, "deliveredDate", dateOf),
  }
}

// ---------------------------------------------------------------------------------------------

export function extract(doc: Document, url: URL): PageContext {
  return extractPageContext(
    "ebay",
    url,
    () => marketplaceContext(doc, url),
    pageKind,
    (ctx, env) => {
      const kind = ctx.page.kind
      if (kind === "thread" || kind === "inbox") extractThread(doc, url, ctx, env)
      else if (kind === "order") extractOrderPage(doc, url, ctx, env)
    },
  )
}
