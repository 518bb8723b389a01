import type { StarterTemplate } from "~templates/schema"

/**
 * Questions before a purchase. Amazon forbids promotions in messages, so price questions get one
 * reply per marketplace: eBay has offers, Amazon only the listing price.
 */
export const PRESALE_TEMPLATES: StarterTemplate[] = [
  {
    key: "product-question-answer",
    revision: 1,
    folder: "Pre-sale & product",
    intents: ["product_question"],
    orderStates: [],
    sites: [],
    tags: ["product question", "pre-sale", "specifications", "details"],
    translations: {
      en: {
        title: "Product question: answer",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your question about "{{ item.title }}".

{{ agent.answer }}

If there's anything else you'd like to know before ordering, just ask; we're happy to help.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Pregunta sobre el producto: respuesta",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su pregunta sobre «{{ item.title }}».

{{ agent.answer }}

Si quiere saber algo más antes de hacer el pedido, pregúntenos sin problema; estaremos encantados de ayudarle.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Produktfrage: Antwort",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Frage zu „{{ item.title }}“.

{{ agent.answer }}

Wenn Sie vor der Bestellung noch etwas wissen möchten, fragen Sie uns einfach; wir helfen Ihnen gerne weiter.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Question sur le produit : réponse",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre question concernant « {{ item.title }} ».

{{ agent.answer }}

Si vous souhaitez savoir autre chose avant de commander, n'hésitez pas à nous le demander ; nous serons ravis de vous aider.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Domanda sul prodotto: risposta",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per la domanda su «{{ item.title }}».

{{ agent.answer }}

Se desidera sapere altro prima di ordinare, non esiti a chiedere: saremo lieti di aiutarLa.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "product-compatibility-check",
    revision: 1,
    folder: "Pre-sale & product",
    intents: ["product_question"],
    orderStates: [],
    sites: [],
    tags: ["compatibility", "will it fit", "model number", "pre-sale"],
    translations: {
      en: {
        title: "Compatibility question: ask for the model",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for checking before you order. To confirm whether "{{ item.title }}" is compatible, could you tell us the exact make and model of the device you want to use it with? The model number is usually printed on a label on the back or underside, or shown in its settings or manual.

As soon as we have it, we will check and let you know.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Consulta de compatibilidad: pedir el modelo",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por consultarnos antes de hacer el pedido. Para confirmar si «{{ item.title }}» es compatible, ¿podría indicarnos la marca y el modelo exactos del aparato con el que quiere usarlo? El número de modelo suele figurar en una etiqueta en la parte trasera o inferior, o bien en los ajustes o en el manual.

En cuanto nos lo indique, lo comprobaremos y le responderemos.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Kompatibilitätsfrage: nach dem Modell fragen",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank, dass Sie vor der Bestellung bei uns nachfragen. Damit wir prüfen können, ob „{{ item.title }}“ kompatibel ist: Könnten Sie uns die genaue Marke und das Modell des Geräts nennen, mit dem Sie den Artikel verwenden möchten? Die Modellnummer steht meist auf einem Etikett auf der Rück- oder Unterseite oder ist in den Einstellungen bzw. der Bedienungsanleitung zu finden.

Sobald uns die Angaben vorliegen, prüfen wir das und geben Ihnen Bescheid.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Question de compatibilité : demander le modèle",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de vous renseigner avant de commander. Pour confirmer la compatibilité de « {{ item.title }} », pourriez-vous nous indiquer la marque et le modèle exacts de l'appareil avec lequel vous souhaitez l'utiliser ? La référence du modèle figure généralement sur une étiquette au dos ou sous l'appareil, ou dans ses paramètres ou sa notice.

Dès que nous l'aurons, nous vérifierons et reviendrons vers vous.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Domanda sulla compatibilità: chiedere il modello",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per averci contattato prima di ordinare. Per confermare se «{{ item.title }}» è compatibile, potrebbe indicarci marca e modello esatti del dispositivo con cui desidera utilizzarlo? Il numero di modello si trova di solito su un'etichetta sul retro o sul fondo del dispositivo, oppure nelle impostazioni o nel manuale.

Non appena ce lo indicherà, lo verificheremo e Le daremo una risposta.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "product-out-of-stock",
    revision: 1,
    folder: "Pre-sale & product",
    intents: ["product_question"],
    orderStates: [],
    sites: [],
    tags: ["out of stock", "availability", "restock", "back in stock"],
    translations: {
      en: {
        title: "Out of stock: no restock date yet",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your interest in "{{ item.title }}". It is currently out of stock, and we don't have a confirmed date for new stock yet.

As soon as it is available again, the listing on {{ marketplace.name }} will show it in stock and you will be able to order it straight away.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Sin existencias: aún sin fecha de reposición",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su interés en «{{ item.title }}». Ahora mismo está agotado y todavía no tenemos una fecha confirmada de reposición.

En cuanto vuelva a estar disponible, el anuncio en {{ marketplace.name }} lo mostrará en stock y podrá pedirlo directamente.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Nicht vorrätig: noch kein Termin für neue Ware",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihr Interesse an „{{ item.title }}“. Der Artikel ist derzeit nicht vorrätig, und wir haben noch keinen bestätigten Termin für neue Ware.

Sobald er wieder verfügbar ist, wird er im Angebot bei {{ marketplace.name }} als vorrätig angezeigt, und Sie können ihn dann wie gewohnt bestellen.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Rupture de stock : pas encore de date de réassort",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de votre intérêt pour « {{ item.title }} ». Cet article est actuellement en rupture de stock, et nous n'avons pas encore de date confirmée de réapprovisionnement.

Dès qu'il sera de nouveau disponible, l'annonce sur {{ marketplace.name }} l'indiquera en stock et vous pourrez le commander immédiatement.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Esaurito: nessuna data di riassortimento per ora",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per l'interesse per «{{ item.title }}». Al momento l'articolo è esaurito e non abbiamo ancora una data confermata per il riassortimento.

Appena lo avremo di nuovo in magazzino, l'annuncio su {{ marketplace.name }} lo mostrerà come disponibile e potrà ordinarlo subito.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "amazon-price-question",
    revision: 1,
    folder: "Pre-sale & product",
    intents: ["product_question"],
    orderStates: [],
    sites: ["amazon"],
    tags: ["price", "discount", "cheaper", "bulk price"],
    translations: {
      en: {
        title: "Price or discount question (Amazon)",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your interest in "{{ item.title }}". The price on the Amazon listing is the same for every customer, and we aren't able to offer individual prices through messages.

Any change to the price always appears on the listing itself.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Pregunta sobre precio o descuento (Amazon)",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su interés en «{{ item.title }}». El precio del anuncio en Amazon es el mismo para todos los clientes, y no podemos ofrecer precios individuales por mensaje.

Cualquier cambio de precio se refleja siempre en el propio anuncio.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Frage zu Preis oder Rabatt (Amazon)",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihr Interesse an „{{ item.title }}“. Der Preis im Amazon-Angebot ist für alle Kunden gleich, und wir können über Nachrichten keine individuellen Preise anbieten.

Preisänderungen sind immer direkt im Angebot zu sehen.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Question sur le prix ou une remise (Amazon)",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de votre intérêt pour « {{ item.title }} ». Le prix affiché sur la fiche produit Amazon est le même pour tous les clients, et nous ne pouvons pas proposer de prix individuels par message.

Toute modification de prix apparaît toujours directement sur la fiche produit.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Domanda su prezzo o sconto (Amazon)",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per l'interesse per «{{ item.title }}». Il prezzo indicato nella pagina del prodotto su Amazon è lo stesso per tutti i clienti e non possiamo proporre prezzi individuali tramite messaggio.

Eventuali variazioni di prezzo sono sempre visibili direttamente nella pagina del prodotto.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "ebay-price-question-offer",
    revision: 1,
    folder: "Pre-sale & product",
    intents: ["product_question"],
    orderStates: [],
    sites: ["ebay"],
    tags: ["price", "discount", "best offer", "make offer", "multiple items"],
    translations: {
      en: {
        title: "Price question: offers on eBay",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your interest in "{{ item.title }}". If the listing shows the Make Offer option, you're welcome to send us an offer through eBay and we will look at it promptly. If you'd like several units, tell us how many and we will quote you a price for that quantity.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Pregunta sobre el precio: ofertas en eBay",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su interés en «{{ item.title }}». Si el anuncio muestra la opción «Hacer oferta», puede enviarnos la suya a través de eBay y la estudiaremos enseguida. Si le interesan varias unidades, díganos cuántas y revisaremos el precio para esa cantidad.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Preisfrage: Preisvorschläge bei eBay",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihr Interesse an „{{ item.title }}“. Wenn im Angebot die Option „Preisvorschlag senden“ angezeigt wird, können Sie uns gerne über eBay einen Preisvorschlag schicken; wir sehen ihn uns umgehend an. Falls Sie mehrere Exemplare möchten, nennen Sie uns die gewünschte Anzahl, und wir nennen Ihnen einen Preis für diese Menge.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Question sur le prix : offres sur eBay",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de votre intérêt pour « {{ item.title }} ». Si l'annonce affiche l'option « Faire une offre », n'hésitez pas à nous envoyer une offre via eBay : nous l'examinerons rapidement. Si vous souhaitez plusieurs exemplaires, indiquez-nous combien et nous vous proposerons un prix pour cette quantité.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Domanda sul prezzo: proposte su eBay",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per l'interesse per «{{ item.title }}». Se nell'inserzione è presente l'opzione «Fai una proposta», può inviarci la Sua proposta tramite eBay e la valuteremo tempestivamente. Se desidera più pezzi, ci indichi quanti e Le comunicheremo un prezzo per quella quantità.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
]
