/**
 * Random, seeded page mutations for robustness tests of the site adapters: the kind of drift a
 * marketplace page goes through between releases (elements gone, classes renamed, attributes
 * dropped, reordered children, text moved into shadow roots, duplicated nodes, stray text).
 *
 * Deterministic: the same document and seed always give the same mutations. No Math.random, no
 * clock. `mutate` changes the document it is given: pass a copy (`cloneWithShadowRoots`,
 * `FixturePage.fresh` in recovery.ts).
 */

export type Random = () => number

/** mulberry32: small, fast, good enough for test inputs. Returns floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a over the parts: a stable 32-bit seed from a base seed, a fixture name, a variant index. */
export function hashSeed(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5
  for (const char of parts.join("\u0000")) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

const randomInt = (random: Random, n: number) => Math.floor(random() * n)
const pick = <T>(random: Random, items: readonly T[]): T => items[randomInt(random, items.length)]

export const MUTATION_KINDS = [
  "remove",
  "rename-class",
  "drop-attribute",
  "shuffle-children",
  "shadow-wrap",
  "duplicate",
  "noise-text",
] as const
export type MutationKind = (typeof MUTATION_KINDS)[number]

export interface Mutation {
  kind: MutationKind
  /** What was changed, readable: `remove div.bsm-message "Hi, my order…"`. */
  description: string
  /** Text inserted by a noise-text mutation. */
  noise?: string
  /** Puts the page back as it was just before this mutation (same nodes, same order). */
  undo: () => void
}

export interface MutationResult {
  document: Document
  mutations: Mutation[]
  /** All mutations, one line. */
  description: string
  /** Text inserted into the page (so comparisons can tell inserted noise from misread facts). */
  noise: string[]
  /**
   * Undoes every mutation, newest first: the document is the one given to `mutate` again, node
   * for node. Much cheaper than a fresh copy of the page for the next variant.
   */
  revert: () => void
}

export interface MutateOptions {
  /** Number of mutations: from `min` to `max` inclusive (default 1 to 3). */
  min?: number
  max?: number
  kinds?: readonly MutationKind[]
}

/** Short UI-like phrases without digits, so they cannot pass for ids, dates or amounts. */
const NOISE = [
  "New",
  "Learn more",
  "Beta",
  "Feedback",
  "Show more",
  "Help",
  "Dismiss",
  "Updated",
  "See all",
  "More actions",
]

/** Elements whose removal or rewrite is not layout drift (styles, scripts, metadata). */
const NOT_CONTENT = new Set(["script", "style", "template", "link", "meta", "title", "noscript"])

const isElementNode = (node: Node): node is Element => node.nodeType === 1

/**
 * Copy of a node that keeps open shadow roots (`cloneNode` drops them). Closed roots cannot be
 * reached from outside and are left out, as they are for any script on the page.
 */
export function cloneWithShadowRoots<T extends Node>(node: T): T {
  if (!isElementNode(node)) return node.cloneNode(false) as T
  if (node.localName === "template") return node.cloneNode(true) as T
  const copy = node.cloneNode(false) as Element
  const root = node.shadowRoot
  if (root) {
    const shadow = copy.attachShadow({ mode: root.mode, delegatesFocus: root.delegatesFocus })
    for (const child of Array.from(root.childNodes)) shadow.appendChild(cloneWithShadowRoots(child))
  }
  for (const child of Array.from(node.childNodes)) copy.appendChild(cloneWithShadowRoots(child))
  return copy as unknown as T
}

/** Every element under `root`, shadow trees included, in a stable order. */
function elementsDeep(root: ParentNode, out: Element[] = []): Element[] {
  const found = root.querySelectorAll("*")
  for (let i = 0; i < found.length; i++) {
    const el = found[i]
    out.push(el)
    if (el.shadowRoot) elementsDeep(el.shadowRoot, out)
  }
  return out
}

function inShadowTree(el: Element): boolean {
  const root = el.getRootNode() as Node
  return root.nodeType === 11 && !!(root as ShadowRoot).host
}

function snippet(text: string | null, max = 32): string {
  const t = (text ?? "").replace(/\s+/g, " ").trim()
  return t.length > max ? `${t.slice(0, max)}…` : t
}

/** `div#id.class1.class2 "text…"` with `(shadow)` when it sits in a shadow tree. */
export function describeElement(el: Element): string {
  let label = el.localName
  if (el.id) label += `#${el.id}`
  const classes = (el.getAttribute("class") ?? "").split(/\s+/).filter(Boolean).slice(0, 2)
  if (classes.length) label += `.${classes.join(".")}`
  for (const attr of Array.from(el.attributes)) {
    if (attr.name.startsWith("data-")) {
      label += `[${attr.name}=${snippet(attr.value, 20)}]`
      break
    }
  }
  if (inShadowTree(el)) label += "(shadow)"
  const text = snippet(el.textContent)
  return text ? `${label} "${text}"` : label
}

const DROPPABLE = /^(?:class|id|role|data-.+|aria-.+)$/

type Apply = (doc: Document, targets: Element[], random: Random, serial: number) => Mutation | null

const MUTATORS: Record<MutationKind, Apply> = {
  remove(_doc, targets, random) {
    if (!targets.length) return null
    const el = pick(random, targets)
    const description = `remove ${describeElement(el)}`
    const parent = el.parentNode!
    const next = el.nextSibling
    el.remove()
    return { kind: "remove", description, undo: () => parent.insertBefore(el, next) }
  },

  "rename-class"(_doc, targets, random) {
    const withClass = targets.filter((el) => (el.getAttribute("class") ?? "").trim())
    if (!withClass.length) return null
    const el = pick(random, withClass)
    const tokens = (el.getAttribute("class") ?? "").split(/\s+/).filter(Boolean)
    const old = pick(random, tokens)
    const renamed = `m${randomInt(random, 36 ** 5).toString(36)}`
    const description = `rename-class ${describeElement(el)}: ${old} -> ${renamed}`
    const before = el.getAttribute("class")!
    el.setAttribute("class", tokens.map((t) => (t === old ? renamed : t)).join(" "))
    return { kind: "rename-class", description, undo: () => el.setAttribute("class", before) }
  },

  "drop-attribute"(_doc, targets, random) {
    const withAttr = targets.filter((el) =>
      Array.from(el.attributes).some((a) => DROPPABLE.test(a.name)),
    )
    if (!withAttr.length) return null
    const el = pick(random, withAttr)
    const names = Array.from(el.attributes)
      .map((a) => a.name)
      .filter((name) => DROPPABLE.test(name))
    const name = pick(random, names)
    const description = `drop-attribute ${describeElement(el)}: ${name}`
    const before = Array.from(el.attributes).map((a) => [a.name, a.value] as const)
    el.removeAttribute(name)
    const undo = () => {
      // Attribute order as it was, not the dropped one appended last.
      for (const [n] of before) el.removeAttribute(n)
      for (const [n, value] of before) el.setAttribute(n, value)
    }
    return { kind: "drop-attribute", description, undo }
  },

  "shuffle-children"(_doc, targets, random) {
    const parents = targets.filter((el) => el.children.length >= 2)
    if (!parents.length) return null
    const el = pick(random, parents)
    const nodes = Array.from(el.childNodes)
    const slots = nodes.flatMap((node, index) => (isElementNode(node) ? [index] : []))
    const order = slots.map((slot) => nodes[slot])
    for (let i = order.length - 1; i > 0; i--) {
      const j = randomInt(random, i + 1)
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    // A shuffle that changes nothing is no mutation: swap the first two instead.
    if (order.every((node, i) => node === nodes[slots[i]]))
      [order[0], order[1]] = [order[1], order[0]]
    slots.forEach((slot, i) => {
      nodes[slot] = order[i]
    })
    const description = `shuffle-children ${describeElement(el)} (${order.length})`
    const before = Array.from(el.childNodes)
    const arrange = (list: Node[]) => {
      for (const node of Array.from(el.childNodes)) node.remove()
      for (const node of list) el.appendChild(node)
    }
    arrange(nodes)
    return { kind: "shuffle-children", description, undo: () => arrange(before) }
  },

  "shadow-wrap"(doc, targets, random, serial) {
    const withText = targets.filter(
      (el) => el.localName !== "textarea" && (el.textContent ?? "").trim() !== "",
    )
    if (!withText.length) return null
    const el = pick(random, withText)
    const host = doc.createElement(`mut-shadow-${serial}`)
    const description = `shadow-wrap ${describeElement(el)} -> <${host.localName}>`
    const shadow = host.attachShadow({ mode: "open" })
    for (const node of Array.from(el.childNodes)) shadow.appendChild(node)
    el.appendChild(host)
    const undo = () => {
      host.remove()
      for (const node of Array.from(shadow.childNodes)) el.appendChild(node)
    }
    return { kind: "shadow-wrap", description, undo }
  },

  duplicate(_doc, targets, random) {
    if (!targets.length) return null
    const el = pick(random, targets)
    const description = `duplicate ${describeElement(el)}`
    const copy = cloneWithShadowRoots(el)
    el.after(copy)
    return { kind: "duplicate", description, undo: () => copy.remove() }
  },

  "noise-text"(doc, targets, random) {
    if (!targets.length) return null
    const el = pick(random, targets)
    const noise = pick(random, NOISE)
    const nodes = Array.from(el.childNodes)
    const at = randomInt(random, nodes.length + 1)
    const text = doc.createTextNode(` ${noise} `)
    el.insertBefore(text, nodes[at] ?? null)
    return {
      kind: "noise-text",
      description: `noise-text ${describeElement(el)} at ${at}: "${noise}"`,
      noise,
      undo: () => text.remove(),
    }
  },
}

/** Content elements a mutation may touch: everything under body (shadow trees included). */
function mutationTargets(doc: Document): Element[] {
  if (!doc.body) return []
  return elementsDeep(doc.body).filter((el) => !NOT_CONTENT.has(el.localName))
}

/**
 * Applies 1 to 3 (by default) random mutations to `doc`, in place, and says what they were.
 * `seed` is a number or a `Random` already seeded.
 */
export function mutate(
  doc: Document,
  seed: number | Random,
  options: MutateOptions = {},
): MutationResult {
  const random = typeof seed === "number" ? mulberry32(seed) : seed
  const kinds = options.kinds ?? MUTATION_KINDS
  const min = options.min ?? 1
  const max = options.max ?? 3
  const count = min + randomInt(random, max - min + 1)
  const mutations: Mutation[] = []
  for (let attempt = 0; mutations.length < count && attempt < count * 10; attempt++) {
    const kind = pick(random, kinds)
    const applied = MUTATORS[kind](doc, mutationTargets(doc), random, mutations.length + 1)
    if (applied) mutations.push(applied)
  }
  return {
    document: doc,
    mutations,
    description: mutations.map((m) => m.description).join("; "),
    noise: mutations.flatMap((m) => (m.noise ? [m.noise] : [])),
    revert: () => {
      for (let i = mutations.length - 1; i >= 0; i--) mutations[i].undo()
    },
  }
}

/** The page as a string, open shadow trees included: to check that a revert restored it. */
export function snapshot(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data
  if (node.nodeType === 8) return `<!--${(node as Comment).data}-->`
  const children = (parent: Node) => Array.from(parent.childNodes).map(snapshot).join("")
  if (!isElementNode(node)) return children(node)
  if (node.localName === "template") return node.outerHTML
  const attrs = Array.from(node.attributes)
    .map((a) => ` ${a.name}="${a.value}"`)
    .join("")
  const shadow = node.shadowRoot ? `<#shadow>${children(node.shadowRoot)}</#shadow>` : ""
  return `<${node.localName}${attrs}>${shadow}${children(node)}</${node.localName}>`
}
