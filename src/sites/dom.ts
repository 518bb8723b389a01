/**
 * DOM helpers shared by the site adapters. They run in the content script on pages we do not
 * control, so they never throw, never use `instanceof` (pages and test documents live in other
 * realms) and read text only from text nodes (never innerHTML).
 *
 * Seller Central renders much of its UI in web components with open shadow roots: every query and
 * text read here descends into `element.shadowRoot`.
 */
import { stripInvisible } from "~context/locale"

export type QueryRoot = Document | Element | ShadowRoot | DocumentFragment

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const DOCUMENT_FRAGMENT_NODE = 11

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE
}

function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return !!node && node.nodeType === DOCUMENT_FRAGMENT_NODE && !!(node as ShadowRoot).host
}

/** The parent node, stepping from a shadow root to its host. */
export function parentAcrossShadow(node: Node): Node | null {
  const parent = node.parentNode
  if (isShadowRoot(parent)) return parent.host
  return parent
}

/** Parent element across shadow boundaries. */
export function parentElementDeep(node: Node): Element | null {
  const parent = parentAcrossShadow(node)
  return isElement(parent) ? parent : null
}

/** `ancestor` contains `node`, possibly through shadow roots. */
export function containsDeep(ancestor: Node, node: Node): boolean {
  for (let cur: Node | null = node; cur; cur = parentAcrossShadow(cur))
    if (cur === ancestor) return true
  return false
}

/** `Element.closest` that continues past shadow roots to their hosts. */
export function closestDeep(element: Element, selector: string): Element | null {
  for (let cur: Element | null = element; cur; cur = parentElementDeep(cur)) {
    try {
      if (cur.matches(selector)) return cur
    } catch {
      return null
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Per-extraction cache. Pages change between extractions, so nothing is cached outside
// `withDomCache`; inside it, shadow hosts and document order are computed once per tree.

interface DomCache {
  queries: Map<Node, Map<string, Element[]>>
  hosts: Map<Node, Element[]>
  order: Map<Node, Map<Element, number>>
  hidden: Map<string, boolean>
  pre: Map<string, boolean>
}

let cache: DomCache | null = null

/** Runs `fn` with DOM scans cached; use around one extraction of a page that does not change. */
export function withDomCache<T>(fn: () => T): T {
  const previous = cache
  cache = previous ?? {
    queries: new Map(),
    hosts: new Map(),
    order: new Map(),
    hidden: new Map(),
    pre: new Map(),
  }
  try {
    return fn()
  } finally {
    cache = previous
  }
}

type TreeRoot = Document | ShadowRoot | DocumentFragment

function treeRootOf(node: Node): TreeRoot {
  const root = node.getRootNode?.() as TreeRoot | undefined
  return root ?? (node.ownerDocument as Document)
}

function scanHosts(root: ParentNode): Element[] {
  const hosts: Element[] = []
  const all = root.querySelectorAll("*")
  for (let i = 0; i < all.length; i++) if (all[i].shadowRoot) hosts.push(all[i])
  return hosts
}

/** Elements with an open shadow root under `root` (not descending into those roots). */
function shadowHosts(root: QueryRoot): Element[] {
  if (!cache) return scanHosts(root)
  if (!isElement(root)) {
    let hosts = cache.hosts.get(root)
    if (!hosts) {
      hosts = scanHosts(root)
      cache.hosts.set(root, hosts)
    }
    return hosts
  }
  const tree = shadowHosts(treeRootOf(root))
  return tree.length === 0 ? tree : tree.filter((host) => host !== root && root.contains(host))
}

/** Position of each element of a tree in document order (cached per extraction). */
function orderIndex(root: Node): Map<Element, number> | undefined {
  if (!cache) return undefined
  const tree = treeRootOf(root)
  let index = cache.order.get(tree)
  if (!index) {
    index = new Map()
    const all = tree.querySelectorAll("*")
    for (let i = 0; i < all.length; i++) index.set(all[i], i)
    cache.order.set(tree, index)
  }
  return index
}

function safeQueryAll(root: QueryRoot, selector: string): Element[] | undefined {
  try {
    return Array.from(root.querySelectorAll(selector))
  } catch {
    return undefined
  }
}

function collect(root: QueryRoot, selector: string, out: Element[]): boolean {
  if (isElement(root) && root.shadowRoot) collect(root.shadowRoot, selector, out)
  const matches = safeQueryAll(root, selector)
  if (!matches) return false
  const hosts = shadowHosts(root)
  if (hosts.length === 0) {
    for (const match of matches) out.push(match)
    return true
  }
  const index = orderIndex(root)
  const before = index
    ? (a: Element, host: Element) => (index.get(a) ?? 0) <= (index.get(host) ?? 0)
    : (a: Element, host: Element) => a === host || !!(host.compareDocumentPosition(a) & 2) // PRECEDING
  let i = 0
  for (const host of hosts) {
    // Light-DOM matches before the host (and the host itself) come first, then its shadow tree.
    while (i < matches.length && before(matches[i], host)) out.push(matches[i++])
    collect(host.shadowRoot as ShadowRoot, selector, out)
  }
  while (i < matches.length) out.push(matches[i++])
  return true
}

/**
 * `querySelectorAll` that also searches open shadow roots, recursively, in document order
 * (a host's shadow content comes right after the host). Invalid selectors give [].
 */
export function deepQuerySelectorAll<E extends Element = Element>(
  root: QueryRoot,
  selector: string,
): E[] {
  const memo = cache?.queries
  let byRoot = memo?.get(root)
  const known = byRoot?.get(selector)
  if (known) return known.slice() as E[]
  const out: Element[] = []
  collect(root, selector, out)
  if (memo) {
    if (!byRoot) {
      byRoot = new Map()
      memo.set(root, byRoot)
    }
    byRoot.set(selector, out.slice())
  }
  return out as E[]
}

export function deepQuerySelector<E extends Element = Element>(
  root: QueryRoot,
  selector: string,
): E | null {
  const direct = safeQueryAll(root, selector)
  if (direct?.length) return direct[0] as E
  return (deepQuerySelectorAll<E>(root, selector)[0] as E | undefined) ?? null
}

/** `el.matches(selector)`, false for invalid selectors. */
export function matchesSafe(el: Element, selector: string): boolean {
  try {
    return el.matches(selector)
  } catch {
    return false
  }
}

/**
 * Matches of a fallback list, grouped by selector, found in one deep pass (the list joined). An
 * invalid selector in the list makes the joined query fail: then each is queried alone.
 */
export function queryEach<E extends Element = Element>(
  root: QueryRoot,
  selectors: readonly string[],
  /** Elements already found with a joined list that includes these selectors. */
  pool?: readonly E[],
): E[][] {
  if (pool) return selectors.map((selector) => pool.filter((el) => matchesSafe(el, selector)))
  const all = deepQuerySelectorAll<E>(root, selectors.join(", "))
  if (all.length === 0 && selectors.length > 1) {
    const valid = selectors.filter((selector) => safeQueryAll(root, selector) !== undefined)
    if (valid.length !== selectors.length)
      return selectors.map((s) => (valid.includes(s) ? deepQuerySelectorAll<E>(root, s) : []))
  }
  if (selectors.length === 1) return [all]
  return selectors.map((selector) => all.filter((el) => matchesSafe(el, selector)))
}

/** The matches of the first selector of a fallback list that matches anything. */
export function queryFirst<E extends Element = Element>(
  root: QueryRoot,
  selectors: readonly string[],
): E[] {
  for (const found of queryEach<E>(root, selectors)) if (found.length > 0) return found
  return []
}

// ---------------------------------------------------------------------------------------------
// Visibility

const SKIPPED_TAGS = new Set([
  "template",
  "script",
  "style",
  "noscript",
  "head",
  "title",
  "meta",
  "link",
  "textarea",
  "input",
  "select",
  "svg",
  "canvas",
  "iframe",
  "object",
])

/** Hidden by markup alone: attributes and inline style. Cheap enough for every node. */
export function isHiddenByMarkup(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true
  if (!el.hasAttributes()) return false
  if (el.hasAttribute("hidden")) return true
  if (el.getAttribute("aria-hidden") === "true") return true
  if (el.hasAttribute("style")) {
    const style = (el as HTMLElement).style
    if (style) {
      const display = style.display
      const visibility = style.visibility
      if (display === "none" || visibility === "hidden" || visibility === "collapse") return true
    }
  }
  return false
}

function styleKey(el: Element): string {
  return `${el.localName}|${el.getAttribute("class") ?? ""}|${el.getAttribute("style") ?? ""}`
}

/**
 * Hidden by markup or by the computed style (stylesheets). Use on containers, not every node.
 * Uses `checkVisibility` where the browser has it (it also sees hidden ancestors); elsewhere the
 * computed style, remembered per tag and class during one extraction.
 */
export function isHidden(el: Element): boolean {
  if (isHiddenByMarkup(el)) return true
  try {
    const check = (el as Element & { checkVisibility?: (options?: object) => boolean })
      .checkVisibility
    if (typeof check === "function") {
      if (check.call(el, { visibilityProperty: true })) return false
      // display: contents has no box of its own: its parent decides.
      const display = el.ownerDocument?.defaultView?.getComputedStyle(el).display
      const parent = parentElementDeep(el)
      return display === "contents" && parent ? isHidden(parent) : true
    }
    const key = cache ? styleKey(el) : undefined
    const known = key !== undefined ? cache?.hidden.get(key) : undefined
    if (known !== undefined) return known
    const style = el.ownerDocument?.defaultView?.getComputedStyle(el)
    const hidden =
      !!style &&
      (style.display === "none" || style.visibility === "hidden" || style.visibility === "collapse")
    if (key !== undefined) cache?.hidden.set(key, hidden)
    return hidden
  } catch {
    // Detached or foreign node: treat as visible.
    return false
  }
}

/** The element's computed white-space keeps line breaks (pre, pre-wrap, pre-line, break-spaces). */
function keepsNewlines(el: Element): boolean {
  const key = cache ? styleKey(el) : undefined
  const known = key !== undefined ? cache?.pre.get(key) : undefined
  if (known !== undefined) return known
  let pre = false
  try {
    const ws = el.ownerDocument?.defaultView?.getComputedStyle(el).whiteSpace ?? ""
    pre = ws.startsWith("pre") || ws === "break-spaces"
  } catch {
    pre = false
  }
  if (key !== undefined) cache?.pre.set(key, pre)
  return pre
}

// ---------------------------------------------------------------------------------------------
// Text

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
  "caption",
])
const PARAGRAPH_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"])
const CELL_TAGS = new Set(["td", "th"])

export interface TextOptions {
  /** Keep line breaks (block elements, <br>, paragraphs); otherwise one line. */
  multiline?: boolean
  /**
   * Also check the computed style of the starting element (not of every descendant): hidden
   * ("hidden and white-space") or only its white-space ("white-space", for an element whose
   * container was already checked).
   */
  computed?: boolean | "white-space"
  /** Subtrees to leave out (for example a message header when reading its body). */
  skip?: (el: Element) => boolean
}

type Chunk = string | number // number: required line breaks

function pushBreak(out: Chunk[], count: number): void {
  const last = out[out.length - 1]
  if (typeof last === "number") out[out.length - 1] = Math.max(last, count)
  else out.push(count)
}

function walkText(node: Node, out: Chunk[], pre: boolean, options: TextOptions): void {
  if (node.nodeType === TEXT_NODE) {
    const data = (node as Text).data
    out.push(pre ? data : data.replace(/[ \t\n\r\f]+/g, " "))
    return
  }
  if (node.nodeType === DOCUMENT_FRAGMENT_NODE) {
    for (let child = node.firstChild; child; child = child.nextSibling)
      walkText(child, out, pre, options)
    return
  }
  if (!isElement(node)) return
  const el = node
  if (isHiddenByMarkup(el) || options.skip?.(el)) return
  const tag = el.localName
  if (tag === "br") {
    out.push("\n")
    return
  }
  const breaks = PARAGRAPH_TAGS.has(tag) ? 2 : BLOCK_TAGS.has(tag) ? 1 : 0
  if (breaks) pushBreak(out, breaks)
  let childPre = pre || tag === "pre"
  if (!childPre && el.hasAttributes() && el.hasAttribute("style")) {
    const ws = (el as HTMLElement).style?.whiteSpace ?? ""
    if (ws.startsWith("pre") || ws === "break-spaces") childPre = true
  }
  if (tag === "slot") {
    const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? []
    if (assigned.length > 0) {
      for (const child of assigned) walkText(child, out, childPre, options)
      return
    }
  }
  const source: Node = el.shadowRoot ?? el
  for (let child = source.firstChild; child; child = child.nextSibling)
    walkText(child, out, childPre, options)
  if (CELL_TAGS.has(tag)) out.push(" ")
  if (breaks) pushBreak(out, breaks)
}

const NON_ASCII = /[^\t\n\r -~]/
const EXOTIC_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g

/** Removes invisible characters, turns exotic spaces into spaces and collapses runs of spaces. */
export function cleanText(text: string, multiline = false): string {
  let s = text
  // Most text is plain: only run the Unicode clean-up when something outside ASCII is present.
  if (NON_ASCII.test(s)) s = stripInvisible(s).replace(EXOTIC_SPACES, " ")
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n")
  if (!multiline || !s.includes("\n")) return s.replace(/\s+/g, " ").trim()
  return s
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
}

/**
 * The text a reader sees in `node`: hidden content skipped (hidden, aria-hidden, inline
 * display:none / visibility:hidden, template/script/style), open shadow roots and slots followed,
 * invisible Unicode removed, whitespace normalised. Multiline keeps paragraph breaks (at most one
 * blank line in a row).
 */
export function visibleText(node: Node | null | undefined, options: TextOptions = {}): string {
  if (!node) return ""
  try {
    if (isElement(node) && options.computed === true && isHidden(node)) return ""
    const out: Chunk[] = []
    const pre = isElement(node) && options.computed ? keepsNewlines(node) : false
    walkText(node, out, pre, options)
    let text = ""
    let pending = 0
    for (const chunk of out) {
      if (typeof chunk === "number") {
        pending = Math.max(pending, chunk)
        continue
      }
      if (!chunk) continue
      if (pending && text) text += "\n".repeat(pending)
      pending = 0
      text += chunk
    }
    return cleanText(text, options.multiline)
  } catch {
    return ""
  }
}

// ---------------------------------------------------------------------------------------------
// Labels

/** Normalised form of a label for comparison: no trailing colon, lower case, single spaces. */
export function normalizeLabel(text: string): string {
  return cleanText(text.normalize("NFKC"))
    .toLowerCase()
    .replace(/\s*[:：]\s*$/, "")
    .trim()
}

export interface LabeledValue {
  /** The node holding the label text (a text node or the element around it). */
  label: Node
  /** The value's text, already cleaned. */
  text: string
  /** The element the value was read from, when it is its own element. */
  element?: Element
}

export interface LabelOptions {
  skip?: (el: Element) => boolean
  /** Stop after this many matches (default 20). */
  limit?: number
}

function siblingValue(
  start: Node,
  options: LabelOptions,
): { text: string; element?: Element } | undefined {
  let cur: Node = start
  for (let depth = 0; depth < 4; depth++) {
    for (let sib = cur.nextSibling; sib; sib = sib.nextSibling) {
      if (isElement(sib) && (isHiddenByMarkup(sib) || options.skip?.(sib))) continue
      if (!isElement(sib) && sib.nodeType !== TEXT_NODE) continue
      const raw = isElement(sib)
        ? visibleText(sib, { skip: options.skip })
        : cleanText((sib as Text).data)
      const text = raw.replace(/^[:：]\s*/, "").trim()
      if (text) return { text, element: isElement(sib) ? sib : undefined }
    }
    // Climb only while the label stands alone in its parent (a label cell next to a value cell).
    const parent = parentAcrossShadow(cur)
    if (!isElement(parent)) return undefined
    for (let sib = parent.shadowRoot ? null : parent.firstChild; sib; sib = sib.nextSibling) {
      if (sib === cur) continue
      if (isElement(sib) && isHiddenByMarkup(sib)) continue
      const text = isElement(sib) ? visibleText(sib) : cleanText(sib.textContent ?? "")
      if (text) return undefined
    }
    cur = parent
  }
  return undefined
}

/**
 * Finds labels (any of `labels`, compared case-insensitively without trailing colons) under
 * `root`, through shadow roots, and reads the value next to each: the rest of the same text
 * ("Order ID: 123"), the next sibling with text, or the cell next to the label's cell.
 */
export function findLabeled(
  root: QueryRoot | null | undefined,
  labels: readonly string[],
  options: LabelOptions = {},
): LabeledValue[] {
  return findLabeledGroups(root, { labels }, options).labels ?? []
}

/**
 * `findLabeled` for several facts at once (one walk of the tree): group name -> label texts in,
 * group name -> labelled values out.
 */
export function findLabeledGroups<K extends string>(
  root: QueryRoot | null | undefined,
  groups: Record<K, readonly string[]>,
  options: LabelOptions = {},
): Partial<Record<K, LabeledValue[]>> {
  const results: Partial<Record<K, LabeledValue[]>> = {}
  if (!root) return results
  const exact = new Map<string, K[]>()
  const prefixes: [string, K][] = []
  for (const group of Object.keys(groups) as K[]) {
    for (const label of groups[group]) {
      const key = normalizeLabel(label)
      if (!key) continue
      const list = exact.get(key)
      if (list) list.push(group)
      else exact.set(key, [group])
      prefixes.push([key, group])
    }
  }
  // Longest labels first: "order total" before "order".
  prefixes.sort((a, b) => b[0].length - a[0].length)
  const limit = options.limit ?? 20
  const add = (group: K, value: LabeledValue) => {
    const list = results[group]
    if (!list) results[group] = [value]
    else if (list.length < limit) list.push(value)
  }
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const raw = (node as Text).data
      if (raw.length > 300 || !raw.trim()) return
      const text = normalizeLabel(raw)
      const exactGroups = exact.get(text)
      if (exactGroups) {
        // A label alone in its element: look for the value next to that element.
        const parent = node.parentNode
        const onlyChild =
          isElement(parent) &&
          Array.from(parent.childNodes).every((c) => c === node || !(c.textContent ?? "").trim())
        const labelNode = onlyChild && parent ? parent : node
        const value = siblingValue(labelNode, options)
        if (value) for (const group of exactGroups) add(group, { label: labelNode, ...value })
        return
      }
      if (!/[:：]/.test(raw)) return
      // "Label: value", possibly several in one line ("ASIN: B0… · SKU: AB-1").
      const segments = cleanText(raw.normalize("NFKC")).split(/\s+[·•|]\s+/)
      for (const segment of segments) {
        const lower = segment.toLowerCase()
        for (const [label, group] of prefixes) {
          if (!lower.startsWith(label)) continue
          const rest = segment.slice(label.length)
          const m = /^\s*[:：]\s*(.+)$/.exec(rest)
          if (m) {
            add(group, { label: node, text: m[1].trim() })
            break
          }
          if (segments.length === 1 && /^\s*[:：]\s*$/.test(rest)) {
            const value = siblingValue(node, options)
            if (value) add(group, { label: node, ...value })
            break
          }
        }
      }
      return
    }
    if (isElement(node)) {
      if (isHiddenByMarkup(node) || options.skip?.(node)) return
      if (node.shadowRoot) visit(node.shadowRoot)
      else if (node.localName === "slot") return
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child)
  }
  try {
    visit(root)
  } catch {
    // Odd page: what was found so far stands.
  }
  return results
}

/** The first labelled value that passes `accept` (for example an order-id pattern). */
export function labeledText(
  root: QueryRoot | null | undefined,
  labels: readonly string[],
  accept: (text: string) => boolean = () => true,
  options: LabelOptions = {},
): string | undefined {
  for (const found of findLabeled(root, labels, options)) if (accept(found.text)) return found.text
  return undefined
}
