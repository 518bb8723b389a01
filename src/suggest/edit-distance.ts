/**
 * Whether the agent kept an inserted reply or rewrote it: the share of the inserted words still in
 * the reply box, counted as a multiset so that moving sentences around is not "rewriting".
 */
import { matchableText, wordsOf } from "./message-text"

/** Below this share of its words left, an inserted reply counts as heavily edited. */
export const HEAVY_EDIT_RETAINED = 0.5

export function retainedShare(inserted: string, current: string): number {
  const insertedWords = wordsOf(matchableText(inserted))
  if (insertedWords.length === 0) return 1
  const available = new Map<string, number>()
  for (const word of wordsOf(matchableText(current))) {
    available.set(word, (available.get(word) ?? 0) + 1)
  }
  let kept = 0
  for (const word of insertedWords) {
    const left = available.get(word) ?? 0
    if (left > 0) {
      kept++
      available.set(word, left - 1)
    }
  }
  return kept / insertedWords.length
}

export function isHeavilyEdited(inserted: string, current: string): boolean {
  return retainedShare(inserted, current) < HEAVY_EDIT_RETAINED
}
