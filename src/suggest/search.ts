/**
 * Full-text search over the template library (MiniSearch: BM25, prefix and typo-tolerant
 * matching). Templates are indexed as stems of their own language; a query, whose language is
 * unknown while the agent types, is stemmed in every supported language.
 */
import MiniSearch from "minisearch"
import type { Template } from "~templates/schema"
import { matchableText, wordsOf } from "./message-text"
import { stem, stemsInAnyLanguage } from "./stem"

/** Liquid tags and output are markup, not words the buyer or the agent would search for. */
const LIQUID = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g
/** Enough of a buyer's message to find what it is about, without scoring a pasted essay. */
const MAX_MESSAGE_TERMS = 40
/** Words every reply and message has; they would match everything and say nothing. */
const TOO_SHORT = 2

type SearchField = "title" | "tags" | "folder" | "body"

function stemmedText(text: string, language: string): string {
  return wordsOf(matchableText(text))
    .map((word) => stem(word, language))
    .join(" ")
}

function fieldText(template: Template, field: SearchField): string {
  switch (field) {
    case "title":
      return stemmedText(template.title, template.language)
    case "tags":
      return stemmedText(template.tags.join(" "), template.language)
    case "folder":
      return stemmedText(template.folder ?? "", template.language)
    case "body":
      return stemmedText(template.body.replace(LIQUID, " "), template.language)
  }
}

function queryTerms(term: string): string[] {
  const [word] = wordsOf(matchableText(term))
  return word ? stemsInAnyLanguage(word) : []
}

/** Edits forgiven in a typed word: none in short words, where one edit makes another word. */
function typoAllowance(term: string): number | false {
  if (term.length >= 5) return 2
  return term.length >= 3 ? 1 : false
}

export interface SearchHit {
  id: string
  /** BM25 score; only comparable within one search. */
  score: number
}

export class LibraryIndex {
  private readonly index: MiniSearch<Template>

  constructor(templates: readonly Template[]) {
    this.index = new MiniSearch<Template>({
      fields: ["title", "tags", "folder", "body"],
      extractField: (template, field) =>
        field === "id" ? template.id : fieldText(template, field as SearchField),
      // Fields arrive stemmed and lower-cased already.
      processTerm: (term) => term,
      searchOptions: { processTerm: queryTerms },
    })
    this.index.addAll(templates as Template[])
  }

  /**
   * What the agent typed: every word must match (as a prefix, or with a typo) in one of its
   * languages' stems. MiniSearch's own AND would demand every stem of a word, so words are
   * searched one by one and their hits intersected.
   */
  searchAsTyped(query: string): SearchHit[] {
    let found: Map<string, number> | undefined
    for (const word of new Set(wordsOf(matchableText(query)))) {
      const hits = this.index.search(word, {
        boost: { title: 3, tags: 2, folder: 1.5 },
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

  /** Templates that share words with a buyer's message, BM25-scored. */
  similarToMessage(message: string): SearchHit[] {
    const words = [
      ...new Set(wordsOf(matchableText(message)).filter((word) => word.length > TOO_SHORT)),
    ]
    if (words.length === 0) return []
    return this.index.search(words.slice(0, MAX_MESSAGE_TERMS).join(" "), {
      boost: { title: 2, tags: 2 },
      combineWith: "OR",
    })
  }
}
