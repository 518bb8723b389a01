/**
 * A simple, explainable baseline ranking: pins first, then templates that fit the order's state,
 * share words with the buyer's latest message, are in the preferred language and get used.
 */
import { latestBuyerMessage, orderState } from "~context/facts"
import type { OrderState, PageContext } from "~context/schema"
import type { Template } from "~templates/schema"

export interface RankInput {
  templates: Template[]
  context?: PageContext
  /** What the agent typed into the sidebar's search box. */
  query: string
  /** Reply languages, most preferred first. */
  languages: string[]
  insertedCount: ReadonlyMap<string, number>
  limit: number
}

/** Why a template was suggested; the sidebar words it in the agent's language. */
export type RankReason =
  | { kind: "pinned" }
  | { kind: "orderState"; state: OrderState }
  | { kind: "mentions"; words: string[] }
  | { kind: "used"; count: number }

export interface RankedTemplate {
  template: Template
  score: number
  reasons: RankReason[]
}

export function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
}

export function tokens(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []
}

const MIN_MATCH_LENGTH = 4

function searchableText(template: Template): string {
  return normalize(`${template.title} ${template.tags.join(" ")} ${template.folder ?? ""}`)
}

/** Words of at least four letters the buyer's message shares with the template's title or tags. */
function sharedWords(template: Template, messageWords: Set<string>): string[] {
  const words = new Set(tokens(`${template.title} ${template.tags.join(" ")}`))
  return [...words].filter((word) => word.length >= MIN_MATCH_LENGTH && messageWords.has(word))
}

function matchesQuery(template: Template, queryWords: string[]): boolean {
  if (queryWords.length === 0) return true
  const haystack = `${searchableText(template)} ${normalize(template.body)}`
  return queryWords.every((word) => haystack.includes(word))
}

function scoreTemplate(template: Template, input: RankInput, messageWords: Set<string>) {
  const reasons: RankReason[] = []
  let score = 0
  if (template.pinned) {
    score += 100
    reasons.push({ kind: "pinned" })
  }
  const state = orderState(input.context?.order)
  if (template.orderStates.length > 0) {
    if (state && template.orderStates.includes(state)) {
      score += 20
      reasons.push({ kind: "orderState", state })
    } else if (state) {
      score -= 30
    }
  }
  const shared = sharedWords(template, messageWords)
  if (shared.length > 0) {
    score += Math.min(shared.length, 5) * 6
    reasons.push({ kind: "mentions", words: shared.slice(0, 2) })
  }
  const languageRank = input.languages.indexOf(template.language)
  if (languageRank >= 0) score += Math.max(0, 8 - languageRank * 4)
  const used = input.insertedCount.get(template.id) ?? 0
  if (used > 0) {
    score += Math.min(used, 10)
    reasons.push({ kind: "used", count: used })
  }
  return { score, reasons }
}

export function rankTemplates(input: RankInput): RankedTemplate[] {
  const site = input.context?.marketplace.site
  const queryWords = tokens(input.query)
  const messageWords = new Set(tokens(latestBuyerMessage(input.context)?.text ?? ""))
  const ranked = input.templates
    .filter((template) => !site || template.sites.length === 0 || template.sites.includes(site))
    .filter((template) => matchesQuery(template, queryWords))
    .map((template) => ({ template, ...scoreTemplate(template, input, messageWords) }))
    .sort((a, b) => b.score - a.score || a.template.title.localeCompare(b.template.title))

  // Without a search, show each reply once, in the best of its languages.
  const seenGroups = new Set<string>()
  const distinct =
    queryWords.length > 0
      ? ranked
      : ranked.filter(({ template }) => {
          if (seenGroups.has(template.groupId)) return false
          seenGroups.add(template.groupId)
          return true
        })
  return distinct.slice(0, input.limit)
}

/** The seller's reply languages, led by the marketplace's own language when the seller uses it. */
export function preferredLanguages(replyLanguages: string[], context?: PageContext): string[] {
  const pageLanguage = context?.marketplace.locale?.slice(0, 2).toLowerCase()
  const ordered = pageLanguage && replyLanguages.includes(pageLanguage) ? [pageLanguage] : []
  return [...new Set([...ordered, ...replyLanguages])]
}
