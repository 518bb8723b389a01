/**
 * Email addresses, plain or disguised ("name at gmail dot com", "name [at] gmail [punto] com",
 * "name(at)web.de", full-width ＠), and mentions of a webmail provider: contact details are not
 * allowed in marketplace messages.
 */
import { extractLocatedFacts, mailProviderMentions } from "../facts"
import { prepare } from "../normalize"
import { findingAt, sourceFor } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const EMAIL_RULE_ID = "email-addresses"

export const emailAddressesRule: PolicyRule = {
  id: EMAIL_RULE_ID,
  marketplaces: ["amazon", "ebay"],
  check(input) {
    const prepared = prepare(input.text)
    const source = sourceFor(input.marketplace)
    const findings: Finding[] = []
    const emails = extractLocatedFacts(prepared).filter((fact) => fact.kind === "email")
    for (const fact of emails) {
      findings.push(
        findingAt(prepared, fact.nStart, fact.nEnd, {
          rule: EMAIL_RULE_ID,
          severity: "block",
          message: fact.disguised
            ? {
                en: "A disguised email address: sharing contact details is not allowed, however it is written.",
                es: "Una dirección de correo disimulada: no se permite compartir datos de contacto, se escriban como se escriban.",
              }
            : {
                en: "An email address: sharing contact details is not allowed; keep the conversation in the marketplace's messages.",
                es: "Una dirección de correo: no se permite compartir datos de contacto; mantenga la conversación en los mensajes del marketplace.",
              },
          source,
        }),
      )
    }
    for (const [start, end] of mailProviderMentions(prepared)) {
      if (emails.some((fact) => fact.nStart < end && start < fact.nEnd)) continue
      findings.push(
        findingAt(prepared, start, end, {
          rule: EMAIL_RULE_ID,
          severity: "warn",
          message: {
            en: "Mentions a webmail provider: make sure the reply does not point the buyer to an email address.",
            es: "Menciona un proveedor de correo: compruebe que la respuesta no remite al comprador a un correo electrónico.",
          },
          source,
        }),
      )
    }
    return findings
  },
}
