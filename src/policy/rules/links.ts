/**
 * Links, bare domains and disguised ones ("shop dot com", "www . shop . com", zero-width
 * characters inside): Amazon allows only links needed to complete the order, which Amazon's own
 * pages provide, so any link in a reply is blocked; eBay allows none.
 */
import { extractLocatedFacts } from "../facts"
import { prepare } from "../normalize"
import { findingAt, SOURCES } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const LINKS_RULE_ID = "links"

export const linksRule: PolicyRule = {
  id: LINKS_RULE_ID,
  marketplaces: ["amazon", "ebay"],
  check(input) {
    const prepared = prepare(input.text)
    const amazon = input.marketplace === "amazon"
    const findings: Finding[] = []
    for (const fact of extractLocatedFacts(prepared)) {
      if (fact.kind !== "url") continue
      if (fact.marketplaceDomain) {
        findings.push(
          findingAt(prepared, fact.nStart, fact.nEnd, {
            rule: LINKS_RULE_ID,
            severity: "info",
            message: {
              en: "The marketplace's own name as a domain: fine as a name, but it may be shown as a link.",
              es: "El nombre del marketplace como dominio: vale como nombre, pero puede mostrarse como enlace.",
            },
            source: amazon ? SOURCES.amazon : SOURCES.ebay,
          }),
        )
        continue
      }
      const disguised = fact.disguised
        ? {
            en: " Writing it out or hiding it does not make it allowed.",
            es: " Escribirlo con palabras u ocultarlo no lo hace admisible.",
          }
        : { en: "", es: "" }
      findings.push(
        findingAt(prepared, fact.nStart, fact.nEnd, {
          rule: LINKS_RULE_ID,
          severity: "block",
          message: amazon
            ? {
                en: `Amazon blocks links in buyer messages except those needed to complete the order, and those come from Amazon itself: remove the link.${disguised.en}`,
                es: `Amazon bloquea los enlaces en los mensajes salvo los necesarios para completar el pedido, que proporciona Amazon: quite el enlace.${disguised.es}`,
              }
            : {
                en: `eBay does not allow links or web addresses in member messages: remove it.${disguised.en}`,
                es: `eBay no permite enlaces ni direcciones web en los mensajes: quítela.${disguised.es}`,
              },
          source: amazon ? SOURCES.amazon : SOURCES.ebay,
        }),
      )
    }
    return findings
  },
}
