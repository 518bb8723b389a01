import { describe, expect, it } from "vitest"
import {
  parseDate,
  parseDateRange,
  parseDateTime,
  parseMoney,
  parseNumber,
  parseTime,
  stripInvisible,
} from "./locale"

describe("parseDate: Seller Central formats per locale", () => {
  it.each([
    ["en-US", "Thu, Dec 5, 2019"],
    ["en-US", "Dec 5, 2019"],
    ["en-US", "December 5, 2019"],
    ["en-US", "Thursday, December 5, 2019"],
    ["en-US", "12/5/2019"],
    ["en-GB", "Thu, 5 Dec 2019"],
    ["en-GB", "5 December 2019"],
    ["en-GB", "05/12/2019"],
    ["de-DE", "Do., 5. Dez. 2019"],
    ["de-DE", "Donnerstag, 5. Dezember 2019"],
    ["de-DE", "05.12.2019"],
    ["de-DE", "5. Dez 2019"],
    ["fr-FR", "jeu. 5 déc. 2019"],
    ["fr-FR", "jeudi 5 décembre 2019"],
    ["fr-FR", "05/12/2019"],
    ["it-IT", "gio 5 dic 2019"],
    ["it-IT", "giovedì 5 dicembre 2019"],
    ["es-ES", "jue, 5 dic 2019"],
    ["es-ES", "jueves, 5 de diciembre de 2019"],
    ["ja-JP", "2019年12月5日(木)"],
    ["ja-JP", "2019年12月5日木曜日"],
    ["ja-JP", "2019/12/05"],
    ["nl-NL", "do 5 dec 2019"],
    ["sv-SE", "tors 5 dec. 2019"],
    ["pl-PL", "czw., 5 gru 2019"],
    ["pl-PL", "5 grudnia 2019"],
    ["pt-BR", "qui., 5 de dez. de 2019"],
    ["es-MX", "jue, 5 de dic de 2019"],
    ["tr-TR", "5 Ara 2019 Per"],
    ["en-IN", "Thu, 5 Dec, 2019"],
    ["ko-KR", "2019년 12월 5일"],
  ])("%s %s", (locale, text) => {
    expect(parseDate(text, locale)).toBe("2019-12-05")
  })

  it("reads ISO dates in any locale", () => {
    expect(parseDate("2019-12-05", "de-DE")).toBe("2019-12-05")
    expect(parseDate("2019-12-05T10:00:00Z", "ja-JP")).toBe("2019-12-05")
  })

  it("ignores a time and its zone", () => {
    expect(parseDate("Tue, Dec 3, 2019, 10:15 PM PST", "en-US")).toBe("2019-12-03")
    expect(parseDate("mar. 4 nov. 2025, 14:12 CET", "fr-FR")).toBe("2025-11-04")
    expect(parseDate("2025年11月5日(水) 13:20 JST", "ja-JP")).toBe("2025-11-05")
  })

  it("tells a Spanish weekday from the month with the same abbreviation (mar)", () => {
    expect(parseDate("mar, 3 dic 2019", "es-ES")).toBe("2019-12-03")
    expect(parseDate("mar, 5 mar 2019", "es-ES")).toBe("2019-03-05")
  })

  it("accepts narrow no-break spaces, full-width digits and invisible characters", () => {
    expect(parseDate("Dec\u202F5,\u00A02019", "en-US")).toBe("2019-12-05")
    expect(parseDate("２０１９年１２月５日", "ja-JP")).toBe("2019-12-05")
    expect(parseDate("Dec\u200B 5, 2019\u200E", "en-US")).toBe("2019-12-05")
  })

  it("reads English month names on pages in another language", () => {
    expect(parseDate("5 Dec 2019", "de-DE")).toBe("2019-12-05")
  })

  it("rejects a weekday that does not match the date", () => {
    expect(parseDate("Wed, Dec 5, 2019", "en-US")).toBeUndefined()
  })

  it("rejects impossible dates", () => {
    expect(parseDate("Feb 30, 2019", "en-US")).toBeUndefined()
    expect(parseDate("31.04.2019", "de-DE")).toBeUndefined()
    expect(parseDate("13/13/2019", "en-US")).toBeUndefined()
  })
})

describe("parseDate: missing years", () => {
  it("needs a reference to complete a date without a year", () => {
    expect(parseDate("Dec 5", "en-US")).toBeUndefined()
    expect(parseDate("Dec 5", "en-US", { reference: "2019-12-20" })).toBe("2019-12-05")
  })

  it("picks the nearest plausible year around the reference", () => {
    expect(parseDate("Dec 30", "en-US", { reference: "2020-01-03" })).toBe("2019-12-30")
    expect(parseDate("Jan 2", "en-US", { reference: "2019-12-28" })).toBe("2020-01-02")
    expect(parseDate("5. Dez.", "de-DE", { reference: new Date(Date.UTC(2019, 11, 1)) })).toBe(
      "2019-12-05",
    )
    expect(parseDate("12月5日", "ja-JP", { reference: "2019-11-30" })).toBe("2019-12-05")
    expect(parseDate("5.12.", "de-DE", { reference: "2019-12-01" })).toBe("2019-12-05")
  })

  it("uses the weekday to choose the year", () => {
    // Thu, Dec 5 is 2019 (2018: Wednesday, 2020: Saturday).
    expect(parseDate("Thu, Dec 5", "en-US", { reference: "2020-06-01" })).toBe("2019-12-05")
  })

  it("reads today and yesterday from the platform's own words", () => {
    const reference = "2019-12-05T15:00:00Z"
    expect(parseDate("Today", "en-US", { reference })).toBe("2019-12-05")
    expect(parseDate("Yesterday", "en-US", { reference })).toBe("2019-12-04")
    expect(parseDate("gestern", "de-DE", { reference })).toBe("2019-12-04")
    expect(parseDate("aujourd’hui", "fr-FR", { reference })).toBe("2019-12-05")
    expect(parseDate("ieri", "it-IT", { reference })).toBe("2019-12-04")
    expect(parseDate("ayer", "es-ES", { reference })).toBe("2019-12-04")
    expect(parseDate("昨日", "ja-JP", { reference })).toBe("2019-12-04")
    expect(parseDate("Today", "en-US")).toBeUndefined()
  })
})

describe("parseDateTime and parseTime", () => {
  it("keeps the time when one is shown", () => {
    expect(parseDateTime("Dec 5, 2019 3:42 PM", "en-US")).toBe("2019-12-05T15:42")
    expect(parseDateTime("Thursday, December 5, 2019 at 12:05 AM", "en-US")).toBe(
      "2019-12-05T00:05",
    )
    expect(parseDateTime("05.12.2019 15:42", "de-DE")).toBe("2019-12-05T15:42")
    expect(parseDateTime("05.12.2019, 15:42 Uhr", "de-DE")).toBe("2019-12-05T15:42")
    expect(parseDateTime("Donnerstag, 5. Dezember 2019 um 15:42", "de-DE")).toBe("2019-12-05T15:42")
    expect(parseDateTime("jeudi 5 décembre 2019 à 15:42", "fr-FR")).toBe("2019-12-05T15:42")
    expect(parseDateTime("giovedì 5 dicembre 2019 alle ore 15:42", "it-IT")).toBe(
      "2019-12-05T15:42",
    )
    expect(parseDateTime("5 dic 2019, 3:42 p. m.", "es-ES")).toBe("2019-12-05T15:42")
    expect(parseDateTime("2019年12月5日 午後3:42", "ja-JP")).toBe("2019-12-05T15:42")
    expect(parseDateTime("Yesterday 9:14 AM", "en-US", { reference: "2019-12-06" })).toBe(
      "2019-12-05T09:14",
    )
  })

  it("gives the date alone when no time is shown", () => {
    expect(parseDateTime("Thu, 5 Dec 2019", "en-GB")).toBe("2019-12-05")
  })

  it("reads times alone", () => {
    expect(parseTime("3:42 PM", "en-US")).toBe("15:42")
    expect(parseTime("12:10 am", "en-GB")).toBe("00:10")
    expect(parseTime("15:42", "de-DE")).toBe("15:42")
    expect(parseTime("午後3:42", "ja-JP")).toBe("15:42")
    expect(parseTime("25:10", "de-DE")).toBeUndefined()
    expect(parseTime("13:10 PM", "en-US")).toBeUndefined()
    expect(parseTime("Dec 5", "en-US")).toBeUndefined()
  })
})

describe("parseDateRange", () => {
  it.each([
    ["en-US", "Dec 5, 2019 to Dec 9, 2019"],
    ["en-US", "Thu, Dec 5, 2019 to Mon, Dec 9, 2019"],
    ["en-US", "Dec 5 – 9, 2019"],
    ["en-US", "Dec 5 - Dec 9, 2019"],
    ["en-GB", "Thu, 5 Dec 2019 to Mon, 9 Dec 2019"],
    ["en-GB", "5 – 9 Dec 2019"],
    ["de-DE", "5. Dez. - 9. Dez. 2019"],
    ["de-DE", "Do., 5. Dez. - Mo., 9. Dez. 2019"],
    ["de-DE", "5.–9. Dez. 2019"],
    ["de-DE", "05.12.2019 bis 09.12.2019"],
    ["fr-FR", "jeu. 5 déc. 2019 au lun. 9 déc. 2019"],
    ["fr-FR", "5–9 déc. 2019"],
    ["it-IT", "gio 5 dic 2019 - lun 9 dic 2019"],
    ["es-ES", "jue, 5 dic 2019 a lun, 9 dic 2019"],
    ["ja-JP", "2019/12/05～2019/12/09"],
    ["ja-JP", "2019年12月5日(木)～2019年12月9日(月)"],
    ["en-US", "2019-12-05 - 2019-12-09"],
  ])("%s %s", (locale, text) => {
    expect(parseDateRange(text, locale)).toEqual({ from: "2019-12-05", to: "2019-12-09" })
  })

  it("gives a single date as { from }", () => {
    expect(parseDateRange("Thu, Dec 5, 2019", "en-US")).toEqual({ from: "2019-12-05" })
  })

  it("crosses the year end", () => {
    expect(parseDateRange("Dec 30, 2019 - Jan 2, 2020", "en-US")).toEqual({
      from: "2019-12-30",
      to: "2020-01-02",
    })
    expect(parseDateRange("Dec 30 - Jan 2, 2020", "en-US")).toEqual({
      from: "2019-12-30",
      to: "2020-01-02",
    })
    expect(parseDateRange("Dec 30 - Jan 2", "en-US", { reference: "2019-12-20" })).toEqual({
      from: "2019-12-30",
      to: "2020-01-02",
    })
  })

  it("needs a reference when no end shows a year", () => {
    expect(parseDateRange("Mon, Dec 9 - Thu, Dec 12", "en-US")).toBeUndefined()
    expect(
      parseDateRange("Mon, Dec 9 - Thu, Dec 12", "en-US", { reference: "2019-12-01" }),
    ).toEqual({
      from: "2019-12-09",
      to: "2019-12-12",
    })
  })

  it("rejects backwards ranges and garbage", () => {
    expect(parseDateRange("Dec 9, 2019 to Dec 5, 2019", "en-US")).toBeUndefined()
    expect(parseDateRange("soon - later", "en-US")).toBeUndefined()
    expect(parseDateRange("", "en-US")).toBeUndefined()
  })
})

describe("parseMoney", () => {
  it.each([
    ["en-US", "$1,234.56", 1234.56, "USD"],
    ["de-DE", "1.234,56 €", 1234.56, "EUR"],
    ["en-GB", "£12.99", 12.99, "GBP"],
    ["de-DE", "EUR 12,99", 12.99, "EUR"],
    ["en-GB", "EUR 12,99", 12.99, "EUR"],
    ["ja-JP", "￥1,234", 1234, "JPY"],
    ["ja-JP", "¥1,234", 1234, "JPY"],
    ["fr-FR", "1\u202F234,56\u00A0€", 1234.56, "EUR"],
    ["fr-FR", "1 234,56 €", 1234.56, "EUR"],
    ["it-IT", "19,99 €", 19.99, "EUR"],
    ["es-ES", "12,50 €", 12.5, "EUR"],
    ["pt-BR", "R$ 12,99", 12.99, "BRL"],
    ["pl-PL", "12,99 zł", 12.99, "PLN"],
    ["sv-SE", "129,00 kr", 129, "SEK"],
    ["en-IN", "₹1,23,456.00", 123456, "INR"],
    ["en-CA", "$12.99", 12.99, "CAD"],
    ["en-US", "US$12.99", 12.99, "USD"],
    ["en-US", "12.99 USD", 12.99, "USD"],
    ["en-US", "$5 USD", 5, "USD"],
    ["de-DE", "12.99 €", 12.99, "EUR"],
  ])("%s %s", (locale, text, amount, currency) => {
    expect(parseMoney(text, locale)).toEqual({ amount, currency })
  })

  it("resolves ambiguous symbols with the marketplace currency", () => {
    expect(parseMoney("$12.99", "en-US", { currency: "CAD" })).toEqual({
      amount: 12.99,
      currency: "CAD",
    })
    expect(parseMoney("$12.99", "es-MX")).toEqual({ amount: 12.99, currency: "MXN" })
    expect(parseMoney("12,00 kr", "en-US")).toBeUndefined()
    expect(parseMoney("12,00 kr", "en-US", { currency: "DKK" })).toEqual({
      amount: 12,
      currency: "DKK",
    })
  })

  it("reads negative amounts", () => {
    expect(parseMoney("-$5.00", "en-US")).toEqual({ amount: -5, currency: "USD" })
  })

  it("never guesses a currency", () => {
    expect(parseMoney("12.99", "en-US")).toBeUndefined()
    expect(parseMoney("12.99", "en-US", { currency: "USD" })).toBeUndefined()
    expect(parseMoney("$12.99 €", "en-US")).toBeUndefined()
    expect(parseMoney("abc", "en-US")).toBeUndefined()
    expect(parseMoney("", "en-US")).toBeUndefined()
    expect(parseMoney("Item subtotal: $12.99", "en-US")).toBeUndefined()
  })
})

describe("parseNumber", () => {
  it("follows the locale and falls back to the other convention when unambiguous", () => {
    expect(parseNumber("1,234.5", "en-US")).toBe(1234.5)
    expect(parseNumber("1.234,5", "de-DE")).toBe(1234.5)
    expect(parseNumber("12,5", "en-US")).toBe(12.5)
    expect(parseNumber("1 234", "fr-FR")).toBe(1234)
    expect(parseNumber("-3", "en-US")).toBe(-3)
    expect(parseNumber("1,2,3", "en-US")).toBeUndefined()
    expect(parseNumber("two", "en-US")).toBeUndefined()
  })
})

describe("garbage never parses", () => {
  const garbage = [
    "",
    "   ",
    "hello",
    "Dec",
    "5",
    "2019",
    "Dec 5, 2019 bananas",
    "Order 5 Dec 2019",
    "32 Dec 2019",
    "Dec 5 2019 2020",
    "5/12",
    "1.2.3.4",
    "<img src=x onerror=alert(1)>",
    "x".repeat(5000),
  ]
  it.each(garbage)("%j", (text) => {
    expect(parseDate(text, "en-US")).toBeUndefined()
    expect(parseDateRange(text, "en-US")).toBeUndefined()
    expect(parseMoney(text, "en-US")).toBeUndefined()
  })

  it("tolerates unknown locales and non-strings", () => {
    expect(parseDate("Dec 5, 2019", "xx-invalid-!!")).toBe("2019-12-05")
    expect(parseDate(undefined as unknown as string, "en-US")).toBeUndefined()
    expect(parseMoney(42 as unknown as string, "en-US")).toBeUndefined()
  })
})

describe("stripInvisible", () => {
  it("removes zero-width, bidi, soft hyphen and tag characters", () => {
    const text = "a\u200Bb\u200Ec\u202Ed\u2060e\u2066f\uFEFFg\u00ADh\u{E0041}i"
    expect(stripInvisible(text)).toBe("abcdefghi")
  })
})
