import { describe, expect, it } from "vitest"
import { complaints, flaggedText } from "../testing"
import { offPlatformRule } from "./off-platform"

const flags = (text: string, marketplace: "amazon" | "ebay" = "ebay") =>
  complaints(offPlatformRule, text, marketplace).length > 0

describe("off-platform", () => {
  it.each([
    ["en", "Pay me via PayPal friends and family and I'll knock £5 off."],
    ["en", "We can finish this off eBay to save the fees, just send the money to my Venmo."],
    ["en", "It's cheaper if you buy directly from our website."],
    ["en", "Message me on WhatsApp instead, eBay messages are slow."],
    ["en", "Find me on Instagram @vintage_finds_uk if you have questions."],
    ["en", "Happy to sell you the other one privately, just send £20 by bank transfer."],
    ["es", "Puede pagarme directamente por Bizum y le hago un descuento."],
    ["es", "Hágame una transferencia bancaria a mi cuenta y se lo envío hoy."],
    ["es", "Búsquenos en Facebook como @TiendaModaOficial y le atendemos por allí."],
    ["de", "Zahlen Sie einfach per PayPal Freunde direkt an mich."],
    ["de", "Sie können auch direkt bei uns im Onlineshop bestellen."],
    ["de", "Überweisen Sie den Betrag bitte auf DE89 3704 0044 0532 0130 00."],
    ["de", "Melden Sie sich auf Telegram, dort bin ich schneller."],
    ["fr", "Payez-moi directement par virement, je vous fais un prix."],
    ["fr", "Vous pouvez aussi commander directement sur notre site, c'est moins cher."],
    ["fr", "Contactez-moi sur Messenger, je réponds plus vite."],
    ["it", "Mi paghi direttamente con bonifico, così risparmiamo le commissioni."],
    ["it", "Può anche acquistare direttamente sul nostro sito, costa meno."],
    ["it", "Ci trova su Telegram come @casabella_shop."],
  ])("flags (%s) %j", (_language, text) => {
    expect(flags(text)).toBe(true)
    expect(flags(text, "amazon")).toBe(true)
  })

  it.each([
    [
      "en",
      "Your refund has been issued through eBay and goes back to your original payment method, which was PayPal.",
    ],
    ["en", "Please return it directly to our warehouse with the prepaid label."],
    ["en", "Follow the link in your Amazon account to request the return."],
    ["en", "Setup videos are on our site under Support."],
    ["es", "El reembolso se ha hecho a través de eBay a su método de pago original."],
    ["de", "Eine Zahlung per Überweisung ist bei Amazon leider nicht möglich."],
    ["de", "Den Rückgabeantrag stellen Sie direkt über Ihr Amazon-Konto."],
    ["fr", "Vous pouvez demander un retour directement depuis votre compte Amazon."],
    ["fr", "Le remboursement sera effectué par virement sur votre compte."],
    ["it", "Può richiedere il reso direttamente dal suo account Amazon."],
    ["en", "Follow us on Instagram for new arrivals!"],
  ])("does not flag (%s) %j", (_language, text) => {
    expect(flags(text)).toBe(false)
  })

  it("reports the handle, not the email address that contains an @", () => {
    expect(flaggedText(offPlatformRule, "Write to shop@example.com", "ebay")).toEqual([])
    expect(flaggedText(offPlatformRule, "IG @shop.example", "ebay")).toEqual(["@shop.example"])
  })
})
