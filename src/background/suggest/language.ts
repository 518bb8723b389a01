/** The browser's own language detector (CLD), which needs no download and no network. */
import {
  DETECTION_SAMPLE_CHARS,
  type LanguageDetector,
  twoLetterCode,
  UNKNOWN_LANGUAGE,
} from "~suggest/language"

export const detectWithBrowser: LanguageDetector = async (text) => {
  try {
    const result = await chrome.i18n.detectLanguage(text.slice(0, DETECTION_SAMPLE_CHARS))
    const [best] = [...result.languages].sort((a, b) => b.percentage - a.percentage)
    const language = twoLetterCode(best?.language)
    return language ? { language, reliable: result.isReliable } : UNKNOWN_LANGUAGE
  } catch {
    return UNKNOWN_LANGUAGE
  }
}
