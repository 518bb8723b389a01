import type { StarterTemplate } from "~templates/schema"

/**
 * Cancellations, address and item changes, personalized orders. The seller always cancels: the
 * marketplaces penalize asking the buyer to do it.
 */
export const ORDER_CHANGE_TEMPLATES: StarterTemplate[] = [
  {
    key: "cancel-request-not-shipped",
    revision: 1,
    folder: "Order changes",
    intents: ["cancel_order"],
    orderStates: ["pending", "unshipped"],
    sites: [],
    tags: ["cancel", "cancellation", "cancel order", "not shipped"],
    translations: {
      en: {
        title: "Cancellation request: canceled before shipping",
        body: `Hi {{ buyer.firstName | default: "there" }},

No problem: as you asked, we have canceled your order {{ order.id }} before it shipped. You'll receive a confirmation from {{ marketplace.name }}, and any payment already taken is refunded to your original payment method; how quickly it shows depends on your bank.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Solicitud de cancelación: pedido cancelado antes del envío",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Sin problema: tal como nos pidió, hemos cancelado su pedido {{ order.id }} antes de enviarlo. Recibirá la confirmación de {{ marketplace.name }} y, si ya se le había cobrado algún importe, se le reembolsará en el mismo método de pago; el plazo en que lo verá depende de su banco.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Stornierungswunsch: vor dem Versand storniert",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

kein Problem: Wie gewünscht haben wir Ihre Bestellung {{ order.id }} vor dem Versand storniert. Sie erhalten eine Bestätigung von {{ marketplace.name }}, und bereits gezahlte Beträge werden über Ihre ursprüngliche Zahlungsmethode erstattet; wann die Gutschrift sichtbar ist, hängt von Ihrer Bank ab.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Demande d'annulation : annulée avant expédition",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Aucun problème : comme vous l'avez demandé, nous avons annulé votre commande {{ order.id }} avant son expédition. {{ marketplace.name }} vous enverra une confirmation, et tout montant déjà débité sera remboursé sur votre moyen de paiement d'origine ; le délai avant qu'il apparaisse sur votre compte dépend de votre banque.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Richiesta di annullamento: ordine annullato prima della spedizione",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nessun problema: come richiesto, abbiamo annullato il Suo ordine {{ order.id }} prima della spedizione. Riceverà una conferma da {{ marketplace.name }} ed eventuali importi già addebitati Le verranno rimborsati sul metodo di pagamento originale; i tempi di accredito dipendono dalla Sua banca.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "cancel-request-already-shipped",
    revision: 1,
    folder: "Order changes",
    intents: ["cancel_order", "return_request"],
    orderStates: ["shipped"],
    sites: [],
    tags: ["cancel", "already shipped", "refuse delivery", "return"],
    translations: {
      en: {
        title: "Cancellation request: order already shipped",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for letting us know. Unfortunately, your order {{ order.id }} had already shipped when your request came in{% if order.trackingNumber %} (tracking number {{ order.trackingNumber }}){% endif %}, so we can no longer stop it.

You still have two simple options:

- refuse the parcel at delivery, if the carrier allows it; it will then come back to us
- or, once it arrives, request a return from your orders on {{ marketplace.name }}

Either way, we will process your refund as soon as the item is back with us.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Solicitud de cancelación: pedido ya enviado",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por avisarnos. Lamentablemente, cuando recibimos su solicitud el pedido {{ order.id }} ya había salido{% if order.trackingNumber %} (número de seguimiento {{ order.trackingNumber }}){% endif %}, así que ya no podemos detenerlo.

Aun así, tiene dos opciones sencillas:

- rechazar el paquete en el momento de la entrega, si el transportista lo permite; en ese caso nos vuelve a nosotros
- o, cuando lo reciba, solicitar la devolución desde sus pedidos en {{ marketplace.name }}

En ambos casos, tramitaremos el reembolso en cuanto el artículo nos llegue de vuelta.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Stornierungswunsch: Bestellung bereits versandt",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachricht. Leider war Ihre Bestellung {{ order.id }} bei Eingang Ihrer Anfrage bereits versandt{% if order.trackingNumber %} (Sendungsnummer {{ order.trackingNumber }}){% endif %}, sodass wir sie nicht mehr aufhalten können.

Sie haben aber weiterhin zwei einfache Möglichkeiten:

- die Annahme des Pakets bei der Zustellung verweigern, sofern der Versanddienstleister das zulässt; es kommt dann zu uns zurück
- oder nach Erhalt über Ihre Bestellungen bei {{ marketplace.name }} eine Rücksendung beantragen

In beiden Fällen veranlassen wir die Erstattung, sobald der Artikel wieder bei uns ist.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Demande d'annulation : commande déjà expédiée",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de nous avoir prévenus. Malheureusement, votre commande {{ order.id }} était déjà expédiée lorsque votre demande nous est parvenue{% if order.trackingNumber %} (numéro de suivi {{ order.trackingNumber }}){% endif %} : nous ne pouvons donc plus l'arrêter.

Vous avez toutefois deux options simples :

- refuser le colis à la livraison, si le transporteur le permet ; il nous sera alors retourné
- ou, une fois le colis reçu, demander un retour depuis vos commandes sur {{ marketplace.name }}

Dans les deux cas, nous procéderons à votre remboursement dès que l'article nous sera revenu.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Richiesta di annullamento: ordine già spedito",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per avercelo comunicato. Purtroppo, quando abbiamo ricevuto la Sua richiesta, l'ordine {{ order.id }} era già stato spedito{% if order.trackingNumber %} (numero di tracciamento {{ order.trackingNumber }}){% endif %}, quindi non possiamo più fermarlo.

Ha comunque due semplici possibilità:

- rifiutare il pacco alla consegna, se il corriere lo consente; in tal caso tornerà a noi
- oppure, una volta ricevuto, richiedere il reso dai Suoi ordini su {{ marketplace.name }}

In entrambi i casi, elaboreremo il rimborso non appena l'articolo ci sarà tornato.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "seller-cancel-cannot-fulfill",
    revision: 1,
    folder: "Order changes",
    intents: ["cancel_order", "order_status"],
    orderStates: ["pending", "unshipped"],
    sites: [],
    tags: ["out of stock", "seller cancellation", "cannot ship", "cancel"],
    translations: {
      en: {
        title: "Seller cancellation: item unavailable",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry to let you know that we are unable to fulfill your order {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}: the item is no longer available, so we have had to cancel the order.

Any payment already taken is refunded to your original payment method. We apologize for the inconvenience.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Cancelación por nuestra parte: artículo no disponible",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Lamentamos comunicarle que no podemos servir su pedido {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}: el artículo ya no está disponible, así que hemos tenido que cancelarlo.

Si ya se le había cobrado algún importe, se le reembolsará en el mismo método de pago. Disculpe las molestias.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Stornierung durch uns: Artikel nicht verfügbar",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

leider müssen wir Ihnen mitteilen, dass wir Ihre Bestellung {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %} nicht ausführen können: Der Artikel ist nicht mehr verfügbar, daher mussten wir die Bestellung stornieren.

Bereits gezahlte Beträge werden über Ihre ursprüngliche Zahlungsmethode erstattet. Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Annulation par le vendeur : article indisponible",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes au regret de vous informer que nous ne sommes pas en mesure d'honorer votre commande {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %} : l'article n'est plus disponible, et nous avons donc dû annuler la commande.

Tout montant déjà débité sera remboursé sur votre moyen de paiement d'origine. Veuillez nous excuser pour la gêne occasionnée.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Annullamento da parte nostra: articolo non disponibile",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Siamo spiacenti di comunicarLe che non possiamo evadere il Suo ordine {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}: l'articolo non è più disponibile e abbiamo quindi dovuto annullare l'ordine.

Eventuali importi già addebitati Le verranno rimborsati sul metodo di pagamento originale. Ci scusiamo per il disagio.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "address-change-not-shipped",
    revision: 1,
    folder: "Order changes",
    intents: ["change_address", "cancel_order"],
    orderStates: ["pending", "unshipped"],
    sites: [],
    tags: ["address change", "wrong address", "shipping address", "update address"],
    translations: {
      en: {
        title: "Address change before shipping",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for getting in touch before your order {{ order.id }} shipped. For your protection and ours, we can only send an order to the address it was placed with on {{ marketplace.name }}, so we are not able to change it on our side.

As the order hasn't shipped yet, the quickest solution is for us to cancel it; you can then place a new order with the correct address. Just reply to confirm and we will cancel it right away.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Cambio de dirección antes del envío",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por avisarnos antes de que saliera su pedido {{ order.id }}. Por su seguridad y la nuestra, solo podemos enviar un pedido a la dirección con la que se hizo en {{ marketplace.name }}, así que no podemos cambiarla desde nuestro lado.

Como el pedido aún no ha salido, lo más rápido es que nosotros lo cancelemos y usted haga un pedido nuevo con la dirección correcta. Confírmenoslo respondiendo a este mensaje y lo cancelaremos de inmediato.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Adressänderung vor dem Versand",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank, dass Sie sich noch vor dem Versand Ihrer Bestellung {{ order.id }} bei uns melden. Zu Ihrer und unserer Sicherheit können wir eine Bestellung nur an die Adresse schicken, mit der sie bei {{ marketplace.name }} aufgegeben wurde; wir können die Adresse daher nicht selbst ändern.

Da die Bestellung noch nicht versandt wurde, ist es am schnellsten, wenn wir sie stornieren; anschließend können Sie eine neue Bestellung mit der richtigen Adresse aufgeben. Bestätigen Sie uns das einfach mit einer kurzen Antwort, und wir stornieren sie sofort.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Changement d'adresse avant expédition",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de nous avoir contactés avant l'expédition de votre commande {{ order.id }}. Pour votre sécurité comme pour la nôtre, nous ne pouvons expédier une commande qu'à l'adresse indiquée lors de l'achat sur {{ marketplace.name }} ; nous ne sommes donc pas en mesure de la modifier de notre côté.

Comme la commande n'a pas encore été expédiée, la solution la plus rapide est que nous l'annulions ; vous pourrez ensuite passer une nouvelle commande avec la bonne adresse. Il vous suffit de nous le confirmer en réponse à ce message et nous l'annulerons aussitôt.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Modifica dell'indirizzo prima della spedizione",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per averci contattato prima della spedizione del Suo ordine {{ order.id }}. Per la Sua e la nostra tutela, possiamo spedire un ordine solo all'indirizzo indicato al momento dell'acquisto su {{ marketplace.name }}, quindi non siamo in grado di modificarlo da parte nostra.

Poiché l'ordine non è ancora stato spedito, la soluzione più rapida è che lo annulliamo noi; potrà poi effettuare un nuovo ordine con l'indirizzo corretto. Ci risponda semplicemente per confermare e lo annulleremo subito.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "address-change-already-shipped",
    revision: 1,
    folder: "Order changes",
    intents: ["change_address"],
    orderStates: ["shipped"],
    sites: [],
    tags: ["address change", "redirect", "already shipped", "wrong address"],
    translations: {
      en: {
        title: "Address change after shipping",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for letting us know. Your order {{ order.id }} has already shipped{% if order.carrier %} with {{ order.carrier }}{% endif %}, so we are no longer able to change the delivery address.

{% if order.trackingNumber %}Many carriers let the recipient redirect a parcel or hold it for pickup: you can ask {{ order.carrier | default: "the carrier" }} using tracking number {{ order.trackingNumber }}. {% endif %}If the parcel can't be delivered, it will come back to us, and we will get in touch to sort it out with you.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Cambio de dirección con el pedido ya enviado",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por avisarnos. Su pedido {{ order.id }} ya ha salido{% if order.carrier %} con {{ order.carrier }}{% endif %}, así que ya no podemos cambiar la dirección de entrega.

{% if order.trackingNumber %}Muchos transportistas permiten al destinatario desviar el envío o dejarlo en un punto de recogida: puede solicitarlo a {{ order.carrier | default: "la empresa de transporte" }} con el número de seguimiento {{ order.trackingNumber }}. {% endif %}Si el paquete no se puede entregar, nos volverá a nosotros y le escribiremos para buscar una solución.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Adressänderung nach dem Versand",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.id }} wurde bereits{% if order.carrier %} mit {{ order.carrier }}{% endif %} versandt, daher können wir die Lieferadresse nicht mehr ändern.

{% if order.trackingNumber %}Bei vielen Versanddienstleistern kann der Empfänger ein Paket umleiten oder zur Abholung bereithalten lassen: Wenden Sie sich dazu mit der Sendungsnummer {{ order.trackingNumber }} an {{ order.carrier | default: "den Versanddienstleister" }}. {% endif %}Kann das Paket nicht zugestellt werden, kommt es zu uns zurück, und wir melden uns bei Ihnen, um gemeinsam eine Lösung zu finden.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Changement d'adresse après expédition",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de nous avoir prévenus. Votre commande {{ order.id }} a déjà été expédiée{% if order.carrier %} par {{ order.carrier }}{% endif %} : nous ne pouvons donc plus modifier l'adresse de livraison.

{% if order.trackingNumber %}De nombreux transporteurs permettent au destinataire de faire réacheminer un colis ou de le faire garder en point de retrait : vous pouvez en faire la demande en contactant {{ order.carrier | default: "le transporteur" }} avec le numéro de suivi {{ order.trackingNumber }}. {% endif %}Si le colis ne peut pas être livré, il nous sera retourné et nous vous contacterons pour trouver une solution avec vous.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Modifica dell'indirizzo dopo la spedizione",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per avercelo comunicato. Il Suo ordine {{ order.id }} è già stato spedito{% if order.carrier %} con {{ order.carrier }}{% endif %}, quindi non possiamo più modificare l'indirizzo di consegna.

{% if order.trackingNumber %}Molti corrieri consentono al destinatario di deviare la spedizione o di farla trattenere per il ritiro: può farne richiesta contattando {{ order.carrier | default: "il corriere" }} con il numero di tracciamento {{ order.trackingNumber }}. {% endif %}Se il pacco non potesse essere consegnato, tornerà a noi e La contatteremo per trovare insieme una soluzione.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "change-order-before-shipping",
    revision: 1,
    folder: "Order changes",
    intents: ["change_order", "cancel_order"],
    orderStates: ["pending", "unshipped"],
    sites: [],
    tags: ["change order", "size", "color", "quantity", "modify order"],
    translations: {
      en: {
        title: "Change to an order before shipping",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your message about order {{ order.id }}. {{ marketplace.name }} doesn't let us change the items, size, color or quantity of an order once it has been placed.

As it hasn't shipped yet, we can cancel it for you, and you can then order exactly what you need. Just reply to confirm and we will cancel it right away.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Modificar un pedido antes del envío",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su mensaje sobre el pedido {{ order.id }}. {{ marketplace.name }} no nos permite modificar los artículos, la talla, el color ni la cantidad de un pedido una vez realizado.

Como todavía no ha salido, podemos cancelarlo nosotros y usted puede volver a pedir exactamente lo que necesita. Confírmenoslo respondiendo a este mensaje y lo cancelaremos de inmediato.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Änderung einer Bestellung vor dem Versand",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachricht zur Bestellung {{ order.id }}. {{ marketplace.name }} erlaubt es uns nicht, Artikel, Größe, Farbe oder Menge einer Bestellung nachträglich zu ändern.

Da Ihre Bestellung noch nicht versandt wurde, können wir sie für Sie stornieren, und Sie können anschließend genau das bestellen, was Sie benötigen. Bestätigen Sie uns das einfach mit einer kurzen Antwort, und wir stornieren sie sofort.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Modification d'une commande avant expédition",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre message concernant la commande {{ order.id }}. {{ marketplace.name }} ne nous permet pas de modifier les articles, la taille, la couleur ou la quantité d'une commande une fois celle-ci passée.

Comme la commande n'a pas encore été expédiée, nous pouvons l'annuler pour vous ; vous pourrez ensuite commander exactement ce dont vous avez besoin. Il vous suffit de nous le confirmer en réponse à ce message et nous l'annulerons aussitôt.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Modifica di un ordine prima della spedizione",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per il Suo messaggio sull'ordine {{ order.id }}. {{ marketplace.name }} non ci consente di modificare gli articoli, la taglia, il colore o la quantità di un ordine dopo che è stato effettuato.

Poiché non è ancora stato spedito, possiamo annullarlo noi; potrà poi ordinare esattamente ciò che Le serve. Ci risponda semplicemente per confermare e lo annulleremo subito.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "custom-order-confirm-details",
    revision: 1,
    folder: "Order changes",
    intents: ["change_order", "product_question"],
    orderStates: ["pending", "unshipped"],
    sites: [],
    tags: ["custom", "personalized", "personalised", "engraving", "design check"],
    translations: {
      en: {
        title: "Personalized order: confirm the details",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thank you for your personalized order {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. Before we start making it, we'd like to confirm the details so it turns out exactly as you want.

Please reply to this message with:

- the exact text, with spelling, capital letters and punctuation as they should appear
- your choice of font, color or design, if the listing offers options

We will start as soon as we have your confirmation, so the sooner you reply, the sooner it can ship.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Pedido personalizado: confirmar los detalles",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su pedido personalizado {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. Antes de empezar a prepararlo, queremos confirmar los detalles para que quede exactamente como usted desea.

Responda a este mensaje indicando:

- el texto exacto, con la ortografía, las mayúsculas y los signos de puntuación tal como deben aparecer
- la fuente, el color o el diseño que prefiere, si el anuncio ofrece opciones

Empezaremos en cuanto recibamos su confirmación, así que cuanto antes nos responda, antes podremos enviárselo.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Personalisierte Bestellung: Details bestätigen",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre personalisierte Bestellung {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. Bevor wir mit der Anfertigung beginnen, möchten wir die Details mit Ihnen abstimmen, damit alles genau so wird, wie Sie es sich wünschen.

Bitte antworten Sie auf diese Nachricht mit:

- dem genauen Text, in der Schreibweise, mit Groß- und Kleinschreibung und Satzzeichen, wie er erscheinen soll
- Ihrer Wahl von Schriftart, Farbe oder Design, falls das Angebot Optionen bietet

Wir beginnen, sobald Ihre Bestätigung vorliegt: Je früher Sie antworten, desto früher kann die Bestellung versandt werden.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Commande personnalisée : confirmer les détails",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre commande personnalisée {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. Avant d'en commencer la fabrication, nous souhaitons confirmer les détails avec vous, afin que le résultat corresponde exactement à vos attentes.

Veuillez répondre à ce message en nous indiquant :

- le texte exact, avec l'orthographe, les majuscules et la ponctuation tels qu'ils doivent apparaître
- la police, la couleur ou le motif de votre choix, si l'annonce propose des options

Nous commencerons dès réception de votre confirmation : plus vite vous nous répondrez, plus vite votre commande pourra être expédiée.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Ordine personalizzato: conferma dei dettagli",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per il Suo ordine personalizzato {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. Prima di iniziare la realizzazione, vorremmo confermare i dettagli, in modo che il risultato sia esattamente come lo desidera.

Risponda a questo messaggio indicandoci:

- il testo esatto, con ortografia, maiuscole e punteggiatura così come devono comparire
- il carattere, il colore o il design che preferisce, se l'annuncio offre delle opzioni

Inizieremo non appena avremo ricevuto la Sua conferma: prima ci risponde, prima potremo spedire l'ordine.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
]
