/**
 * The part of a buyer's message that says what they want, in a form that matches across typos,
 * accents and case: quoted earlier replies and phone signatures are cut, length is capped.
 */
import { normalizeText } from "~policy/normalize"

/** Long enough for any real request; a 20,000-character paste is classified by its start. */
export const MAX_CLASSIFIED_CHARS = 2_000

/** Headers that introduce a quoted earlier message, in the languages buyers write in. */
const QUOTE_HEADERS = [
  /^\s*-{2,}\s*(original message|mensaje original|ursprungliche nachricht|message d'origine|messaggio originale)/i,
  /^\s*(on|el|le|il)\b.{0,120}\b(wrote|escribio|a ecrit|ha scritto)\s*:\s*$/i,
  /^\s*am\b.{0,120}\bschrieb\b.{0,80}:\s*$/i,
  /^\s*(from|de|von|da)\s*:.{0,120}$/i,
  /^\s*(in reply to|en respuesta a|als antwort auf|en reponse a|in risposta a)\b/i,
]

/** Lines that end a message without saying anything about it. */
const SIGNATURE_LINES = [
  /^\s*(sent from my|enviado desde mi|von meinem .* gesendet|envoye de mon|inviato da)/i,
  /^\s*(get outlook for)/i,
]

/**
 * Cuts quoted earlier messages and phone signatures; keeps, as written, everything the buyer wrote
 * above them.
 */
export function ownWords(text: string): string {
  const kept: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const plain = normalizeText(line)
    if (QUOTE_HEADERS.some((header) => header.test(plain))) break
    if (SIGNATURE_LINES.some((signature) => signature.test(plain))) break
    if (/^\s*>/.test(plain)) continue
    kept.push(line)
  }
  const own = kept.join("\n").trim()
  return own.length > MAX_CLASSIFIED_CHARS ? own.slice(0, MAX_CLASSIFIED_CHARS) : own
}

/**
 * Lower-cased, accent-free text with punctuation reduced to single spaces (apostrophes kept, so
 * "don't" and "dov'è" stay one word) and letters repeated for emphasis shortened ("pleeease").
 */
export function matchableText(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .replace(/(\p{L})\1{2,}/gu, "$1$1")
    .trim()
}

/** The words of a matchable text; French and Italian elisions ("l'adresse") split off. */
export function wordsOf(matchable: string): string[] {
  return matchable.split(/[\s']+/).filter((word) => word.length > 0)
}

/** Accents and case folded away, nothing else changed: for substring search over long texts. */
export function foldAccentsAndCase(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
}
