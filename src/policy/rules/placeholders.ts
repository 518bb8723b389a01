/**
 * Unresolved template placeholders: a "[tracking number]"-style placeholder as the renderer
 * inserts for a fact the page did not show (any catalogued variable, English or Spanish label),
 * and raw Liquid left in the text (`{{ … }}`, `{% … %}`, stray `{{`). The agent must fill them in
 * before sending.
 */
import { placeholderFor, VARIABLES } from "~templates/variables"
import { normalizeText, prepare } from "../normalize"
import { findingAt, SOURCES } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const PLACEHOLDERS_RULE_ID = "placeholders"

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Every placeholder `placeholderFor` can produce, in both languages, plus "[order.id]"-style paths. */
export const PLACEHOLDER_LABELS: readonly string[] = [
  ...new Set(
    VARIABLES.flatMap((variable) => [
      placeholderFor(variable.path, "en").slice(1, -1),
      placeholderFor(variable.path, "es").slice(1, -1),
    ]),
  ),
]
const LABEL_PATTERN = [...PLACEHOLDER_LABELS]
  .sort((a, b) => b.length - a.length)
  // The rule reads normalised text: "[nombre del artículo]" is matched as "[nombre del articulo]".
  .map((label) => escapeRegExp(normalizeText(label)).replace(/\s+/g, "\\s+"))
  .join("|")
const PLACEHOLDER = new RegExp(
  `\\[\\s*(?:${LABEL_PATTERN}|(?:buyer|order|item|seller|agent|marketplace)\\.[A-Za-z.]+)\\s*\\]`,
  "gi",
)
const LIQUID = /\{\{[^{}\n]{0,300}\}\}|\{%[^{}\n]{0,300}%\}/g
const STRAY = /\{\{|\}\}|\{%|%\}/g

export const placeholdersRule: PolicyRule = {
  id: PLACEHOLDERS_RULE_ID,
  marketplaces: ["amazon", "ebay"],
  check(input) {
    const prepared = prepare(input.text)
    const text = prepared.text
    const findings: Finding[] = []
    const add = (start: number, end: number, liquid: boolean) =>
      findings.push(
        findingAt(prepared, start, end, {
          rule: PLACEHOLDERS_RULE_ID,
          severity: "block",
          message: liquid
            ? {
                en: "Template code left in the reply: the buyer would see it. Fill in or remove it.",
                es: "Código de plantilla en la respuesta: el comprador lo vería. Complételo o quítelo.",
              }
            : {
                en: "A placeholder for a fact the page did not show: fill it in before sending.",
                es: "Un marcador de un dato que la página no mostraba: complételo antes de enviar.",
              },
          source: SOURCES.template,
        }),
      )
    PLACEHOLDER.lastIndex = 0
    for (const match of text.matchAll(PLACEHOLDER))
      add(match.index, match.index + match[0].length, false)
    if (!/[{}]/.test(text)) return findings
    const liquid: Array<[number, number]> = []
    LIQUID.lastIndex = 0
    for (const match of text.matchAll(LIQUID)) {
      liquid.push([match.index, match.index + match[0].length])
      add(match.index, match.index + match[0].length, true)
    }
    STRAY.lastIndex = 0
    for (const match of text.matchAll(STRAY)) {
      if (liquid.some(([start, end]) => match.index >= start && match.index < end)) continue
      add(match.index, match.index + 2, true)
    }
    return findings
  },
}
