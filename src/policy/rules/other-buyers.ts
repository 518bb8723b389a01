/**
 * Other buyers' facts: an order id or a buyer name that the page shows outside the open
 * conversation (the inbox list, `context.page.others`) must never appear in this reply — it is
 * another customer's personal data, usually pasted from the wrong thread.
 */
import type { PageContext } from "~context/schema"
import { normalizeText, prepare } from "../normalize"
import { findingAt, sourceFor } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const OTHER_BUYERS_RULE_ID = "other-buyers"

type Others = NonNullable<PageContext["page"]["others"]>

interface Index {
  /** Other buyers' names (normalised, lower case) by their first word. */
  names: Map<string, string[][]>
  orderIds: string[]
}

const indexes = new WeakMap<Others, Map<string, Index>>()
const words = (text: string): string[] =>
  text.toLowerCase().match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []

/** Built once per `others` object (and current buyer): the inbox list does not change per keystroke. */
function indexFor(context: PageContext, others: Others): Index {
  const self = [context.buyer?.name, context.buyer?.firstName]
    .filter((name): name is string => Boolean(name))
    .map((name) => words(normalizeText(name)).join(" "))
  const key = `${self.join("|")}#${context.order?.id ?? ""}`
  let byKey = indexes.get(others)
  if (!byKey) {
    byKey = new Map()
    indexes.set(others, byKey)
  }
  const cached = byKey.get(key)
  if (cached) return cached
  const names = new Map<string, string[][]>()
  for (const name of others.buyerNames) {
    const parts = words(normalizeText(name))
    const joined = parts.join(" ")
    if (parts.length === 0 || joined.length < 3 || self.includes(joined)) continue
    const list = names.get(parts[0]) ?? []
    list.push(parts)
    names.set(parts[0], list)
  }
  const own = context.order?.id?.trim()
  const orderIds = [...new Set(others.orderIds.map((id) => id.trim()))].filter(
    (id) => id.length >= 6 && id !== own,
  )
  const index = { names, orderIds }
  byKey.set(key, index)
  return index
}

/**
 * Word tokens of normalised text (accents already stripped): Latin, Greek, Cyrillic, CJK and the
 * other letter blocks, without Unicode property lookups (a 20,000-character reply stays fast).
 */
const TOKEN =
  /[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u3040-\u9FFF\uAC00-\uD7AF]+(?:['-][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u3040-\u9FFF\uAC00-\uD7AF]+)*/g

function tokensOf(text: string): RegExpExecArray[] {
  TOKEN.lastIndex = 0
  return [...text.matchAll(TOKEN)]
}

export const otherBuyersRule: PolicyRule = {
  id: OTHER_BUYERS_RULE_ID,
  marketplaces: ["amazon", "ebay"],
  check(input) {
    const others = input.context?.page.others
    if (!input.context || !others) return []
    const prepared = prepare(input.text)
    const text = prepared.text
    const index = indexFor(input.context, others)
    const findings: Finding[] = []
    const add = (start: number, end: number, kind: "order" | "name") =>
      findings.push(
        findingAt(prepared, start, end, {
          rule: OTHER_BUYERS_RULE_ID,
          severity: "block",
          message:
            kind === "order"
              ? {
                  en: "This order number belongs to another buyer's conversation: it must not appear in this reply.",
                  es: "Este número de pedido es de la conversación de otro comprador: no debe aparecer en esta respuesta.",
                }
              : {
                  en: "This is another buyer's name (from the inbox list): it must not appear in this reply.",
                  es: "Este es el nombre de otro comprador (de la bandeja de entrada): no debe aparecer en esta respuesta.",
                },
          source: sourceFor(input.marketplace),
        }),
      )
    const isWordChar = (char: string | undefined) =>
      char !== undefined && /[\p{L}\p{N}]/u.test(char)
    for (const id of index.orderIds) {
      for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
        if (isWordChar(text[at - 1]) || isWordChar(text[at + id.length])) continue
        add(at, at + id.length, "order")
      }
    }
    if (index.names.size > 0) {
      const tokens = tokensOf(text)
      const lower = tokens.map((token) => token[0].toLowerCase())
      for (let i = 0; i < tokens.length; i++) {
        for (const parts of index.names.get(lower[i]) ?? []) {
          if (parts.every((part, offset) => lower[i + offset] === part)) {
            const last = tokens[i + parts.length - 1]
            add(tokens[i].index, last.index + last[0].length, "name")
          }
        }
      }
    }
    return findings
  },
}
