/** What a buyer's message asks for and in which language: the input to ranking and to `classify`. */

import { classifyWithModel, type IntentModel, type ScoredIntent } from "~suggest/intent-model"
import modelData from "~suggest/intent-model.json"
import type { LanguageDetector } from "~suggest/language"
import { ownWords } from "~suggest/message-text"

const MODEL = modelData as unknown as IntentModel

export interface MessageReading {
  intents: ScoredIntent[]
  /** The buyer's language, when the detector could tell. */
  language?: string
  languageReliable: boolean
}

export async function readBuyerMessage(
  text: string,
  detectLanguage: LanguageDetector,
): Promise<MessageReading> {
  const own = ownWords(text)
  const detected = own.trim() ? await detectLanguage(own) : { reliable: false }
  return {
    intents: classifyWithModel(MODEL, own, detected.language),
    language: detected.language,
    languageReliable: detected.reliable,
  }
}
