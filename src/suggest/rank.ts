/**
 * Orders the library for one conversation. Each signal adds an explainable amount: the intents read
 * in the buyer's latest message, words shared with it (BM25), the order's state, the buyer's
 * language, pins and how the agent has used each template before. While the agent types a search,
 * the search's own relevance leads and the same signals break ties.
 */
import { orderState } from "~context/facts"
import type { OrderState, PageContext } from "~context/schema"
import type { Intent, Template } from "~templates/schema"
import type { ScoredIntent } from "./intent-model"
import type { LibraryIndex } from "./search"

/** How the agent has treated a template's suggestions so far. */
export interface TemplateUsage {
  inserted: number
  /** Inserted, then mostly rewritten before sending. */
  edited: number
  /** Shown above the one the agent chose. */
  ignored: number
}

export interface RankInput {
  templates: readonly Template[]
  index: LibraryIndex
  context?: PageContext
  /** The buyer's latest message as read by `readBuyerMessage`. */
  intents: ScoredIntent[]
  buyerLanguage?: string
  /** The words of the buyer's latest message, for text similarity. */
  buyerText: string
  /** What the agent typed into the sidebar's search box. */
  query: string
  /** The seller's reply languages, most preferred first. */
  languages: string[]
  usage: ReadonlyMap<string, TemplateUsage>
  limit: number
}

/** Why a template was suggested; the sidebar words it in the agent's language. */
export type RankReason =
  | { kind: "intent"; intent: Intent }
  | { kind: "orderState"; state: OrderState }
  | { kind: "language"; language: string }
  | { kind: "pinned" }
  | { kind: "used"; count: number }

export interface RankedTemplate {
  template: Template
  score: number
  reasons: RankReason[]
}

/**
 * Points per signal. Pins come first: a pinned reply is the agent's own choice of what to see on
 * top. Among the rest, intent and state lead; text similarity refines within an intent.
 */
const WEIGHT = {
  intent: 40,
  similarity: 15,
  stateMatch: 20,
  stateMismatch: -30,
  buyerLanguage: 14,
  preferredLanguage: 8,
  pinned: 100,
  insertedEach: 1,
  insertedMax: 10,
  editedEach: -2,
  ignoredEach: -0.5,
  usagePenaltyMax: -10,
  search: 100,
} as const

/**
 * A search ranks at most this many of its best matches: beyond them, relevance is too low for the
 * other signals to lift a template into the list, and scoring thousands per keystroke is not free.
 */
const SEARCH_CANDIDATES = 200

/** An intent read with less confidence than this is not named as a reason. */
const REASON_CONFIDENCE = 0.3

function intentScore(template: Template, intents: ScoredIntent[]) {
  let best: ScoredIntent | undefined
  for (const scored of intents) {
    if (template.intents.includes(scored.id) && scored.confidence > (best?.confidence ?? 0)) {
      best = scored
    }
  }
  return best
}

/**
 * A template's score for this conversation. Reasons are only worded for the few templates shown,
 * so the scoring pass over a large library collects them only when asked (`reasons`).
 */
function scoreTemplate(
  template: Template,
  input: RankInput,
  state: OrderState | undefined,
  similarity: number,
  reasons?: RankReason[],
): number {
  let score = similarity * WEIGHT.similarity

  const intent = intentScore(template, input.intents)
  if (intent && intent.id !== "other") {
    score += intent.confidence * WEIGHT.intent
    if (intent.confidence >= REASON_CONFIDENCE) reasons?.push({ kind: "intent", intent: intent.id })
  }

  if (template.orderStates.length > 0 && state) {
    if (template.orderStates.includes(state)) {
      score += WEIGHT.stateMatch
      reasons?.push({ kind: "orderState", state })
    } else {
      score += WEIGHT.stateMismatch
    }
  }

  if (input.buyerLanguage && template.language === input.buyerLanguage) {
    score += WEIGHT.buyerLanguage
    reasons?.push({ kind: "language", language: template.language })
  } else {
    const preference = input.languages.indexOf(template.language)
    if (preference >= 0) score += Math.max(0, WEIGHT.preferredLanguage - preference * 4)
  }

  if (template.pinned) {
    score += WEIGHT.pinned
    reasons?.push({ kind: "pinned" })
  }

  const usage = input.usage.get(template.id)
  if (usage) {
    score += Math.min(usage.inserted * WEIGHT.insertedEach, WEIGHT.insertedMax)
    score += Math.max(
      usage.edited * WEIGHT.editedEach + usage.ignored * WEIGHT.ignoredEach,
      WEIGHT.usagePenaltyMax,
    )
    if (usage.inserted > 0) reasons?.push({ kind: "used", count: usage.inserted })
  }
  return score
}

interface Candidate {
  template: Template
  score: number
  similarity: number
}

function byScore(a: Candidate, b: Candidate): number {
  if (b.score !== a.score) return b.score - a.score
  return a.template.title < b.template.title ? -1 : a.template.title > b.template.title ? 1 : 0
}

/** The `limit` best candidates, best first, without sorting the whole library. */
function best(candidates: Iterable<Candidate>, limit: number): Candidate[] {
  const top: Candidate[] = []
  for (const candidate of candidates) {
    if (top.length === limit && byScore(candidate, top[limit - 1]) >= 0) continue
    let at = top.length
    while (at > 0 && byScore(candidate, top[at - 1]) < 0) at--
    top.splice(at, 0, candidate)
    if (top.length > limit) top.pop()
  }
  return top
}

export function rankTemplates(input: RankInput): RankedTemplate[] {
  const site = input.context?.marketplace.site
  const state = orderState(input.context?.order)
  const fitsSite = (template: Template) =>
    !site || template.sites.length === 0 || template.sites.includes(site)
  const similarity = input.index.similarToMessage(input.buyerText, input.buyerLanguage)
  const candidate = (template: Template, bonus = 0): Candidate => {
    const shared = similarity.get(template.id) ?? 0
    const score = scoreTemplate(template, input, state, shared) + bonus
    return { template, similarity: shared, score }
  }

  const relevance = input.query.trim() ? input.index.searchAsTyped(input.query) : undefined
  let chosen: Candidate[]
  if (relevance) {
    // A search covers the whole library, every language: relevance first.
    const byId = new Map(input.templates.map((template) => [template.id, template]))
    const top = relevance[0]?.score ?? 0
    const found = relevance.slice(0, SEARCH_CANDIDATES).flatMap(({ id, score }) => {
      const template = byId.get(id)
      if (!template || !fitsSite(template)) return []
      return [candidate(template, (score / top) * WEIGHT.search)]
    })
    chosen = best(found, input.limit)
  } else {
    // Each reply once, in the best of its languages.
    const bestOfGroup = new Map<string, Candidate>()
    for (const template of input.templates) {
      if (!fitsSite(template)) continue
      const scored = candidate(template)
      const groupBest = bestOfGroup.get(template.groupId)
      if (!groupBest || byScore(scored, groupBest) < 0) bestOfGroup.set(template.groupId, scored)
    }
    chosen = best(bestOfGroup.values(), input.limit)
  }
  return chosen.map(({ template, score, similarity: shared }) => {
    const reasons: RankReason[] = []
    scoreTemplate(template, input, state, shared, reasons)
    return { template, score, reasons }
  })
}

/** The seller's reply languages, led by the marketplace's own language when the seller uses it. */
export function preferredLanguages(replyLanguages: string[], context?: PageContext): string[] {
  const pageLanguage = context?.marketplace.locale?.slice(0, 2).toLowerCase()
  const ordered = pageLanguage && replyLanguages.includes(pageLanguage) ? [pageLanguage] : []
  return [...new Set([...ordered, ...replyLanguages])]
}
