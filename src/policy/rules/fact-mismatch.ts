/**
 * Facts the page's context contradicts or does not contain (the grounding check): an order id or
 * tracking number that is not this order's blocks; a date or an amount the page does not show is
 * a warning (a partial refund or a promised date may be right, but the agent should check it).
 * Without context (or without an order in it) there is nothing to compare, and nothing is said.
 */
import { extractLocatedFacts, groundFacts, type LocatedFact } from "../facts"
import { prepare } from "../normalize"
import { findingAt, type Message, SOURCES } from "../shared"
import type { Finding, PolicyRule, Severity } from "../types"

export const FACT_MISMATCH_RULE_ID = "fact-mismatch"

function describe(
  fact: LocatedFact,
  status: string,
  expected?: string,
): [Severity, Message] | undefined {
  switch (fact.kind) {
    case "orderId":
      return status === "contradicted"
        ? [
            "block",
            {
              en: `This is not this conversation's order number (the page shows ${expected}).`,
              es: `Este no es el número de pedido de esta conversación (la página muestra ${expected}).`,
            },
          ]
        : [
            "warn",
            {
              en: "This order number is not shown on this page: check that it is the buyer's.",
              es: "Este número de pedido no aparece en esta página: compruebe que es el del comprador.",
            },
          ]
    case "trackingNumber":
      return status === "contradicted"
        ? [
            "block",
            {
              en: `This is not this order's tracking number (the page shows ${expected}).`,
              es: `Este no es el número de seguimiento de este pedido (la página muestra ${expected}).`,
            },
          ]
        : [
            "warn",
            {
              en: "The page shows no tracking number for this order: check this one.",
              es: "La página no muestra número de seguimiento para este pedido: compruebe este.",
            },
          ]
    case "date":
      return [
        "warn",
        {
          en: "This date is not one of the order's dates on this page: check it.",
          es: "Esta fecha no es ninguna de las fechas del pedido en esta página: compruébela.",
        },
      ]
    case "money":
      return [
        "warn",
        {
          en: "This amount is not the order's total or an item price on this page: check it.",
          es: "Este importe no es el total del pedido ni el precio de un artículo en esta página: compruébelo.",
        },
      ]
    default:
      return undefined
  }
}

export const factMismatchRule: PolicyRule = {
  id: FACT_MISMATCH_RULE_ID,
  marketplaces: ["amazon", "ebay"],
  check(input) {
    if (!input.context?.order) return []
    const prepared = prepare(input.text)
    const facts = extractLocatedFacts(prepared)
    const findings: Finding[] = []
    for (const { fact, status, expected } of groundFacts(facts, input.context)) {
      if (status === "supported") continue
      const located = fact as LocatedFact
      const described = describe(located, status, expected)
      if (!described) continue
      const [severity, message] = described
      findings.push(
        findingAt(prepared, located.nStart, located.nEnd, {
          rule: FACT_MISMATCH_RULE_ID,
          severity,
          message,
          source: SOURCES.facts,
        }),
      )
    }
    return findings
  },
}
