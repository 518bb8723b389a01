import { describe, expect, it } from "vitest"
import { complaints, expectWellFormed, flaggedText } from "../testing"
import { emailAddressesRule } from "./email-addresses"

describe("email-addresses", () => {
  it.each([
    ["For quicker help email support@gadgetworld.com.", "support@gadgetworld.com"],
    ["Just write to gadgetworld at gmail dot com with photos.", "gadgetworld at gmail dot com"],
    ["Escríbame a tiendamoda[at]hotmail[punto]es", "tiendamoda[at]hotmail[punto]es"],
    ["Nuestro correo es tiendamoda arroba gmail punto com.", "tiendamoda arroba gmail punto com"],
    ["Unsere Mail: technikhaus(at)web.de", "technikhaus(at)web.de"],
    ["Bei Fragen: support ät lampenwelt punkt de", "support ät lampenwelt punkt de"],
    ["Notre adresse : maisondeco arobase orange point fr", "maisondeco arobase orange point fr"],
    [
      "La nostra email: casabella chiocciola libero punto it",
      "casabella chiocciola libero punto it",
    ],
    [
      "Email me at dave (at) partsdirect (dot) co (dot) uk",
      "dave (at) partsdirect (dot) co (dot) uk",
    ],
    ["Reach us at support＠gadgetworld.com anytime.", "support＠gadgetworld.com"],
    ["Write to name @ gmail . com please", "name @ gmail . com"],
  ])("flags %j", (text, span) => {
    expect(flaggedText(emailAddressesRule, text)).toEqual([span])
    expect(flaggedText(emailAddressesRule, text, "ebay")).toEqual([span])
  })

  it("maps a zero-width-split address back to the original text", () => {
    const text = "mail: sup\u200bport@\u200bshop.com"
    const findings = complaints(emailAddressesRule, text)
    expectWellFormed(findings, text)
    expect(text.slice(findings[0].start, findings[0].end)).toBe("sup\u200bport@\u200bshop.com")
  })

  it("warns about a webmail provider named on its own", () => {
    const [finding] = complaints(emailAddressesRule, "You can find me on Gmail as dave.parts")
    expect(finding.severity).toBe("warn")
  })

  it.each([
    "Please look at amazon dot com for the order page.",
    "The manual at www.gadgetworld.com explains it.",
    "The parcel is at the depot, it should arrive at 5 pm.",
    "My insta is @retro.gear.uk",
    "We'll meet at 10. Com is not a word.",
    "Your order arrived at our warehouse.",
  ])("does not flag %j", (text) => {
    expect(complaints(emailAddressesRule, text).filter((f) => f.severity === "block")).toEqual([])
  })
})
