/** Language detection where the browser's detector is unavailable (command line, tests). */
import { eld } from "eld/small"
import { DETECTION_SAMPLE_CHARS, type LanguageDetector, twoLetterCode } from "~suggest/language"

export const detectWithEld: LanguageDetector = async (text) => {
  const result = eld.detect(text.slice(0, DETECTION_SAMPLE_CHARS))
  const language = twoLetterCode(result.language)
  return { language, reliable: language !== undefined && result.isReliable() }
}
