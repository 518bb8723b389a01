import { describe, expect, it } from "vitest"
import { placeholderFor, VARIABLES } from "~templates/variables"
import { complaints, flaggedText } from "../testing"
import { PLACEHOLDER_LABELS, placeholdersRule } from "./placeholders"

describe("placeholders", () => {
  it.each(
    VARIABLES.flatMap((variable) => ["en", "es"].map((language) => [variable.path, language])),
  )("blocks the %s placeholder in %s", (path, language) => {
    const placeholder = placeholderFor(path, language)
    const text = `Hola, ${placeholder}. Thanks`
    expect(flaggedText(placeholdersRule, text)).toEqual([placeholder])
    expect(flaggedText(placeholdersRule, text, "ebay")).toEqual([placeholder])
  })

  it("knows every label in both languages", () => {
    for (const variable of VARIABLES) {
      expect(PLACEHOLDER_LABELS).toContain(variable.label.en)
      expect(PLACEHOLDER_LABELS).toContain(variable.label.es)
    }
  })

  it.each([
    ["{{ buyer.firstName }}", "Hello {{ buyer.firstName }}, thanks"],
    ["{% if order.id %}", "Order {% if order.id %}x"],
    ["{{", "Hello {{ buyer.name, thanks"],
  ])("blocks Liquid leftovers: %j", (span, text) => {
    expect(flaggedText(placeholdersRule, text)).toContain(span)
    expect(complaints(placeholdersRule, text)[0].severity).toBe("block")
  })

  it.each([
    "Your order [113-4829571-2294017] shipped.",
    "Size chart: [S] 36, [M] 38.",
    "Please see the attached photo (front view).",
    "Prices in {EUR} only.",
  ])("does not flag ordinary brackets: %j", (text) => {
    expect(complaints(placeholdersRule, text)).toEqual([])
  })
})
