/**
 * Snowball stemmers for the five languages buyers write in. Words are stemmed without accents
 * (buyers often type "devolucion" for "devolución"), so both spellings meet on one stem.
 */
import { stemmer as english } from "@orama/stemmers/english"
import { stemmer as french } from "@orama/stemmers/french"
import { stemmer as german } from "@orama/stemmers/german"
import { stemmer as italian } from "@orama/stemmers/italian"
import { stemmer as spanish } from "@orama/stemmers/spanish"

export const STEMMED_LANGUAGES = ["en", "es", "de", "fr", "it"] as const
export type StemmedLanguage = (typeof STEMMED_LANGUAGES)[number]

const STEMMERS: Record<StemmedLanguage, (word: string) => string> = {
  en: english,
  es: spanish,
  de: german,
  fr: french,
  it: italian,
}

export function isStemmedLanguage(language: string | undefined): language is StemmedLanguage {
  return (STEMMED_LANGUAGES as readonly string[]).includes(language ?? "")
}

/** Stemming is the costly step of reading text; a library repeats the same words many times. */
const MEMO_LIMIT = 50_000
const memo: Record<StemmedLanguage, Map<string, string>> = {
  en: new Map(),
  es: new Map(),
  de: new Map(),
  fr: new Map(),
  it: new Map(),
}

/** The word's stem in one language; words in other languages are returned as they are. */
export function stem(word: string, language: string | undefined): string {
  if (!isStemmedLanguage(language)) return word
  const known = memo[language]
  let stemmed = known.get(word)
  if (stemmed === undefined) {
    stemmed = STEMMERS[language](word)
    if (known.size >= MEMO_LIMIT) known.clear()
    known.set(word, stemmed)
  }
  return stemmed
}

/**
 * The word's stems in every supported language, for text whose language is unknown or mixed
 * (a search query, a message with an English product name in a Spanish sentence).
 */
export function stemsInAnyLanguage(word: string): string[] {
  const stems = new Set<string>()
  for (const language of STEMMED_LANGUAGES) stems.add(stem(word, language))
  return [...stems]
}
