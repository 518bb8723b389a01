import { describe, expect, it } from "vitest"
import { complaints } from "../testing"
import { optOutRule } from "./opt-out"

const severities = (text: string) => complaints(optOutRule, text).map((finding) => finding.severity)

describe("opt-out", () => {
  it.each([
    ["en", "Reply STOP to unsubscribe."],
    ["es", "Si no desea recibir más mensajes, responda BAJA."],
    ["de", "Wenn Sie keine weiteren Nachrichten möchten, antworten Sie mit STOP."],
    ["fr", "Pour ne plus recevoir de messages, cliquez sur le lien de désinscription."],
    ["it", "Per non ricevere più comunicazioni, clicchi su annulla iscrizione."],
  ])("blocks unsubscribe mechanics (%s) %j", (_l, text) => {
    expect(severities(text)).toContain("block")
  })

  it.each([
    ["en", "If you don't want to receive messages like this, let us know."],
    ["es", "Si no desea recibir estos avisos, díganoslo."],
    ["de", "Falls Sie keine Nachrichten mehr von uns möchten, sagen Sie Bescheid."],
    ["fr", "Si vous ne souhaitez plus recevoir nos messages, dites-le-nous."],
    ["it", "Se non desidera ricevere altri messaggi, ce lo dica."],
  ])("warns about opt-out wording (%s) %j", (_l, text) => {
    expect(severities(text)).toEqual(["warn"])
  })

  it.each([
    "Please stop by the post office with the parcel.",
    "We stopped the shipment before it left.",
    "Der Paketdienst meldet sich bei Ihnen.",
    "Il corriere la contatterà prima della consegna.",
  ])("does not flag %j", (text) => {
    expect(severities(text)).toEqual([])
  })
})
