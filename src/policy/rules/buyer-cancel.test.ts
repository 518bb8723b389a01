import { describe, expect, it } from "vitest"
import { complaints } from "../testing"
import { buyerCancelRule } from "./buyer-cancel"

const flags = (text: string) => complaints(buyerCancelRule, text).length > 0

describe("buyer-cancel", () => {
  it.each([
    ["en", "Please cancel the order on your end and we'll relist it."],
    ["en", "You'll need to cancel the order yourself since we can't ship to PO boxes."],
    ["en", "Could you cancel the order? The item is faulty."],
    ["es", "Por favor, cancele el pedido desde su cuenta."],
    ["es", "Tiene que cancelar usted el pedido porque no podemos enviarlo."],
    ["es", "Le rogamos que solicite la cancelación del pedido desde Amazon."],
    ["de", "Bitte stornieren Sie die Bestellung selbst."],
    ["de", "Sie können die Bestellung in Ihrem Konto stornieren."],
    ["de", "Könnten Sie die Bestellung bitte stornieren?"],
    ["fr", "Merci d'annuler la commande de votre côté."],
    ["fr", "Annulez la commande, s'il vous plaît."],
    ["fr", "Pourriez-vous annuler la commande ?"],
    ["it", "La preghiamo di annullare l'ordine dal suo account."],
    ["it", "Annulli l'ordine per favore."],
    ["it", "Deve annullare lei l'ordine dal suo account Amazon."],
  ])("blocks (%s) %j", (_l, text) => {
    expect(flags(text)).toBe(true)
    expect(complaints(buyerCancelRule, text)[0].severity).toBe("block")
  })

  it.each([
    ["en", "We cancelled the order as you asked."],
    ["en", "No need to cancel anything - we already updated the address."],
    ["en", "You don't need to cancel, we'll handle it."],
    ["en", "If you'd like to cancel, just let us know and we'll do it."],
    ["es", "No es necesario que cancele nada, ya hemos corregido la dirección."],
    ["es", "Hemos anulado el pedido porque el artículo se agotó."],
    ["es", "El pedido se puede cancelar desde nuestra parte sin problema."],
    ["de", "Sie müssen nichts stornieren – wir haben die Adresse geändert."],
    ["de", "Möchten Sie die Bestellung stornieren? Dann erledigen wir das."],
    ["de", "Wir haben die Bestellung wie gewünscht storniert."],
    ["fr", "Inutile d'annuler la commande, nous avons corrigé l'adresse."],
    ["fr", "Nous avons annulé la commande comme demandé."],
    ["it", "Non c'è bisogno di annullare l'ordine."],
    ["it", "Abbiamo annullato l'ordine come richiesto."],
    ["en", "You can cancel the return request in Your Orders if you decide to keep it."],
    ["es", "Puede cancelar la solicitud de devolución si decide quedárselo."],
    ["de", "Sie können den Rücksendeantrag stornieren, falls Sie den Artikel behalten."],
    ["fr", "Vous pouvez annuler votre demande de retour si le produit vous convient."],
    ["it", "Può annullare la richiesta di reso se decide di tenerlo."],
  ])("does not flag (%s) %j", (_l, text) => {
    expect(flags(text)).toBe(false)
  })

  it("applies to Amazon only", () => {
    expect(buyerCancelRule.marketplaces).toEqual(["amazon"])
  })
})
