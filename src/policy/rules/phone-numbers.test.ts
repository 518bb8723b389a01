import { describe, expect, it } from "vitest"
import { flaggedText } from "../testing"
import { phoneNumbersRule } from "./phone-numbers"

describe("phone-numbers", () => {
  it.each([
    ["Call our team on (555) 201-4477 today.", "(555) 201-4477"],
    ["Call or text 415.555.0198 any time.", "415.555.0198"],
    ["Ring me on +44 20 7946 0958 please.", "+44 20 7946 0958"],
    ["Text me on 07700 900456 when you arrive.", "07700 900456"],
    ["Puede llamarnos al 612 345 678 de lunes a viernes.", "612 345 678"],
    ["Para cualquier problema mejor llámenos: 91 123 45 67.", "91 123 45 67"],
    ["Mi número es 0034 699 12 34 56, llámeme.", "0034 699 12 34 56"],
    ["Rufen Sie uns gerne unter 030 12345678 an.", "030 12345678"],
    ["Telefonisch unter +49 (0)89 1234 5678.", "+49 (0)89 1234 5678"],
    ["Rufen Sie mich einfach an: 0176 12345678.", "0176 12345678"],
    ["Appelez-nous au 01 23 45 67 89 demain.", "01 23 45 67 89"],
    ["Mon numéro : +33 6 12 34 56 78.", "+33 6 12 34 56 78"],
    ["Ci chiami al 333 1234567, grazie.", "333 1234567"],
    ["Il mio cellulare è 347 123 4567.", "347 123 4567"],
    ["Mi chiami pure al 3381234567.", "3381234567"],
    [
      "Call zero seven seven double-oh nine hundred 456 if easier",
      "zero seven seven double-oh nine hundred 456",
    ],
    [
      "Llame al seis uno dos tres cuatro cinco seis siete ocho.",
      "seis uno dos tres cuatro cinco seis siete ocho",
    ],
  ])("flags %j", (text, span) => {
    expect(flaggedText(phoneNumbersRule, text)).toEqual([span])
    expect(flaggedText(phoneNumbersRule, text, "ebay")).toEqual([span])
  })

  it.each([
    ["an Amazon order id", "Your order 113-4829571-2294017 shipped."],
    ["an eBay order number", "Order 12-09876-54321 has been dispatched."],
    ["a UPS tracking number", "Tracking 1Z999AA10123456784 and 1Z 999 AA1 01 2345 6784."],
    ["a USPS tracking number", "The tracking number is 9400 1000 0000 0000 0000 00."],
    ["a DHL tracking number", "Sendungsnummer 00340434161094042557."],
    ["a tracking number after a carrier name", "Spedito con BRT, numero di tracking 123456789012."],
    ["numeric dates", "Shipped 12/03/2025, returned 02.12.2025, due 2025-12-05."],
    ["prices", "Refund of $1,234.50, 1.249,00 € or 1 249,00 €."],
    ["quantities and measures", "2 boxes of 23 kg, 56 cm pit to pit, 100-240V, 3-5 days."],
    ["postal codes", "Delivered in ZIP 94107, 28013 Madrid, 10115 Berlin, 69007 Lyon."],
    ["an IBAN", "IBAN DE89 3704 0044 0532 0130 00"],
    ["an EAN", "The item number on the box is 4006381333931."],
    ["a product code", "Die Artikelnummer ist 4711-0815."],
  ])("does not flag %s", (_what, text) => {
    expect(flaggedText(phoneNumbersRule, text)).toEqual([])
  })
})
