/** UI strings come from `_locales` (English and Spanish) through chrome.i18n. */
export function t(key: string, substitutions?: string | string[]): string {
  return chrome.i18n?.getMessage(key, substitutions) || key
}
