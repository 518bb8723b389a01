/**
 * Opt-out wording: "reply STOP to unsubscribe" (block: Amazon bans opt-out links and mechanics in
 * buyer messages), "if you don't want to receive messages" (warn: usually a marketing habit that
 * does not belong in a transactional message; the buyer manages this in Amazon's settings).
 */
import { prepare } from "../normalize"
import { findingAt, SOURCES } from "../shared"
import type { Finding, PolicyRule } from "../types"

export const OPT_OUT_RULE_ID = "opt-out"

const BLOCK =
  /\b(?:(?:reply|text|send|write|respond|answer)\s+(?:with\s+)?["']?STOP\b|unsubscrib\w*|opt[- ]?out|responda\s+(?:con\s+)?["']?(?:BAJA|STOP)\b|da(?:rse|te|se)\s+de\s+baja|antworten\s+sie\s+(?:mit\s+)?["']?STOP\b|abmelden|abmeldung|abbestellen|repondez\s+(?:par\s+)?["']?STOP\b|desinscri\w*|desabonn\w*|se\s+desinscrire|rispond[aie]\s+(?:con\s+)?["']?STOP\b|disiscri\w*|(?:annulla(?:re)?|cancella(?:re)?)\s+(?:l')?iscrizione)\b/gi
const WARN =
  /\b(?:if\s+you\s+(?:don't|do\s+not|no\s+longer)\s+(?:want|wish)\s+to\s+(?:receive|get|hear)\w*|to\s+stop\s+receiving|si\s+no\s+desea\s+recibir|para\s+no\s+recibir\s+mas|(?:wenn|falls)\s+sie\s+keine\s+(?:weiteren\s+)?(?:nachrichten|e-?mails)|keine\s+weiteren\s+nachrichten\s+(?:wunschen|erhalten)|si\s+vous\s+ne\s+(?:souhaitez|voulez)\s+plus\s+recevoir|pour\s+ne\s+plus\s+recevoir|se\s+non\s+(?:desidera|vuole)\s+(?:piu\s+)?ricevere|per\s+non\s+ricevere\s+piu)\b/gi

export const optOutRule: PolicyRule = {
  id: OPT_OUT_RULE_ID,
  marketplaces: ["amazon"],
  check(input) {
    const prepared = prepare(input.text)
    const findings: Finding[] = []
    for (const [pattern, severity] of [
      [BLOCK, "block"],
      [WARN, "warn"],
    ] as const) {
      pattern.lastIndex = 0
      for (const match of prepared.text.matchAll(pattern)) {
        findings.push(
          findingAt(prepared, match.index, match.index + match[0].length, {
            rule: OPT_OUT_RULE_ID,
            severity,
            message:
              severity === "block"
                ? {
                    en: "Opt-out or unsubscribe wording: Amazon does not allow opt-out links or instructions in buyer messages.",
                    es: "Texto de baja o «responda STOP»: Amazon no permite enlaces ni instrucciones de baja en los mensajes.",
                  }
                : {
                    en: "Opt-out wording: buyer messages are transactional and buyers manage messaging in Amazon; remove it.",
                    es: "Texto de baja: los mensajes son transaccionales y el comprador gestiona sus preferencias en Amazon; quítelo.",
                  },
            source: SOURCES.amazon,
          }),
        )
      }
    }
    return findings
  },
}
