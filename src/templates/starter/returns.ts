import type { StarterTemplate } from "~templates/schema"

/** Returns, exchanges and refund status. No template names a refund amount or a refund date. */
export const RETURN_TEMPLATES: StarterTemplate[] = [
  {
    key: "return-request-instructions",
    revision: 1,
    folder: "Returns & refunds",
    intents: ["return_request"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["return", "return instructions", "return label", "send back"],
    translations: {
      en: {
        title: "Return request: how to send it back",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for getting in touch. Of course, you can return the item{% if item.title %} "{{ item.title }}"{% endif %} from order {{ order.id }}. Here's how:

- go to your orders on {{ marketplace.name }}, select this order and choose to return the item
- pick the reason for the return, then follow the steps to get the return label and instructions
- pack the item securely, with all its accessories and, if possible, in its original packaging

We will process your refund as soon as the return reaches us and we have checked it.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Solicitud de devolución: cómo enviarlo",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por escribirnos. Por supuesto, puede devolver el artículo{% if item.title %} «{{ item.title }}»{% endif %} del pedido {{ order.id }}. Estos son los pasos:

- entre en sus pedidos de {{ marketplace.name }}, seleccione este pedido y elija la opción de devolver el artículo
- indique el motivo de la devolución y siga los pasos para obtener la etiqueta y las instrucciones de envío
- embale bien el artículo, con todos sus accesorios y, si es posible, en su embalaje original

Tramitaremos el reembolso en cuanto recibamos la devolución y la hayamos revisado.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Rücksendung: so senden Sie den Artikel zurück",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachricht. Selbstverständlich können Sie den Artikel{% if item.title %} „{{ item.title }}“{% endif %} aus der Bestellung {{ order.id }} zurücksenden. So gehen Sie vor:

- Öffnen Sie Ihre Bestellungen bei {{ marketplace.name }}, wählen Sie diese Bestellung aus und entscheiden Sie sich für die Rücksendung des Artikels
- Geben Sie den Rücksendegrund an und folgen Sie den Schritten, um das Rücksendeetikett und die Anleitung zu erhalten
- Verpacken Sie den Artikel sicher, mit allem Zubehör und nach Möglichkeit in der Originalverpackung

Wir veranlassen die Erstattung, sobald die Rücksendung bei uns eingetroffen ist und wir sie geprüft haben.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Demande de retour : comment renvoyer l'article",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de nous avoir contactés. Bien sûr, vous pouvez retourner l'article{% if item.title %} « {{ item.title }} »{% endif %} de la commande {{ order.id }}. Voici comment procéder :

- rendez-vous dans vos commandes sur {{ marketplace.name }}, sélectionnez cette commande et choisissez de retourner l'article
- indiquez le motif du retour, puis suivez les étapes pour obtenir l'étiquette et les instructions de retour
- emballez soigneusement l'article, avec tous ses accessoires et, si possible, dans son emballage d'origine

Nous procéderons à votre remboursement dès que le retour nous sera parvenu et que nous l'aurons vérifié.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Richiesta di reso: come restituire l'articolo",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per averci scritto. Certamente, può restituire l'articolo{% if item.title %} «{{ item.title }}»{% endif %} dell'ordine {{ order.id }}. Ecco come fare:

- vada ai Suoi ordini su {{ marketplace.name }}, selezioni questo ordine e scelga di restituire l'articolo
- indichi il motivo del reso, poi segua i passaggi per ottenere l'etichetta e le istruzioni per la spedizione
- imballi l'articolo con cura, con tutti gli accessori e, se possibile, nella confezione originale

Elaboreremo il rimborso non appena il reso ci sarà arrivato e lo avremo controllato.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "return-change-of-mind",
    revision: 1,
    folder: "Returns & refunds",
    intents: ["return_request", "return_policy"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["doesn't fit", "no longer needed", "change of mind", "wrong size", "return"],
    translations: {
      en: {
        title: "Return: doesn't fit or no longer needed",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry the item{% if item.title %} "{{ item.title }}"{% endif %} didn't work out for you. No problem: you can return it within the return period shown for order {{ order.id }} on {{ marketplace.name }}.

Just start the return from your orders, choose the reason that fits best and follow the instructions. Please send the item back unused, with all its parts and in its original packaging if you still have it. As this isn't a fault with the item, any return shipping cost is shown to you before you confirm the return.

We will process your refund as soon as the item is back with us and we have checked it.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Devolución: no le queda bien o ya no lo necesita",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Sentimos que el artículo{% if item.title %} «{{ item.title }}»{% endif %} no le haya servido. No hay ningún problema: puede devolverlo dentro del plazo de devolución que aparece en su pedido {{ order.id }} en {{ marketplace.name }}.

Solo tiene que iniciar la devolución desde sus pedidos, elegir el motivo que mejor se ajuste y seguir las instrucciones. Le pedimos que nos lo envíe sin usar, con todas sus piezas y, si todavía lo conserva, en su embalaje original. Como no se trata de un defecto del artículo, antes de confirmar la devolución verá si el envío tiene algún coste para usted.

Tramitaremos el reembolso en cuanto el artículo nos llegue y lo hayamos revisado.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Rücksendung: passt nicht oder wird nicht mehr benötigt",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

es tut uns leid, dass der Artikel{% if item.title %} „{{ item.title }}“{% endif %} nicht das Richtige für Sie war. Kein Problem: Sie können ihn innerhalb der Rückgabefrist zurücksenden, die für die Bestellung {{ order.id }} bei {{ marketplace.name }} angezeigt wird.

Starten Sie die Rücksendung einfach über Ihre Bestellungen, wählen Sie den passenden Grund aus und folgen Sie den Anweisungen. Bitte senden Sie den Artikel unbenutzt, mit allen Teilen und, falls noch vorhanden, in der Originalverpackung zurück. Da kein Mangel am Artikel vorliegt, werden Ihnen eventuelle Rücksendekosten angezeigt, bevor Sie die Rücksendung bestätigen.

Wir veranlassen die Erstattung, sobald der Artikel wieder bei uns ist und wir ihn geprüft haben.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Retour : ne convient pas ou n'est plus utile",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes désolés que l'article{% if item.title %} « {{ item.title }} »{% endif %} ne vous convienne pas. Aucun problème : vous pouvez le retourner dans le délai de retour indiqué pour la commande {{ order.id }} sur {{ marketplace.name }}.

Il vous suffit de lancer le retour depuis vos commandes, de choisir le motif le plus adapté et de suivre les instructions. Merci de nous renvoyer l'article non utilisé, avec toutes ses pièces et, si vous l'avez encore, dans son emballage d'origine. Comme il ne s'agit pas d'un défaut de l'article, les éventuels frais de retour vous sont indiqués avant que vous ne confirmiez le retour.

Nous procéderons à votre remboursement dès que l'article nous sera revenu et que nous l'aurons vérifié.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Reso: non va bene o non serve più",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ci dispiace che l'articolo{% if item.title %} «{{ item.title }}»{% endif %} non faccia al caso Suo. Nessun problema: può restituirlo entro il periodo di reso indicato per l'ordine {{ order.id }} su {{ marketplace.name }}.

Basta avviare il reso dai Suoi ordini, scegliere il motivo più adatto e seguire le istruzioni. La preghiamo di restituire l'articolo inutilizzato, completo di tutte le sue parti e nella confezione originale, se la conserva ancora. Poiché non si tratta di un difetto dell'articolo, eventuali costi di spedizione del reso Le vengono mostrati prima della conferma.

Elaboreremo il rimborso non appena l'articolo ci sarà tornato e lo avremo controllato.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "exchange-size-or-color",
    revision: 1,
    folder: "Returns & refunds",
    intents: ["return_request", "change_order"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["exchange", "swap", "different size", "different color", "replacement"],
    translations: {
      en: {
        title: "Exchange for a different size or color",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your message about order {{ order.id }}. We can't swap an item within an existing order, so the quickest way to get the size or color you need is:

- place a new order for the variant you want, so it can ship straight away
- return the original item from your orders on {{ marketplace.name }}

We will refund the original item as soon as the return reaches us and we have checked it.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Cambio por otra talla o color",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su mensaje sobre el pedido {{ order.id }}. No podemos cambiar un artículo dentro de un pedido ya realizado, así que la forma más rápida de conseguir la talla o el color que necesita es esta:

- haga un pedido nuevo de la variante que desea, para que pueda salir cuanto antes
- devuelva el artículo original desde sus pedidos en {{ marketplace.name }}

Le reembolsaremos el artículo original en cuanto nos llegue la devolución y la hayamos revisado.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Umtausch in eine andere Größe oder Farbe",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachricht zur Bestellung {{ order.id }}. Innerhalb einer bestehenden Bestellung können wir keinen Artikel austauschen. Am schnellsten erhalten Sie die gewünschte Größe oder Farbe so:

- Bestellen Sie die gewünschte Variante neu, damit sie sofort versandt werden kann
- Senden Sie den ursprünglichen Artikel über Ihre Bestellungen bei {{ marketplace.name }} zurück

Den Betrag für den ursprünglichen Artikel erstatten wir Ihnen, sobald die Rücksendung bei uns eingetroffen ist und wir sie geprüft haben.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Échange contre une autre taille ou couleur",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre message concernant la commande {{ order.id }}. Nous ne pouvons pas échanger un article au sein d'une commande existante ; le moyen le plus rapide d'obtenir la taille ou la couleur dont vous avez besoin est donc le suivant :

- passez une nouvelle commande pour la variante souhaitée, afin qu'elle puisse être expédiée sans attendre
- retournez l'article d'origine depuis vos commandes sur {{ marketplace.name }}

Nous vous rembourserons l'article d'origine dès que le retour nous sera parvenu et que nous l'aurons vérifié.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Cambio con un'altra taglia o un altro colore",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per il Suo messaggio sull'ordine {{ order.id }}. Non possiamo sostituire un articolo all'interno di un ordine già effettuato, quindi il modo più rapido per avere la taglia o il colore che Le serve è questo:

- effettui un nuovo ordine per la variante desiderata, così potrà essere spedito subito
- restituisca l'articolo originale dai Suoi ordini su {{ marketplace.name }}

Le rimborseremo l'articolo originale non appena il reso ci sarà arrivato e lo avremo controllato.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "return-policy-question",
    revision: 1,
    folder: "Returns & refunds",
    intents: ["return_policy", "product_question"],
    orderStates: [],
    sites: [],
    tags: ["return policy", "returns", "pre-sale", "return window"],
    translations: {
      en: {
        title: "Return policy question",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for asking. Yes, you can return {% if item.title %}"{{ item.title }}"{% else %}our items{% endif %} within the return period shown on the listing. Returns are started from your orders on {{ marketplace.name }}, which also shows any return shipping cost before you confirm.

If an item arrives damaged or faulty, just let us know and we will sort it out with you.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Consulta sobre la política de devoluciones",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su consulta. Sí, puede devolver {% if item.title %}«{{ item.title }}»{% else %}nuestros artículos{% endif %} dentro del plazo de devolución que indica el anuncio. Las devoluciones se inician desde sus pedidos en {{ marketplace.name }}, donde también verá si el envío tiene algún coste antes de confirmarla.

Si un artículo le llega dañado o defectuoso, avísenos y lo solucionaremos con usted.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Frage zu den Rückgabebedingungen",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Frage. Ja, Sie können {% if item.title %}„{{ item.title }}“{% else %}unsere Artikel{% endif %} innerhalb der im Angebot angegebenen Rückgabefrist zurücksenden. Rücksendungen starten Sie über Ihre Bestellungen bei {{ marketplace.name }}; dort sehen Sie auch eventuelle Rücksendekosten, bevor Sie die Rücksendung bestätigen.

Sollte ein Artikel beschädigt oder defekt bei Ihnen ankommen, geben Sie uns einfach Bescheid, und wir finden gemeinsam mit Ihnen eine Lösung.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Question sur la politique de retour",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre question. Oui, vous pouvez retourner {% if item.title %}« {{ item.title }} »{% else %}nos articles{% endif %} dans le délai de retour indiqué sur l'annonce. Les retours se lancent depuis vos commandes sur {{ marketplace.name }}, où s'affichent aussi les éventuels frais de retour avant que vous ne confirmiez.

Si un article arrive endommagé ou défectueux, prévenez-nous simplement et nous trouverons une solution avec vous.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Domanda sulla politica di reso",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per la domanda. Sì, può restituire {% if item.title %}«{{ item.title }}»{% else %}i nostri articoli{% endif %} entro il periodo di reso indicato nell'annuncio. I resi si avviano dai Suoi ordini su {{ marketplace.name }}, dove vengono mostrati anche eventuali costi di spedizione del reso prima della conferma.

Se un articolo dovesse arrivare danneggiato o difettoso, ce lo comunichi e troveremo insieme una soluzione.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "refund-status-awaiting-return",
    revision: 1,
    folder: "Returns & refunds",
    intents: ["refund_status"],
    orderStates: ["delivered", "returned"],
    sites: [],
    tags: ["refund status", "where is my refund", "return in transit"],
    translations: {
      en: {
        title: "Refund status: waiting for the return",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for checking in about the refund for order {{ order.id }}. We issue refunds as soon as the returned item reaches us and we have checked it, and it hasn't arrived yet.

If you have already sent it, the return tracking in your orders on {{ marketplace.name }} shows where it is. As soon as it arrives, we will process your refund and you will receive a confirmation from {{ marketplace.name }}.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Estado del reembolso: a la espera de la devolución",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por preguntarnos por el reembolso del pedido {{ order.id }}. Tramitamos los reembolsos en cuanto recibimos el artículo devuelto y lo revisamos, y todavía no nos ha llegado.

Si ya lo ha enviado, puede ver dónde está en el seguimiento de la devolución, en sus pedidos de {{ marketplace.name }}. En cuanto llegue, tramitaremos el reembolso y recibirá la confirmación de {{ marketplace.name }}.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Erstattungsstatus: Rücksendung steht noch aus",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachfrage zur Erstattung für die Bestellung {{ order.id }}. Die Erstattung veranlassen wir, sobald der zurückgesendete Artikel bei uns eingetroffen ist und wir ihn geprüft haben; bisher ist er allerdings noch nicht angekommen.

Wenn Sie ihn bereits verschickt haben, sehen Sie in der Sendungsverfolgung der Rücksendung in Ihren Bestellungen bei {{ marketplace.name }}, wo er sich gerade befindet. Sobald er bei uns ankommt, veranlassen wir die Erstattung, und Sie erhalten eine Bestätigung von {{ marketplace.name }}.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Statut du remboursement : en attente du retour",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre message concernant le remboursement de la commande {{ order.id }}. Nous effectuons les remboursements dès que l'article retourné nous est parvenu et que nous l'avons vérifié ; or il ne nous est pas encore arrivé.

Si vous l'avez déjà renvoyé, le suivi du retour, dans vos commandes sur {{ marketplace.name }}, vous indique où il se trouve. Dès son arrivée, nous procéderons à votre remboursement, et {{ marketplace.name }} vous en enverra la confirmation.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Stato del rimborso: in attesa del reso",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per averci chiesto informazioni sul rimborso dell'ordine {{ order.id }}. Emettiamo i rimborsi non appena riceviamo e controlliamo l'articolo restituito, che al momento non ci è ancora arrivato.

Se lo ha già spedito, può vedere dove si trova tramite il tracciamento del reso nei Suoi ordini su {{ marketplace.name }}. Non appena arriverà, elaboreremo il rimborso e riceverà una conferma da {{ marketplace.name }}.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "refund-status-issued",
    revision: 1,
    folder: "Returns & refunds",
    intents: ["refund_status"],
    orderStates: ["refunded"],
    sites: [],
    tags: ["refund status", "refund issued", "where is my refund", "bank"],
    translations: {
      en: {
        title: "Refund status: refund issued",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your message. We have issued the refund for order {{ order.id }}, and {{ marketplace.name }} has sent it to your original payment method.

Depending on your bank or card issuer, it can take a few business days to appear on your statement. If you still don't see it after that, please let us know and we will check it with {{ marketplace.name }}.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Estado del reembolso: reembolso realizado",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su mensaje. Ya hemos realizado el reembolso del pedido {{ order.id }} y {{ marketplace.name }} lo ha enviado a su método de pago original.

Según su banco o la entidad emisora de su tarjeta, puede tardar unos días hábiles en reflejarse en su cuenta. Si pasado ese tiempo sigue sin verlo, avísenos y lo revisaremos con {{ marketplace.name }}.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Erstattungsstatus: Erstattung veranlasst",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachricht. Wir haben die Erstattung für die Bestellung {{ order.id }} veranlasst, und {{ marketplace.name }} hat den Betrag an Ihre ursprüngliche Zahlungsmethode angewiesen.

Je nach Bank oder Kartenanbieter kann es einige Werktage dauern, bis die Gutschrift auf Ihrem Kontoauszug erscheint. Falls Sie sie danach noch nicht sehen, geben Sie uns bitte Bescheid, und wir klären das mit {{ marketplace.name }}.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Statut du remboursement : remboursement effectué",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre message. Nous avons effectué le remboursement de la commande {{ order.id }}, et {{ marketplace.name }} l'a envoyé vers votre moyen de paiement d'origine.

Selon votre banque ou l'émetteur de votre carte, il peut falloir quelques jours ouvrables pour qu'il apparaisse sur votre relevé. Si vous ne le voyez toujours pas passé ce délai, merci de nous le signaler et nous examinerons la question avec {{ marketplace.name }}.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Stato del rimborso: rimborso emesso",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per il Suo messaggio. Abbiamo emesso il rimborso per l'ordine {{ order.id }}, che {{ marketplace.name }} ha inviato al Suo metodo di pagamento originale.

A seconda della Sua banca o dell'emittente della carta, possono essere necessari alcuni giorni lavorativi prima che compaia nell'estratto conto. Se trascorso questo tempo non lo vedesse ancora, ce lo comunichi e lo verificheremo con {{ marketplace.name }}.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
]
