/**
 * What the intent model sees of a message: stemmed words and word pairs (meaning), letter
 * four-grams (typos and word forms the stemmer misses), the multilingual cue phrases, and again
 * the words of the buyer's questions, which is where a long story usually says what it wants.
 */
import { cuedIntents } from "~suggest/intent-cues"
import { matchableText, ownWords, wordsOf } from "~suggest/message-text"
import { stem } from "~suggest/stem"

const GRAM = 4
/** Enough to read any request; keeps a 20,000-character message as fast as a short one. */
const MAX_WORDS = 300

function letterGrams(word: string, into: Set<string>): void {
  const padded = `_${word}_`
  for (let start = 0; start + GRAM <= padded.length; start++) {
    into.add(`c:${padded.slice(start, start + GRAM)}`)
  }
}

/** The features of the buyer's own words in a message; `language` picks the stemmer. */
export function intentFeatures(text: string, language: string | undefined): string[] {
  const own = ownWords(text)
  const matchable = matchableText(own)
  const features = new Set<string>()
  for (const intent of cuedIntents(matchable)) features.add(`q:${intent}`)
  const words = wordsOf(matchable).slice(0, MAX_WORDS)
  let previous = "^"
  for (const word of words) {
    const token = /^\p{N}+$/u.test(word) ? "#" : stem(word, language)
    features.add(`w:${token}`)
    features.add(`b:${previous}_${token}`)
    if (token !== "#") letterGrams(word, features)
    previous = token
  }
  if (words.length > 0) features.add(`b:${previous}_$`)
  features.add(`n:${Math.min(words.length, 40) >> 3}`)
  for (const word of questionWords(own).slice(0, MAX_WORDS)) {
    if (!/^\p{N}+$/u.test(word)) features.add(`x:${stem(word, language)}`)
  }
  return [...features]
}

/**
 * A question word (accents folded) among a sentence's first three words makes it a question even
 * when the buyer typed no question mark, as they often do not.
 */
const OPENS_AS_QUESTION =
  /^(?:\S+ ){0,2}(?:where|when|why|how|what|which|any|donde|cuando|como|cual|cuanto|cuanta|wo|wann|wie|warum|wieso|welche|welcher|ou|quand|comment|pourquoi|quel|quelle|combien|dove|quando|come|perche|quale|quanto)\b/

/** The words of the buyer's questions. */
function questionWords(own: string): string[] {
  return own
    .split(/(?<=[.!?\n])/)
    .map((sentence) => ({ asked: sentence.includes("?"), words: matchableText(sentence) }))
    .filter(({ asked, words }) => asked || OPENS_AS_QUESTION.test(words))
    .flatMap(({ words }) => wordsOf(words))
}
