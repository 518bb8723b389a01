import { describe, expect, it } from "vitest"
import { complaints } from "../testing"
import { reviewManipulationRule } from "./review-manipulation"

const severities = (text: string, marketplace: "amazon" | "ebay" = "amazon") =>
  complaints(reviewManipulationRule, text, marketplace).map((finding) => finding.severity)

describe("review-manipulation", () => {
  const POSITIVE = [
    ["en", "If you're happy with the blender, please leave us a 5-star review!"],
    ["en", "We'd really appreciate a positive review, it means a lot to us."],
    ["es", "Si está contento con su compra, déjenos una valoración de 5 estrellas."],
    ["es", "Le agradeceríamos mucho una valoración excelente."],
    ["de", "Wenn Sie zufrieden sind, freuen wir uns über eine 5-Sterne-Bewertung!"],
    ["de", "Über eine sehr gute Bewertung würden wir uns sehr freuen."],
    ["fr", "Si vous êtes satisfait, laissez-nous 5 étoiles s'il vous plaît !"],
    ["fr", "Une excellente note nous aiderait énormément."],
    ["it", "Se è soddisfatto, ci lasci 5 stelle per favore!"],
    ["it", "Una valutazione ottima ci aiuterebbe tantissimo."],
  ]
  const INCENTIVE = [
    ["en", "Leave a review and we'll send you a $10 Amazon gift card."],
    ["es", "Le enviamos un producto gratis a cambio de una reseña."],
    ["de", "Für eine positive Bewertung erstatten wir Ihnen 10 € zurück."],
    ["fr", "Laissez un commentaire et recevez un produit gratuit !"],
    ["it", "Lasci una recensione e riceverà un prodotto in omaggio!"],
  ]
  const CHANGE = [
    ["en", "Now that it's fixed, would you mind removing the negative review?"],
    ["en", "Please change your neutral to a positive."],
    ["es", "¿Podría eliminar su valoración negativa?"],
    ["de", "Könnten Sie Ihre negative Bewertung bitte löschen?"],
    ["fr", "Pourriez-vous supprimer votre avis négatif ?"],
    ["it", "Potrebbe rimuovere la sua recensione negativa?"],
  ]
  const STEERING = [
    ["en", "Before you leave any feedback, please contact us first."],
    ["en", "Please don't leave negative feedback, message me first."],
    ["es", "Antes de dejar una opinión negativa, póngase en contacto con nosotros."],
    ["de", "Bevor Sie eine negative Bewertung abgeben, melden Sie sich bitte bei uns."],
    [
      "fr",
      "Si vous n'êtes pas content, écrivez-nous plutôt que de laisser un mauvais commentaire.",
    ],
    ["it", "Se non è soddisfatto, ci scriva invece di lasciare una recensione negativa."],
  ]

  it.each([...POSITIVE, ...CHANGE, ...STEERING])(
    "blocks on Amazon, warns on eBay (%s) %j",
    (_l, text) => {
      expect(severities(text)).toContain("block")
      expect(severities(text, "ebay")).toContain("warn")
    },
  )

  it.each(INCENTIVE)("blocks an incentive on both marketplaces (%s) %j", (_l, text) => {
    expect(severities(text)).toContain("block")
    expect(severities(text, "ebay")).toContain("block")
  })

  it.each([
    [
      "en",
      "If you have a moment, we'd appreciate it if you could share your experience by leaving a review.",
    ],
    ["en", "Feel free to leave a review once you've tried it."],
    ["en", "Once we receive and review the return we'll issue your refund."],
    ["en", "Left you positive feedback, thanks for a smooth transaction!"],
    ["en", "Your feedback helps us improve our products."],
    ["es", "Si tiene un momento, nos ayudaría que compartiera su opinión sobre el producto."],
    ["es", "He dejado una valoración positiva para usted, ¡gracias!"],
    ["de", "Wenn Sie einen Moment Zeit haben, freuen wir uns über eine Bewertung."],
    ["de", "Ich habe Ihnen soeben eine positive Bewertung hinterlassen."],
    ["fr", "Si vous avez un moment, votre avis sur le produit nous aiderait beaucoup."],
    ["fr", "Je vous ai laissé une évaluation positive, merci !"],
    ["it", "Se ha un momento, ci farebbe piacere conoscere la sua opinione con una recensione."],
    ["it", "Le ho lasciato un feedback positivo, grazie."],
    ["it", "Abbiamo letto la sua recensione: le spediamo subito un pezzo di ricambio."],
    ["it", "Il prodotto ha 5 stelle di efficienza energetica secondo l'etichetta UE."],
    ["en", "Thanks for your 5-star review, it made our day!"],
    ["de", "Der Artikel ist mit 4,8 von 5 Sternen bewertet."],
  ])("does not flag a neutral request or report (%s) %j", (_l, text) => {
    expect(severities(text)).toEqual([])
  })
})
