import { describe, expect, it } from "vitest"
import { complaints } from "../testing"
import { marketingRule } from "./marketing"

describe("marketing", () => {
  it.each([
    ["en", "Use code SAVE15 for 15% off your next order with us."],
    ["en", "While you wait, check out our other kitchen gadgets in our Amazon store."],
    ["en", "Follow us on Instagram for new arrivals and giveaways!"],
    ["en", "Quick tip: our Facebook group has loads of recipe ideas!"],
    ["es", "Con el código PROMO10 tiene un 10 % de descuento en su próxima compra."],
    ["es", "Le recomendamos echar un vistazo a nuestros otros productos."],
    ["es", "Tenemos rebajas del 30 % en toda la tienda esta semana."],
    ["de", "Mit dem Gutscheincode WINTER20 erhalten Sie 20 % Rabatt."],
    ["de", "Bei Ihrer nächsten Bestellung sparen Sie mit dem Code DANKE10 zehn Prozent."],
    ["de", "Folgen Sie uns auf Facebook!"],
    ["fr", "Profitez de 15 % de réduction sur votre prochaine commande."],
    ["fr", "N'hésitez pas à découvrir nos autres articles dans notre boutique."],
    ["fr", "Soldes : -30 % sur toute la boutique jusqu'à dimanche !"],
    ["it", "Con il codice sconto ESTATE20 ha il 20% di sconto sul prossimo ordine."],
    ["it", "Dia un'occhiata anche ai nostri altri prodotti nel nostro negozio."],
    ["it", "Seguiteci su Instagram per tutte le novità!"],
  ])("blocks on Amazon and warns on eBay (%s) %j", (_l, text) => {
    expect(complaints(marketingRule, text).map((f) => f.severity)).toContain("block")
    const ebay = complaints(marketingRule, text, "ebay").map((f) => f.severity)
    expect(ebay.length).toBeGreaterThan(0)
    expect(ebay).not.toContain("block")
  })

  it.each([
    ["en", "I'm afraid we can't offer a discount on this item."],
    ["en", "We've issued a partial refund of 10% for the late delivery."],
    ["es", "Lamentablemente no podemos ofrecer descuentos en este artículo."],
    ["es", "Le devolvemos el 20 % del importe por el retraso."],
    ["de", "Leider können wir auf diesen Artikel keinen Rabatt gewähren."],
    ["de", "Hallo, für ein Versandangebot bräuchte ich nur Ihren Ort."],
    ["fr", "Malheureusement, nous ne pouvons pas accorder de remise sur cet article."],
    ["it", "Purtroppo non possiamo applicare sconti su questo articolo."],
    ["en", "Your order code is on the packing slip."],
  ])("does not flag (%s) %j", (_l, text) => {
    expect(complaints(marketingRule, text)).toEqual([])
  })
})
