import { describe, expect, it } from "vitest"
import { MAX_CLASSIFIED_CHARS, matchableText, ownWords, wordsOf } from "./message-text"

describe("ownWords", () => {
  it.each([
    ["en", "Any update?\n\nOn Mon, 3 Nov 2025, Acme Store wrote:\n> Your order shipped."],
    ["es", "¿Alguna novedad?\nEl lun, 3 nov 2025 a las 10:00, Tienda escribió:\n> Enviado."],
    ["de", "Gibt es Neuigkeiten?\nAm 03.11.2025 um 10:00 schrieb Shop:\n> Versendet."],
    ["fr", "Des nouvelles ?\nLe lun. 3 nov. 2025 à 10:00, Boutique a écrit :\n> Expédié."],
    ["it", "Novità?\nIl giorno lun 3 nov 2025 alle ore 10:00 Negozio ha scritto:\n> Spedito."],
    ["outlook", "Any update?\n-----Original Message-----\nFrom: Acme\nYour order shipped."],
  ])("cuts a quoted earlier reply (%s)", (_, text) => {
    expect(ownWords(text)).toBe(text.split("\n")[0])
  })

  it("cuts phone signatures and quoted lines but keeps the buyer's own lines as written", () => {
    expect(ownWords("Hola,\n> cita\nno me ha llegado\nEnviado desde mi iPhone\nAna")).toBe(
      "Hola,\nno me ha llegado",
    )
  })

  it("reads only the start of a very long message", () => {
    expect(ownWords("a".repeat(20_000))).toHaveLength(MAX_CLASSIFIED_CHARS)
  })
})

describe("matchableText and wordsOf", () => {
  it("lower-cases, drops accents and punctuation, shortens emphasis, keeps elisions together", () => {
    const text = matchableText("¿¿DÓNDE está mi pedidooooo?? l’adresse don't")
    expect(text).toBe("donde esta mi pedidoo l'adresse don't")
    expect(wordsOf(text)).toEqual(["donde", "esta", "mi", "pedidoo", "l", "adresse", "don", "t"])
  })

  it("ignores invisible characters hidden inside words", () => {
    expect(matchableText("re\u200Bfund")).toBe("refund")
  })
})
