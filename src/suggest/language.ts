/**
 * Which language the buyer writes in. The extension asks the browser's own detector
 * (`chrome.i18n.detectLanguage`, see `background/language.ts`); the command line and tests use a
 * library. Both answer through this one shape.
 */

export interface DetectedLanguage {
  /** Two-letter code, absent when the text has too little to tell. */
  language?: string
  reliable: boolean
}

export type LanguageDetector = (text: string) => Promise<DetectedLanguage>

/** Detectors read a sample: the start of a long message says as much as all of it. */
export const DETECTION_SAMPLE_CHARS = 1_000

export const UNKNOWN_LANGUAGE: DetectedLanguage = { reliable: false }

/** "zh-Hant" -> "zh"; anything that is not a language code -> undefined. */
export function twoLetterCode(code: string | undefined): string | undefined {
  const primary = code?.toLowerCase().split(/[-_]/)[0]
  return primary && /^[a-z]{2}$/.test(primary) ? primary : undefined
}
