/** Reply languages the options page offers; templates may also use any other two-letter code. */
export const OFFERED_LANGUAGES = ["en", "es", "de", "fr", "it", "ja"] as const

const names = new Intl.DisplayNames([navigator.language, "en"], { type: "language" })

export function languageName(code: string): string {
  return names.of(code) ?? code
}
