import type { StarterTemplate } from "~templates/schema"

/** Amazon-only situations: Amazon writing for the buyer, and orders Amazon itself fulfilled (FBA). */
export const NOTICE_TEMPLATES: StarterTemplate[] = [
  {
    key: "amazon-on-behalf-of-buyer",
    revision: 1,
    folder: "Marketplace notices",
    intents: ["other", "order_status"],
    orderStates: [],
    sites: ["amazon"],
    tags: ["amazon on behalf", "amazon customer service", "order status"],
    translations: {
      en: {
        title: "Reply to Amazon writing on the buyer's behalf",
        body: `Hello,

Thank you for contacting us on the customer's behalf about order {{ order.id }}. Here is its current status:

- {% if order.trackingNumber or order.shippedDate %}Shipped{% if order.shippedDate %} on {{ order.shippedDate }}{% endif %} with {{ order.carrier }}, tracking number {{ order.trackingNumber }}{% else %}Not shipped yet, due to ship by {{ order.shipBy }}{% endif %}
{% if order.deliverBy %}- Estimated delivery: {{ order.deliverBy }}
{% endif %}
We are glad to help the customer with anything else they need regarding this order.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Respuesta a Amazon cuando escribe en nombre del comprador",
        body: `Hola:

Gracias por contactarnos en nombre del cliente en relación con el pedido {{ order.id }}. Esta es su situación actual:

- {% if order.trackingNumber or order.shippedDate %}Enviado{% if order.shippedDate %} el {{ order.shippedDate }}{% endif %} con {{ order.carrier }}, número de seguimiento {{ order.trackingNumber }}{% else %}Pendiente de envío, con fecha límite de envío {{ order.shipBy }}{% endif %}
{% if order.deliverBy %}- Entrega estimada: {{ order.deliverBy }}
{% endif %}
Quedamos a disposición del cliente para cualquier otra cuestión sobre este pedido.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Antwort an Amazon bei Anfrage im Namen des Käufers",
        body: `Guten Tag,

vielen Dank, dass Sie uns im Namen des Kunden zur Bestellung {{ order.id }} kontaktieren. Hier der aktuelle Stand:

- {% if order.trackingNumber or order.shippedDate %}Versandt{% if order.shippedDate %} am {{ order.shippedDate }}{% endif %} mit {{ order.carrier }}, Sendungsnummer {{ order.trackingNumber }}{% else %}Noch nicht versandt, Versand spätestens am {{ order.shipBy }}{% endif %}
{% if order.deliverBy %}- Voraussichtliche Zustellung: {{ order.deliverBy }}
{% endif %}
Gerne helfen wir dem Kunden bei allen weiteren Anliegen zu dieser Bestellung.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Réponse à Amazon écrivant pour le compte de l'acheteur",
        body: `Bonjour,

Merci de nous avoir contactés au nom du client au sujet de la commande {{ order.id }}. Voici sa situation actuelle :

- {% if order.trackingNumber or order.shippedDate %}Expédiée{% if order.shippedDate %} le {{ order.shippedDate }}{% endif %} par {{ order.carrier }}, numéro de suivi {{ order.trackingNumber }}{% else %}Pas encore expédiée, expédition prévue au plus tard le {{ order.shipBy }}{% endif %}
{% if order.deliverBy %}- Livraison estimée : {{ order.deliverBy }}
{% endif %}
Nous restons à la disposition du client pour toute autre question concernant cette commande.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Risposta ad Amazon che scrive per conto dell'acquirente",
        body: `Buongiorno,

Grazie per averci contattato per conto del cliente in merito all'ordine {{ order.id }}. Questa è la situazione attuale:

- {% if order.trackingNumber or order.shippedDate %}Spedito{% if order.shippedDate %} {{ order.shippedDate }}{% endif %} con {{ order.carrier }}, numero di tracciamento {{ order.trackingNumber }}{% else %}Non ancora spedito, spedizione prevista entro {{ order.shipBy }}{% endif %}
{% if order.deliverBy %}- Consegna prevista: {{ order.deliverBy }}
{% endif %}
Restiamo a disposizione per aiutare il cliente con qualsiasi altra necessità relativa a questo ordine.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "amazon-fba-order-customer-service",
    revision: 1,
    folder: "Marketplace notices",
    intents: ["order_status", "not_received", "damaged_defective", "return_request"],
    orderStates: [],
    sites: ["amazon"],
    tags: ["fba", "fulfilled by amazon", "amazon customer service", "redirect", "lost", "damaged"],
    translations: {
      en: {
        title: "FBA order: refer to Amazon customer service",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thank you for your message, and I'm sorry for the trouble with order {{ order.id }}. This order was shipped by Amazon from its own fulfillment center (Fulfilled by Amazon), so Amazon handles its delivery, returns and refunds directly and can help you fastest.

Please go to Your Orders on Amazon, select this order and choose the option to get help with it; from there you can contact Amazon customer service.

Thank you for your understanding.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Pedido FBA: remitir a atención al cliente de Amazon",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su mensaje, y sentimos los problemas con el pedido {{ order.id }}. Este pedido lo envió Amazon desde su propio centro logístico (Logística de Amazon), así que es Amazon quien gestiona directamente la entrega, las devoluciones y los reembolsos, y quien puede ayudarle con más rapidez.

Entre en Mis pedidos en Amazon, seleccione este pedido y elija la opción de obtener ayuda; desde ahí podrá contactar con el servicio de atención al cliente de Amazon.

Gracias por su comprensión.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "FBA-Bestellung: an den Amazon-Kundenservice verweisen",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachricht, und es tut uns leid, dass es mit der Bestellung {{ order.id }} Probleme gibt. Diese Bestellung wurde von Amazon aus einem eigenen Logistikzentrum verschickt (Versand durch Amazon). Amazon wickelt daher Lieferung, Rücksendungen und Erstattungen direkt ab und kann Ihnen am schnellsten helfen.

Bitte öffnen Sie bei Amazon „Meine Bestellungen“, wählen Sie diese Bestellung aus und nutzen Sie die Option, Hilfe zu dieser Bestellung zu erhalten; dort können Sie den Amazon-Kundenservice kontaktieren.

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Commande FBA : orienter vers le service client Amazon",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre message, et nous sommes désolés pour le désagrément concernant la commande {{ order.id }}. Cette commande a été expédiée par Amazon depuis son propre centre de distribution (Expédié par Amazon) : c'est donc Amazon qui gère directement sa livraison, les retours et les remboursements, et qui peut vous aider le plus rapidement.

Rendez-vous dans Vos commandes sur Amazon, sélectionnez cette commande et choisissez l'option permettant d'obtenir de l'aide ; vous pourrez alors contacter le service client Amazon.

Merci de votre compréhension.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Ordine FBA: rimandare al servizio clienti di Amazon",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per il Suo messaggio e ci dispiace per il problema con l'ordine {{ order.id }}. Questo ordine è stato spedito da Amazon dal proprio centro logistico (Logistica di Amazon), quindi è Amazon a gestire direttamente consegna, resi e rimborsi e a poterLa aiutare più rapidamente.

Acceda a «I miei ordini» su Amazon, selezioni questo ordine e scelga l'opzione per ricevere assistenza; da lì potrà contattare il servizio clienti di Amazon.

Grazie per la comprensione.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
]
