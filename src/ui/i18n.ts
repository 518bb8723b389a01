/** UI strings come from `_locales` (English and Spanish) through chrome.i18n. */
export function t(key: string, substitutions?: string | string[]): string {
  return chrome.i18n?.getMessage(key, substitutions) || key
}

/** The agent's language among those the extension speaks. */
export function uiLanguage(): "en" | "es" {
  return chrome.i18n?.getUILanguage?.().startsWith("es") ? "es" : "en"
}

/** A language's name in the agent's language ("es" -> "Spanish" or "español"). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage(), "en"], { type: "language" }).of(code) ?? code
  } catch {
    return code
  }
}

/** Texts that come with both languages (rule explanations) in the agent's language. */
export function inUiLanguage(text: { en: string; es: string }): string {
  return text[uiLanguage()]
}
