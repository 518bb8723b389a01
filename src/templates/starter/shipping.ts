import type { StarterTemplate } from "~templates/schema"

/** Where is my order, delays, delivered-but-missing, lost parcels, shipping questions. */
export const SHIPPING_TEMPLATES: StarterTemplate[] = [
  {
    key: "order-status-not-yet-shipped",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["order_status"],
    orderStates: ["pending", "unshipped"],
    sites: [],
    tags: ["where is my order", "wismo", "not shipped", "ship by", "dispatch"],
    translations: {
      en: {
        title: "Where is my order: not shipped yet",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your message. Your order {{ order.id }} hasn't shipped yet: we are preparing it and it is due to leave us by {{ order.shipBy }}.{% if order.deliverBy %} The estimated delivery date is {{ order.deliverBy }}.{% endif %}

As soon as it ships, the tracking details will appear in your order on {{ marketplace.name }}, so you can follow it all the way to your door.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Dónde está mi pedido: aún no enviado",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por escribirnos. Su pedido {{ order.id }} todavía no ha salido: lo estamos preparando y lo enviaremos como tarde el {{ order.shipBy }}.{% if order.deliverBy %} La fecha estimada de entrega es {{ order.deliverBy }}.{% endif %}

En cuanto salga, verá los datos de seguimiento en el detalle del pedido en {{ marketplace.name }} y podrá seguir el envío hasta la entrega.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Wo ist meine Bestellung: noch nicht versandt",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.id }} wurde noch nicht versandt: Wir bereiten sie gerade vor, und sie wird spätestens am {{ order.shipBy }} verschickt.{% if order.deliverBy %} Voraussichtlich wird sie am {{ order.deliverBy }} zugestellt.{% endif %}

Sobald sie unterwegs ist, finden Sie die Sendungsverfolgung in Ihrer Bestellung bei {{ marketplace.name }} und können das Paket bis zu Ihrer Haustür verfolgen.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Où est ma commande : pas encore expédiée",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre message. Votre commande {{ order.id }} n'a pas encore été expédiée : nous la préparons, et elle partira de chez nous au plus tard le {{ order.shipBy }}.{% if order.deliverBy %} Date de livraison estimée : {{ order.deliverBy }}.{% endif %}

Dès son expédition, les informations de suivi apparaîtront dans votre commande sur {{ marketplace.name }} : vous pourrez ainsi suivre le colis jusqu'à votre porte.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Dov'è il mio ordine: non ancora spedito",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per il Suo messaggio. Il Suo ordine {{ order.id }} non è ancora stato spedito: lo stiamo preparando e partirà entro {{ order.shipBy }}.{% if order.deliverBy %} La consegna è prevista per {{ order.deliverBy }}.{% endif %}

Non appena sarà spedito, troverà i dati di tracciamento nei dettagli dell'ordine su {{ marketplace.name }} e potrà seguire il pacco fino alla consegna.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "order-status-shipped-tracking",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["order_status"],
    orderStates: ["shipped"],
    sites: [],
    tags: ["where is my order", "wismo", "tracking", "shipped", "carrier"],
    translations: {
      en: {
        title: "Where is my order: shipped, with tracking",
        body: `Hi {{ buyer.firstName | default: "there" }},

Your order {{ order.id }} is on its way. We shipped it{% if order.shippedDate %} on {{ order.shippedDate }}{% endif %} with {{ order.carrier }}, tracking number {{ order.trackingNumber }}.

{% if order.deliverBy %}The estimated delivery date is {{ order.deliverBy }}. {% endif %}Carriers sometimes take a day to show the first scan, so if the tracking shows nothing yet, please check again a little later.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Dónde está mi pedido: enviado, con seguimiento",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Su pedido {{ order.id }} ya está en camino. Lo enviamos{% if order.shippedDate %} el {{ order.shippedDate }}{% endif %} con {{ order.carrier }} y el número de seguimiento es {{ order.trackingNumber }}.

{% if order.deliverBy %}La fecha estimada de entrega es {{ order.deliverBy }}. {% endif %}A veces el transportista tarda un día en registrar el primer movimiento, así que, si el seguimiento todavía no muestra nada, vuelva a consultarlo un poco más tarde.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Wo ist meine Bestellung: versandt, mit Sendungsnummer",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ihre Bestellung {{ order.id }} ist unterwegs. Wir haben sie{% if order.shippedDate %} am {{ order.shippedDate }}{% endif %} mit {{ order.carrier }} verschickt, die Sendungsnummer lautet {{ order.trackingNumber }}.

{% if order.deliverBy %}Voraussichtlich wird sie am {{ order.deliverBy }} zugestellt. {% endif %}Manchmal dauert es einen Tag, bis der Versanddienstleister den ersten Scan anzeigt. Falls die Sendungsverfolgung noch nichts zeigt, schauen Sie bitte etwas später noch einmal nach.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Où est ma commande : expédiée, avec suivi",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Votre commande {{ order.id }} est en route. Nous l'avons expédiée{% if order.shippedDate %} le {{ order.shippedDate }}{% endif %} par {{ order.carrier }}, numéro de suivi {{ order.trackingNumber }}.

{% if order.deliverBy %}Date de livraison estimée : {{ order.deliverBy }}. {% endif %}Il arrive que le transporteur mette une journée à enregistrer le premier scan : si le suivi n'affiche encore rien, nous vous invitons à le consulter de nouveau un peu plus tard.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Dov'è il mio ordine: spedito, con tracciamento",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Il Suo ordine {{ order.id }} è in viaggio. L'abbiamo spedito{% if order.shippedDate %} {{ order.shippedDate }}{% endif %} con {{ order.carrier }}, numero di tracciamento {{ order.trackingNumber }}.

{% if order.deliverBy %}La consegna è prevista per {{ order.deliverBy }}. {% endif %}A volte il corriere impiega un giorno a registrare la prima scansione: se il tracciamento non mostra ancora nulla, La preghiamo di ricontrollare un po' più tardi.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "order-status-delivered-not-received",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["not_received", "order_status"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["delivered not received", "marked delivered", "missing parcel", "tracking"],
    translations: {
      en: {
        title: "Marked as delivered but not received",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry your parcel hasn't turned up. The tracking for order {{ order.id }}{% if order.trackingNumber %} ({{ order.trackingNumber }}){% endif %} shows it as delivered{% if order.deliveredDate %} on {{ order.deliveredDate }}{% endif %}, and a few quick checks often find it:

- around the entrance, porch, garage or any safe place the driver may have used
- your mailbox, parcel locker or building reception
- with neighbors or anyone else at the address who may have taken it in
- for a delivery notice left by the carrier

Parcels are sometimes marked as delivered shortly before they actually arrive, so it is also worth waiting until the end of the next business day. If it still hasn't appeared by then, please reply to this message and we will open an investigation with the carrier straight away.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Entregado según el seguimiento, pero no recibido",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Lamentamos que el paquete no le haya llegado. Según el seguimiento del pedido {{ order.id }}{% if order.trackingNumber %} ({{ order.trackingNumber }}){% endif %}, se entregó{% if order.deliveredDate %} el {{ order.deliveredDate }}{% endif %}. Muchas veces el paquete aparece al revisar lo siguiente:

- la entrada, el porche, el garaje o cualquier otro lugar donde el repartidor haya podido dejarlo
- el buzón, la taquilla de paquetería o la conserjería del edificio
- si algún vecino u otra persona del domicilio lo ha recogido
- si el repartidor ha dejado un aviso de entrega

A veces el transportista marca el envío como entregado poco antes de que llegue de verdad, así que conviene esperar hasta el final del siguiente día hábil. Si para entonces sigue sin aparecer, responda a este mensaje y abriremos de inmediato una investigación con el transportista.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Als zugestellt markiert, aber nicht erhalten",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

es tut uns leid, dass Ihr Paket nicht bei Ihnen angekommen ist. Laut Sendungsverfolgung wurde die Bestellung {{ order.id }}{% if order.trackingNumber %} ({{ order.trackingNumber }}){% endif %}{% if order.deliveredDate %} am {{ order.deliveredDate }}{% endif %} zugestellt. Oft findet sich das Paket nach einer kurzen Suche wieder. Bitte sehen Sie nach:

- rund um den Eingang, auf der Terrasse, in der Garage oder an einem anderen geschützten Ablageort, den der Zusteller genutzt haben könnte
- im Briefkasten, im Paketkasten oder Paketschließfach oder am Empfang Ihres Gebäudes
- bei Nachbarn oder anderen Personen an Ihrer Adresse, die es angenommen haben könnten
- ob der Zusteller eine Benachrichtigungskarte hinterlassen hat

Manchmal werden Pakete schon kurz vor der tatsächlichen Zustellung als zugestellt markiert. Es lohnt sich daher auch, bis zum Ende des nächsten Werktags abzuwarten. Sollte das Paket bis dahin nicht aufgetaucht sein, antworten Sie bitte auf diese Nachricht, und wir leiten sofort eine Nachforschung beim Versanddienstleister ein.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Indiqué comme livré mais non reçu",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes désolés que votre colis ne vous soit pas parvenu. Le suivi de la commande {{ order.id }}{% if order.trackingNumber %} ({{ order.trackingNumber }}){% endif %} l'indique comme livré{% if order.deliveredDate %} le {{ order.deliveredDate }}{% endif %}, et quelques vérifications rapides permettent souvent de le retrouver :

- les abords de l'entrée, le porche, le garage ou tout autre endroit sûr où le livreur a pu le déposer
- votre boîte aux lettres, une consigne à colis ou l'accueil de votre immeuble
- vos voisins ou toute autre personne à cette adresse qui aurait pu le réceptionner
- un éventuel avis de passage laissé par le transporteur

Il arrive qu'un colis soit indiqué comme livré peu avant son arrivée effective : mieux vaut donc attendre la fin du jour ouvrable suivant. S'il n'est toujours pas arrivé à ce moment-là, répondez simplement à ce message et nous ouvrirons immédiatement une enquête auprès du transporteur.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Risulta consegnato ma non ricevuto",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ci dispiace che il pacco non Le sia arrivato. Secondo il tracciamento dell'ordine {{ order.id }}{% if order.trackingNumber %} ({{ order.trackingNumber }}){% endif %}, la consegna risulta effettuata{% if order.deliveredDate %} {{ order.deliveredDate }}{% endif %}. Spesso il pacco si ritrova controllando:

- l'ingresso, il portico, il garage o qualsiasi altro luogo sicuro in cui il corriere potrebbe averlo lasciato
- la cassetta delle lettere, un locker per pacchi o la portineria dello stabile
- se un vicino o un'altra persona all'indirizzo lo ha ritirato
- se il corriere ha lasciato un avviso di passaggio

A volte un pacco risulta consegnato poco prima che arrivi davvero, quindi conviene attendere anche fino alla fine del giorno lavorativo successivo. Se entro allora non fosse ancora arrivato, risponda a questo messaggio e apriremo subito un'indagine con il corriere.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "delivery-delay-in-transit",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["order_status", "not_received"],
    orderStates: ["shipped"],
    sites: [],
    tags: ["delay", "late delivery", "in transit", "tracking not updating"],
    translations: {
      en: {
        title: "Delivery delayed in transit",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry your order {{ order.id }} is taking longer than expected. It is in transit with {{ order.carrier }}{% if order.trackingNumber %} (tracking number {{ order.trackingNumber }}){% endif %}; parcels sometimes pause for a day or two in the carrier's network and then move on again.

{% if order.deliverBy %}The estimated delivery date is {{ order.deliverBy }}. If it hasn't arrived by then{% else %}If it hasn't arrived by the end of the estimated delivery window{% endif %}, please reply to this message: we will open an investigation with the carrier and agree the next step with you.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Retraso en la entrega: envío en tránsito",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Sentimos que su pedido {{ order.id }} esté tardando más de lo previsto. Está en tránsito con {{ order.carrier }}{% if order.trackingNumber %} (número de seguimiento {{ order.trackingNumber }}){% endif %}; a veces los paquetes se quedan parados uno o dos días en la red del transportista y después siguen su camino.

{% if order.deliverBy %}La fecha estimada de entrega es {{ order.deliverBy }}. Si para entonces no lo ha recibido{% else %}Si al final del plazo de entrega estimado no lo ha recibido{% endif %}, responda a este mensaje: abriremos una investigación con el transportista y acordaremos con usted cómo seguir.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Lieferverzögerung: Paket unterwegs",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

es tut uns leid, dass Ihre Bestellung {{ order.id }} länger braucht als erwartet. Sie ist mit {{ order.carrier }}{% if order.trackingNumber %} (Sendungsnummer {{ order.trackingNumber }}){% endif %} unterwegs; manchmal bleiben Pakete ein oder zwei Tage im Netz des Versanddienstleisters liegen und werden dann weiterbefördert.

{% if order.deliverBy %}Voraussichtlich wird sie am {{ order.deliverBy }} zugestellt. Sollte sie bis dahin nicht angekommen sein{% else %}Sollte sie bis zum Ende des voraussichtlichen Lieferzeitraums nicht angekommen sein{% endif %}, antworten Sie bitte auf diese Nachricht: Wir leiten dann eine Nachforschung beim Versanddienstleister ein und besprechen mit Ihnen das weitere Vorgehen.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Retard de livraison : colis en transit",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes désolés que votre commande {{ order.id }} mette plus de temps que prévu à arriver. Elle est en cours d'acheminement par {{ order.carrier }}{% if order.trackingNumber %} (numéro de suivi {{ order.trackingNumber }}){% endif %} ; il arrive que les colis marquent une pause d'un jour ou deux dans le réseau du transporteur avant de reprendre leur route.

{% if order.deliverBy %}Date de livraison estimée : {{ order.deliverBy }}. Si votre commande n'est pas arrivée d'ici là{% else %}Si votre commande n'est pas arrivée à la fin du délai de livraison estimé{% endif %}, merci de répondre à ce message : nous ouvrirons une enquête auprès du transporteur et conviendrons avec vous de la suite à donner.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Consegna in ritardo: spedizione in transito",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ci dispiace che il Suo ordine {{ order.id }} stia impiegando più tempo del previsto. È in transito con {{ order.carrier }}{% if order.trackingNumber %} (numero di tracciamento {{ order.trackingNumber }}){% endif %}; a volte i pacchi restano fermi un giorno o due nella rete del corriere e poi riprendono il viaggio.

{% if order.deliverBy %}La consegna è prevista per {{ order.deliverBy }}. Se entro allora non l'avrà ricevuto{% else %}Se entro la fine del periodo di consegna previsto non l'avrà ricevuto{% endif %}, risponda a questo messaggio: apriremo un'indagine con il corriere e concorderemo con Lei come procedere.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "dispatch-delay-not-shipped",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["order_status", "complaint"],
    orderStates: ["unshipped"],
    sites: [],
    tags: ["late shipment", "dispatch delay", "not shipped", "delay"],
    translations: {
      en: {
        title: "Shipping delay on our side",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry for the wait. Your order {{ order.id }} has been delayed on our side and hasn't shipped yet. We are giving it priority and will ship it as soon as we can; the tracking details will then appear in your order on {{ marketplace.name }}.

If you'd rather not wait, just reply to this message and we will cancel the order for you. Any payment already taken is then refunded to your original payment method.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Retraso en el envío por nuestra parte",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Disculpe la espera. Su pedido {{ order.id }} se ha retrasado por nuestra parte y todavía no ha salido. Le estamos dando prioridad y lo enviaremos lo antes posible; en cuanto salga, verá el seguimiento en el detalle del pedido en {{ marketplace.name }}.

Si prefiere no esperar, responda a este mensaje y nosotros cancelaremos el pedido. Si ya se le ha cobrado algún importe, se le reembolsará en el mismo método de pago.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Versandverzögerung bei uns",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

bitte entschuldigen Sie die Wartezeit. Ihre Bestellung {{ order.id }} hat sich bei uns verzögert und wurde noch nicht versandt. Wir bearbeiten sie vorrangig und verschicken sie so schnell wie möglich; die Sendungsverfolgung finden Sie dann in Ihrer Bestellung bei {{ marketplace.name }}.

Wenn Sie lieber nicht warten möchten, antworten Sie einfach auf diese Nachricht, und wir stornieren die Bestellung für Sie. Bereits gezahlte Beträge werden Ihnen dann über Ihre ursprüngliche Zahlungsmethode erstattet.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Retard d'expédition de notre côté",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Veuillez nous excuser pour l'attente. Votre commande {{ order.id }} a pris du retard de notre côté et n'a pas encore été expédiée. Nous la traitons en priorité et l'expédierons dès que possible ; les informations de suivi apparaîtront alors dans votre commande sur {{ marketplace.name }}.

Si vous préférez ne pas attendre, répondez simplement à ce message et nous annulerons la commande pour vous. Tout montant déjà débité vous sera alors remboursé sur votre moyen de paiement d'origine.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Ritardo nella spedizione da parte nostra",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ci scusiamo per l'attesa. Il Suo ordine {{ order.id }} ha subito un ritardo da parte nostra e non è ancora stato spedito. Gli stiamo dando la priorità e lo spediremo il prima possibile; a quel punto troverà i dati di tracciamento nei dettagli dell'ordine su {{ marketplace.name }}.

Se preferisce non attendere, risponda semplicemente a questo messaggio e annulleremo noi l'ordine. Eventuali importi già addebitati Le verranno rimborsati sul metodo di pagamento originale.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "item-not-received-claim",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["not_received", "complaint"],
    orderStates: ["shipped", "delivered"],
    sites: [],
    tags: ["item not received", "inr", "claim", "a-to-z", "case"],
    translations: {
      en: {
        title: "Item not received claim opened",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry your order {{ order.id }} hasn't reached you, and I understand why you opened a request. We want to resolve this with you as quickly as possible.

{% if order.trackingNumber %}The parcel was sent{% if order.shippedDate %} on {{ order.shippedDate }}{% endif %} with {{ order.carrier }}, tracking number {{ order.trackingNumber }}. {% endif %}We have opened an investigation with the carrier and will write to you here as soon as we hear back, with a solution.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Reclamación por artículo no recibido",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Lamentamos que su pedido {{ order.id }} no le haya llegado y entendemos que haya abierto una reclamación. Queremos resolverlo con usted cuanto antes.

{% if order.trackingNumber %}El paquete se envió{% if order.shippedDate %} el {{ order.shippedDate }}{% endif %} con {{ order.carrier }}, con el número de seguimiento {{ order.trackingNumber }}. {% endif %}Ya hemos abierto una investigación con el transportista y le escribiremos por aquí en cuanto tengamos respuesta, con una solución.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Fall eröffnet: Artikel nicht erhalten",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

es tut uns leid, dass Ihre Bestellung {{ order.id }} nicht bei Ihnen angekommen ist, und wir verstehen, dass Sie deshalb eine Anfrage eröffnet haben. Wir möchten das so schnell wie möglich gemeinsam mit Ihnen klären.

{% if order.trackingNumber %}Das Paket wurde{% if order.shippedDate %} am {{ order.shippedDate }}{% endif %} mit {{ order.carrier }} verschickt, Sendungsnummer {{ order.trackingNumber }}. {% endif %}Wir haben eine Nachforschung beim Versanddienstleister eingeleitet und melden uns hier mit einer Lösung bei Ihnen, sobald wir eine Antwort erhalten haben.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Réclamation ouverte : article non reçu",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes désolés que votre commande {{ order.id }} ne vous soit pas parvenue, et nous comprenons tout à fait que vous ayez ouvert une demande. Nous souhaitons régler cela avec vous le plus rapidement possible.

{% if order.trackingNumber %}Le colis a été expédié{% if order.shippedDate %} le {{ order.shippedDate }}{% endif %} par {{ order.carrier }}, numéro de suivi {{ order.trackingNumber }}. {% endif %}Nous avons ouvert une enquête auprès du transporteur et vous écrirons ici dès que nous aurons son retour, avec une solution.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Reclamo per articolo non ricevuto",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ci dispiace che il Suo ordine {{ order.id }} non Le sia arrivato e comprendiamo perché abbia aperto una richiesta. Vogliamo risolvere la questione con Lei il prima possibile.

{% if order.trackingNumber %}Il pacco è stato spedito{% if order.shippedDate %} {{ order.shippedDate }}{% endif %} con {{ order.carrier }}, numero di tracciamento {{ order.trackingNumber }}. {% endif %}Abbiamo aperto un'indagine con il corriere e Le scriveremo qui non appena avremo una risposta, con una soluzione.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "lost-parcel-replacement-or-refund",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["not_received", "refund_request"],
    orderStates: ["shipped", "delivered"],
    sites: [],
    tags: ["lost parcel", "lost in transit", "replacement", "refund", "not received"],
    translations: {
      en: {
        title: "Parcel lost: replacement or refund",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry for the trouble with order {{ order.id }}. {% if order.trackingNumber %}The tracking ({{ order.trackingNumber }}) has stopped updating, and{% else %}We have checked with the carrier, and{% endif %} we now have to treat the parcel as lost.

We don't want you to wait any longer, so we can either send you a replacement or refund your order, whichever you prefer. Just reply with your choice and we will take care of it right away.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Paquete perdido: otra unidad o reembolso",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Sentimos mucho lo ocurrido con el pedido {{ order.id }}. {% if order.trackingNumber %}El seguimiento ({{ order.trackingNumber }}) ha dejado de actualizarse y{% else %}Lo hemos consultado con el transportista y{% endif %} tenemos que dar el paquete por perdido.

No queremos que espere más: podemos enviarle otra unidad o reembolsarle el pedido, como usted prefiera. Indíquenos su elección respondiendo a este mensaje y nos encargamos de inmediato.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Paket verloren: Ersatz oder Erstattung",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

es tut uns leid, dass es mit der Bestellung {{ order.id }} Probleme gibt. {% if order.trackingNumber %}Die Sendungsverfolgung ({{ order.trackingNumber }}) wird nicht mehr aktualisiert, und{% else %}Wir haben beim Versanddienstleister nachgefragt, und{% endif %} wir müssen das Paket inzwischen als verloren betrachten.

Wir möchten Sie nicht länger warten lassen: Gerne schicken wir Ihnen Ersatz oder erstatten Ihnen den Bestellbetrag, ganz wie Sie möchten. Antworten Sie uns einfach mit Ihrer Wahl, und wir kümmern uns sofort darum.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Colis perdu : remplacement ou remboursement",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes désolés pour ce désagrément concernant la commande {{ order.id }}. {% if order.trackingNumber %}Le suivi ({{ order.trackingNumber }}) n'est plus mis à jour, et{% else %}Après vérification auprès du transporteur,{% endif %} nous devons désormais considérer le colis comme perdu.

Nous ne voulons pas vous faire attendre davantage : nous pouvons vous envoyer un article de remplacement ou vous rembourser la commande, selon votre préférence. Indiquez-nous simplement votre choix en réponse à ce message et nous nous en occupons immédiatement.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Pacco smarrito: sostituzione o rimborso",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ci dispiace per il disagio con l'ordine {{ order.id }}. {% if order.trackingNumber %}Il tracciamento ({{ order.trackingNumber }}) non si aggiorna più e{% else %}Abbiamo verificato con il corriere e{% endif %} a questo punto dobbiamo considerare il pacco smarrito.

Non vogliamo farLa attendere oltre: possiamo inviarLe un articolo sostitutivo oppure rimborsarLe l'ordine, come preferisce. Ci comunichi la Sua scelta rispondendo a questo messaggio e ce ne occuperemo subito.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "parcel-returned-to-sender",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["not_received", "change_address"],
    orderStates: ["shipped", "returned"],
    sites: [],
    tags: ["returned to sender", "undeliverable", "address", "reship"],
    translations: {
      en: {
        title: "Parcel returned to us as undeliverable",
        body: `Hi {{ buyer.firstName | default: "there" }},

We're writing about your order {{ order.id }}: the carrier was unable to deliver it and has returned the parcel to us.

Could you please check that the delivery address on your order is complete and correct (apartment or unit number, building name, ZIP or postal code)? Once you confirm, we can either send it again or refund your order, whichever you prefer. If the address needs correcting, we will refund this order so you can place a new one with the right details.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Paquete devuelto al remitente",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Le escribimos en relación con su pedido {{ order.id }}: el transportista no pudo entregarlo y nos ha devuelto el paquete.

¿Podría comprobar que la dirección de entrega del pedido está completa y es correcta (piso y puerta, nombre del edificio, código postal)? En cuanto nos lo confirme, podemos enviárselo de nuevo o reembolsarle el pedido, como prefiera. Si hubiera que corregir la dirección, le reembolsaremos este pedido para que pueda hacer uno nuevo con los datos correctos.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Paket als unzustellbar an uns zurückgegangen",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

wir melden uns wegen Ihrer Bestellung {{ order.id }}: Der Versanddienstleister konnte das Paket nicht zustellen und hat es an uns zurückgeschickt.

Könnten Sie bitte prüfen, ob die Lieferadresse in Ihrer Bestellung vollständig und korrekt ist (Wohnungs- oder Türnummer, Gebäudename, Postleitzahl)? Sobald Sie uns das bestätigen, können wir das Paket erneut verschicken oder Ihnen den Bestellbetrag erstatten, ganz wie Sie möchten. Falls die Adresse korrigiert werden muss, erstatten wir Ihnen diese Bestellung, damit Sie eine neue mit den richtigen Angaben aufgeben können.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Colis non distribuable retourné à l'expéditeur",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous vous contactons au sujet de votre commande {{ order.id }} : le transporteur n'a pas pu la livrer et nous a retourné le colis.

Pourriez-vous vérifier que l'adresse de livraison de votre commande est complète et correcte (numéro d'appartement ou de boîte, nom du bâtiment ou de la résidence, code postal) ? Dès votre confirmation, nous pourrons soit vous renvoyer le colis, soit vous rembourser la commande, selon votre préférence. Si l'adresse doit être corrigée, nous vous rembourserons cette commande afin que vous puissiez en passer une nouvelle avec les bonnes coordonnées.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Pacco tornato al mittente: non consegnabile",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Le scriviamo in merito al Suo ordine {{ order.id }}: il corriere non è riuscito a consegnarlo e ci ha restituito il pacco.

Potrebbe verificare che l'indirizzo di consegna dell'ordine sia completo e corretto (numero civico e interno, nome dell'edificio, CAP)? Non appena ce lo conferma, possiamo rispedirlo oppure rimborsarLe l'ordine, come preferisce. Se l'indirizzo va corretto, Le rimborseremo questo ordine, così potrà effettuarne uno nuovo con i dati giusti.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "shipping-options-and-times",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["shipping_options", "product_question"],
    orderStates: [],
    sites: [],
    tags: ["shipping time", "delivery options", "express", "pre-sale", "shipping cost"],
    translations: {
      en: {
        title: "Shipping options and delivery times",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your interest{% if item.title %} in "{{ item.title }}"{% endif %}. The shipping options available for your address, with their prices and estimated delivery dates, are shown at checkout on {{ marketplace.name }} before you pay, so you can choose the one that suits you best.

We ship within the handling time shown on the listing, and the tracking details appear in your order as soon as the parcel is on its way.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Opciones y plazos de envío",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su interés{% if item.title %} en «{{ item.title }}»{% endif %}. Al finalizar la compra en {{ marketplace.name }}, antes de pagar, verá las opciones de envío disponibles para su dirección, con su precio y la fecha estimada de entrega, y podrá elegir la que mejor le venga.

Enviamos los pedidos dentro del plazo de preparación que indica el anuncio y, en cuanto el paquete sale, el seguimiento aparece en el detalle del pedido.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Versandoptionen und Lieferzeiten",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihr Interesse{% if item.title %} an „{{ item.title }}“{% endif %}. Die für Ihre Adresse verfügbaren Versandoptionen mit Preisen und voraussichtlichen Lieferterminen sehen Sie bei {{ marketplace.name }} im Bestellvorgang, bevor Sie bezahlen. So können Sie die Option wählen, die am besten zu Ihnen passt.

Wir versenden innerhalb der im Angebot angegebenen Bearbeitungszeit, und die Sendungsverfolgung erscheint in Ihrer Bestellung, sobald das Paket unterwegs ist.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Options et délais de livraison",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de votre intérêt{% if item.title %} pour « {{ item.title }} »{% endif %}. Les options de livraison disponibles pour votre adresse, avec leurs tarifs et leurs dates de livraison estimées, s'affichent lors de la validation de la commande sur {{ marketplace.name }}, avant le paiement : vous pouvez ainsi choisir celle qui vous convient le mieux.

Nous expédions dans le délai de préparation indiqué sur l'annonce, et les informations de suivi apparaissent dans votre commande dès que le colis est en route.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Opzioni e tempi di spedizione",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per l'interesse{% if item.title %} per «{{ item.title }}»{% endif %}. Le opzioni di spedizione disponibili per il Suo indirizzo, con i relativi costi e le date di consegna previste, Le vengono mostrate su {{ marketplace.name }} durante la conclusione dell'ordine, prima del pagamento, così potrà scegliere quella più adatta a Lei.

Spediamo entro il tempo di gestione indicato nell'annuncio e, non appena il pacco è in viaggio, i dati di tracciamento compaiono nei dettagli dell'ordine.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "ebay-postage-quote",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["shipping_options", "product_question"],
    orderStates: [],
    sites: ["ebay"],
    tags: ["postage quote", "shipping cost", "international", "pre-sale"],
    translations: {
      en: {
        title: "Postage quote: ask for town and country only",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your interest{% if item.title %} in "{{ item.title }}"{% endif %}. We'll gladly work out the postage for you: please tell us just your town or city and your country, and we'll reply with the cost and the service we would use. There's no need to send your full address.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Presupuesto de envío: pedir solo localidad y país",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su interés{% if item.title %} en «{{ item.title }}»{% endif %}. Con mucho gusto le calculamos el envío: indíquenos solo su ciudad o localidad y el país, y le responderemos con el coste y el servicio que utilizaríamos. No hace falta que nos envíe la dirección completa.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Versandkostenanfrage: nur Ort und Land erfragen",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihr Interesse{% if item.title %} an „{{ item.title }}“{% endif %}. Gerne berechnen wir die Versandkosten für Sie: Nennen Sie uns bitte nur Ihren Wohnort und Ihr Land, dann teilen wir Ihnen die Kosten und die Versandart mit, die wir nutzen würden. Ihre vollständige Adresse brauchen wir dafür nicht.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Frais de port : demander uniquement la ville et le pays",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de votre intérêt{% if item.title %} pour « {{ item.title }} »{% endif %}. Nous calculerons volontiers les frais de port pour vous : indiquez-nous simplement votre ville ou commune et votre pays, et nous vous répondrons avec le montant et le service d'envoi que nous utiliserions. Inutile de nous communiquer votre adresse complète.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Preventivo di spedizione: chiedere solo città e paese",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per l'interesse{% if item.title %} per «{{ item.title }}»{% endif %}. Calcoleremo volentieri le spese di spedizione: ci indichi soltanto la Sua città o località e il Paese, e Le risponderemo con il costo e il servizio che utilizzeremmo. Non è necessario inviarci l'indirizzo completo.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "heavy-bulky-delivery-scheduling",
    revision: 1,
    folder: "Shipping & delivery",
    intents: ["shipping_options", "order_status"],
    orderStates: ["unshipped", "shipped"],
    sites: [],
    tags: ["heavy", "bulky", "freight", "delivery appointment", "scheduling"],
    translations: {
      en: {
        title: "Heavy or bulky item: schedule the delivery",
        body: `Hi {{ buyer.firstName | default: "there" }},

We're writing about your order {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. As it is a large, heavy item, it is delivered by appointment, and someone will need to be at the address to receive it.

To arrange the delivery, please reply to this message with:

- the days and times that suit you best
- anything the driver should know about access: stairs, an elevator, narrow doorways, parking or a gated entrance

We will pass these details on to the carrier, who will confirm the delivery slot with you.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Artículo pesado o voluminoso: concertar la entrega",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Le escribimos en relación con su pedido {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. Al tratarse de un artículo grande y pesado, la entrega se hace con cita previa y tendrá que haber alguien en la dirección para recibirlo.

Para organizar la entrega, responda a este mensaje indicando:

- los días y las franjas horarias que mejor le vengan
- cualquier detalle del acceso que deba conocer el repartidor: escaleras, ascensor, puertas estrechas, aparcamiento o entrada con cancela

Trasladaremos estos datos al transportista, que le confirmará la franja de entrega.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Schwerer oder sperriger Artikel: Liefertermin vereinbaren",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

wir melden uns wegen Ihrer Bestellung {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. Da es sich um einen großen, schweren Artikel handelt, wird er nach Terminvereinbarung geliefert, und es muss jemand an der Lieferadresse sein, um ihn entgegenzunehmen.

Damit wir die Lieferung planen können, antworten Sie bitte auf diese Nachricht und nennen Sie uns:

- die Tage und Uhrzeiten, die Ihnen am besten passen
- alles, was der Fahrer zum Zugang wissen sollte: Treppen, Aufzug, schmale Türen, Parkmöglichkeiten oder ein Tor an der Einfahrt

Wir geben diese Angaben an den Versanddienstleister weiter, der den Liefertermin dann mit Ihnen abstimmt.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Article lourd ou volumineux : planifier la livraison",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous vous contactons au sujet de votre commande {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. Comme il s'agit d'un article volumineux et lourd, la livraison se fait sur rendez-vous, et une personne devra être présente à l'adresse pour le réceptionner.

Pour organiser la livraison, merci de répondre à ce message en nous indiquant :

- les jours et créneaux horaires qui vous conviennent le mieux
- tout ce que le livreur doit savoir sur l'accès : escaliers, ascenseur, portes étroites, stationnement ou entrée avec portail

Nous transmettrons ces informations au transporteur, qui vous confirmera le créneau de livraison.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Articolo pesante o voluminoso: fissare la consegna",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Le scriviamo in merito al Suo ordine {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %}. Trattandosi di un articolo grande e pesante, la consegna avviene su appuntamento e all'indirizzo dovrà essere presente qualcuno per riceverlo.

Per organizzare la consegna, risponda a questo messaggio indicandoci:

- i giorni e le fasce orarie che Le sono più comodi
- tutto ciò che il corriere deve sapere sull'accesso: scale, ascensore, porte strette, parcheggio o cancello d'ingresso

Trasmetteremo queste informazioni al corriere, che concorderà con Lei la fascia oraria di consegna.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
]
