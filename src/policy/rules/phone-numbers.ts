/**
 * Phone numbers, international ("+44 20 7946 0958", "0034 699…") and national ("030 12345678",
 * "(555) 201-4477", "06 12 34 56 78", "612 345 678"). Order ids, tracking numbers, dates, prices,
 * IBANs, quantities and postal codes are read first (facts.ts) and never taken for phones.
 */
import { extractLocatedFacts } from "../facts"
import { prepare } from "../normalize"
import { findingAt, sourceFor } from "../shared"
import type { PolicyRule } from "../types"

export const PHONE_RULE_ID = "phone-numbers"

export const phoneNumbersRule: PolicyRule = {
  id: PHONE_RULE_ID,
  marketplaces: ["amazon", "ebay"],
  check(input) {
    const prepared = prepare(input.text)
    return extractLocatedFacts(prepared)
      .filter((fact) => fact.kind === "phone")
      .map((fact) =>
        findingAt(prepared, fact.nStart, fact.nEnd, {
          rule: PHONE_RULE_ID,
          severity: "block",
          message: {
            en: "A phone number: sharing contact details is not allowed; keep the conversation in the marketplace's messages.",
            es: "Un número de teléfono: no se permite compartir datos de contacto; mantenga la conversación en los mensajes del marketplace.",
          },
          source: sourceFor(input.marketplace),
        }),
      )
  },
}
