import { describe, expect, it } from "vitest"
import { normalizeText, prepare } from "./normalize"

describe("prepare", () => {
  it("leaves plain ASCII untouched", () => {
    const prepared = prepare("Hello, world.\nBye")
    expect(prepared.text).toBe("Hello, world.\nBye")
    expect(prepared.span(7, 12)).toEqual({ start: 7, end: 12 })
  })

  it("removes invisible characters and maps spans back over them", () => {
    const original = "w\u200Bw\u200Bw.\u2060shop\uFEFF.com"
    const prepared = prepare(original)
    expect(prepared.text).toBe("www.shop.com")
    const span = prepared.span(0, prepared.text.length)
    expect(original.slice(span.start, span.end)).toBe(original)
    const shop = prepared.span(4, 8)
    expect(original.slice(shop.start, shop.end)).toBe("shop")
  })

  it("folds full-width forms, accents, quotes, dashes and spaces", () => {
    expect(normalizeText("ｎａｍｅ＠ｇｍａｉｌ．ｃｏｍ")).toBe("name@gmail.com")
    expect(normalizeText("reseña löschen évaluation così")).toBe("resena loschen evaluation cosi")
    expect(normalizeText("l’ordine – “ok”\u00A0fine")).toBe('l\'ordine - "ok" fine')
    expect(normalizeText("e\u0301te\u0301")).toBe("ete")
  })

  it("keeps emoji and maps spans after surrogate pairs", () => {
    const original = "😀 café 😀 x@y.com"
    const prepared = prepare(original)
    const at = prepared.text.indexOf("x@y.com")
    const span = prepared.span(at, at + "x@y.com".length)
    expect(original.slice(span.start, span.end)).toBe("x@y.com")
  })

  it("maps expanded characters (ligatures) to the whole original character", () => {
    const original = "ﬁne"
    const prepared = prepare(original)
    expect(prepared.text).toBe("fine")
    expect(prepared.span(0, 1)).toEqual({ start: 0, end: 1 })
    expect(prepared.span(1, 4)).toEqual({ start: 0, end: 3 })
  })

  it("finds the sentence around an offset", () => {
    const prepared = prepare("First one. Second one! Third\nFourth")
    const second = prepared.sentence(prepared.text.indexOf("Second"))
    expect(prepared.text.slice(second.start, second.end).trim()).toBe("Second one!")
    const fourth = prepared.sentence(prepared.text.indexOf("Fourth"))
    expect(prepared.text.slice(fourth.start, fourth.end)).toBe("Fourth")
  })

  it("returns the same preparation for the same text (one normalisation per lint call)", () => {
    const text = `Ünïcode text ${Math.random()}`
    expect(prepare(text)).toBe(prepare(text))
  })
})
