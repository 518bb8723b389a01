import { describe, expect, it } from "vitest"
import { complaints, expectWellFormed, flaggedText } from "../testing"
import { linksRule } from "./links"

describe("links", () => {
  it.each([
    ["You can find the full manual at www.gadgetworld.com/manuals.", "www.gadgetworld.com/manuals"],
    [
      "Here is the guide: https://gadgetworld.com/guide?id=4.",
      "https://gadgetworld.com/guide?id=4",
    ],
    ["Weitere Infos finden Sie auf technikhaus24.de", "technikhaus24.de"],
    ["Nuestro catálogo está en tiendamoda punto es", "tiendamoda punto es"],
    ["Notre catalogue : maison-deco point fr", "maison-deco point fr"],
    ["Il catalogo è su casabella-shop punto it", "casabella-shop punto it"],
    ["Unsere Seite: technikhaus24 punkt de", "technikhaus24 punkt de"],
    ["The fitting guide is at partsdirect dot co dot uk", "partsdirect dot co dot uk"],
    ["Our site: www . shop . com", "www . shop . com"],
    ["Visit shop [dot] com today", "shop [dot] com"],
    ["Short link: bit.ly/3xYzAb", "bit.ly/3xYzAb"],
  ])("flags %j", (text, span) => {
    expect(flaggedText(linksRule, text)).toEqual([span])
    expect(flaggedText(linksRule, text, "ebay")).toEqual([span])
  })

  it("finds a link hidden with zero-width characters and reports the original span", () => {
    const text = "More colours: www.gadget\u200bworld\u200b.com!"
    const [finding] = complaints(linksRule, text)
    expect(text.slice(finding.start, finding.end)).toBe("www.gadget\u200bworld\u200b.com")
    expectWellFormed([finding], text)
  })

  it("finds full-width domains", () => {
    const text = "Ｖｉｓｉｔ ｓｈｏｐ．ｃｏｍ"
    expect(flaggedText(linksRule, text)).toEqual(["ｓｈｏｐ．ｃｏｍ"])
  })

  it.each([
    "Thanks.It arrived yesterday, didn't it?",
    "The invoice is attached as invoice.pdf.",
    "The price is 34.99 and the size is 10.5.",
    "El punto es que el envío salió tarde.",
    "El punto de recogida le guardará el paquete.",
    "Le point de retrait est à 300 m.",
    "Il peut le faire garder en point de retrait.",
    "Lo può ritirare in punto di ritiro da domani.",
    "Il punto di ritiro è vicino.",
    "The Point Relais keeps it for 10 days.",
    "Email us at e.g. the address in your account.",
    "Der Punkt ist, dass das Paket verspätet ist.",
  ])("does not flag %j", (text) => {
    expect(flaggedText(linksRule, text)).toEqual([])
  })

  it("treats the marketplace's own name as a domain as information only", () => {
    const findings = linksRule.check({
      text: "Vielen Dank für Ihren Einkauf bei Amazon.de!",
      marketplace: "amazon",
    })
    expect(findings.map((finding) => finding.severity)).toEqual(["info"])
    expect(flaggedText(linksRule, "Order page: https://www.amazon.de/gp/your-orders")).toHaveLength(
      1,
    )
  })

  it("blocks on both marketplaces, explaining Amazon's order-link exception", () => {
    const [amazon] = complaints(linksRule, "see www.shop.com")
    const [ebay] = complaints(linksRule, "see www.shop.com", "ebay")
    expect(amazon.severity).toBe("block")
    expect(amazon.message.en).toMatch(/needed to complete the order/)
    expect(ebay.severity).toBe("block")
    expect(ebay.source).toMatch(/eBay/)
  })
})
