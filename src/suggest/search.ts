/**
 * Full-text search over the template library. Templates are read once, as stems of their own
 * language: MiniSearch (prefix and typo-tolerant matching, BM25) answers what the agent types, and
 * a small inverted index over the same stems scores every template against the buyer's message,
 * which has too many words for a search engine's per-keystroke query path.
 */
import MiniSearch from "minisearch"
import type { Template } from "~templates/schema"
import { matchableText, wordsOf } from "./message-text"
import { stem, stemsInAnyLanguage } from "./stem"

/** Liquid tags and output are markup, not words the buyer or the agent would search for. */
const LIQUID = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g
/** Enough of a buyer's message to find what it is about, without scoring a pasted essay. */
const MAX_MESSAGE_WORDS = 60
/** Words in more than this share of the library ("the", "order") say nothing about a reply. */
const COMMON_WORD_SHARE = 0.3
/** Typed words shorter than this wait for the next keystroke: one letter matches everything. */
const MIN_TYPED_LENGTH = 2
/** Words this short are looked for in titles and tags only: in bodies they begin every word. */
const SHORT_TYPED_LENGTH = 2
/** BM25's usual constants. */
const K1 = 1.2
const B = 0.75

function stemsOf(text: string, language: string): string[] {
  return wordsOf(matchableText(text)).map((word) => stem(word, language))
}

/** Edits forgiven in a typed word: none in short words, where one edit makes another word. */
function typoAllowance(term: string): number | false {
  if (term.length >= 5) return 2
  return term.length >= 4 ? 1 : false
}

export interface SearchHit {
  id: string
  /** Relevance; only comparable within one search. */
  score: number
}

interface Postings {
  templates: number[]
  counts: number[]
}

export class LibraryIndex {
  private readonly search: MiniSearch<{ id: string; heading: string; body: string }>
  private readonly ids: string[]
  private readonly postings = new Map<string, Postings>()
  private readonly lengths: Float64Array
  private readonly averageLength: number

  constructor(templates: readonly Template[]) {
    this.ids = templates.map((template) => template.id)
    this.lengths = new Float64Array(templates.length)
    const documents = templates.map((template, position) => {
      const heading = stemsOf(
        `${template.title} ${template.tags.join(" ")} ${template.folder ?? ""}`,
        template.language,
      )
      const body = stemsOf(template.body.replace(LIQUID, " "), template.language)
      this.addPostings(position, [...heading, ...heading, ...body])
      return { id: template.id, heading: heading.join(" "), body: body.join(" ") }
    })
    let total = 0
    for (const length of this.lengths) total += length
    this.averageLength = total / Math.max(1, templates.length)
    this.search = new MiniSearch({
      fields: ["heading", "body"],
      // Fields arrive stemmed and lower-cased already; typed words get every language's stem.
      tokenize: (text) => text.split(" "),
      processTerm: (term) => term || null,
      searchOptions: {
        processTerm: (term) => {
          const [word] = wordsOf(matchableText(term))
          return word ? stemsInAnyLanguage(word) : null
        },
      },
    })
    this.search.addAll(documents)
  }

  private addPostings(position: number, stems: string[]) {
    const counts = new Map<string, number>()
    for (const term of stems) counts.set(term, (counts.get(term) ?? 0) + 1)
    for (const [term, count] of counts) {
      let postings = this.postings.get(term)
      if (!postings) {
        postings = { templates: [], counts: [] }
        this.postings.set(term, postings)
      }
      postings.templates.push(position)
      postings.counts.push(count)
    }
    this.lengths[position] = stems.length
  }

  /**
   * What the agent typed: every word must match (as a prefix, or with a typo) in one of its
   * languages' stems. MiniSearch's own AND would demand every stem of a word, so words are
   * searched one by one and their hits intersected. Undefined while nothing searchable is typed.
   */
  searchAsTyped(query: string): SearchHit[] | undefined {
    const typed = [...new Set(wordsOf(matchableText(query)))].filter(
      (word) => word.length >= MIN_TYPED_LENGTH,
    )
    if (typed.length === 0) return undefined
    // Next to longer words, "de", "my" or "is" filter nothing and cost the most.
    const selective = typed.some((word) => word.length > SHORT_TYPED_LENGTH)
      ? typed.filter((word) => word.length > SHORT_TYPED_LENGTH)
      : typed
    let found: Map<string, number> | undefined
    for (const word of selective.sort((a, b) => b.length - a.length)) {
      const hits = this.search.search(word, {
        fields: word.length <= SHORT_TYPED_LENGTH ? ["heading"] : ["heading", "body"],
        boost: { heading: 3 },
        combineWith: "OR",
        prefix: true,
        fuzzy: typoAllowance,
      })
      const next = new Map<string, number>()
      for (const { id, score } of hits) {
        if (!found || found.has(id)) next.set(id, (found?.get(id) ?? 0) + score)
      }
      found = next
      if (found.size === 0) break
    }
    return [...(found ?? [])]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score)
  }

  /** Every template's BM25 similarity to a buyer's message, scaled so the best is 1. */
  similarToMessage(message: string, language: string | undefined): Map<string, number> {
    const scores = new Float64Array(this.ids.length)
    const stems = new Set<string>()
    for (const word of wordsOf(matchableText(message)).slice(0, MAX_MESSAGE_WORDS)) {
      if (language) stems.add(stem(word, language))
      else for (const candidate of stemsInAnyLanguage(word)) stems.add(candidate)
    }
    const count = this.ids.length
    for (const term of stems) {
      const postings = this.postings.get(term)
      if (!postings || postings.templates.length > count * COMMON_WORD_SHARE) continue
      const frequency = postings.templates.length
      const idf = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5))
      for (let at = 0; at < frequency; at++) {
        const position = postings.templates[at]
        const tf = postings.counts[at]
        const norm = 1 - B + (B * this.lengths[position]) / this.averageLength
        scores[position] += (idf * tf * (K1 + 1)) / (tf + K1 * norm)
      }
    }
    let best = 0
    for (const score of scores) if (score > best) best = score
    const similar = new Map<string, number>()
    if (best === 0) return similar
    scores.forEach((score, position) => {
      if (score > 0) similar.set(this.ids[position], score / best)
    })
    return similar
  }
}
