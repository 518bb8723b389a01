import type { StarterTemplate } from "~templates/schema"

/** Damaged, defective, wrong or incomplete items, and the replacement that follows. */
export const ITEM_PROBLEM_TEMPLATES: StarterTemplate[] = [
  {
    key: "damaged-item-request-photos",
    revision: 1,
    folder: "Problems with the item",
    intents: ["damaged_defective"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["damaged", "broken", "arrived damaged", "photos"],
    translations: {
      en: {
        title: "Damaged item: ask for photos",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm very sorry the item{% if item.title %} "{{ item.title }}"{% endif %} from order {{ order.id }} arrived damaged. So we can sort this out quickly, could you please reply with a few photos showing:

- the damage to the item
- the outer box or envelope, including the shipping label
- the inner packaging, if there was any

You can attach them to your reply here. As soon as we have seen them, we will come back to you with a solution; the photos also help us stop it from happening again.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Artículo dañado: pedir fotos",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Sentimos mucho que el artículo{% if item.title %} «{{ item.title }}»{% endif %} de su pedido {{ order.id }} haya llegado dañado. Para poder resolverlo cuanto antes, ¿podría enviarnos algunas fotos en las que se vea lo siguiente?

- el daño del artículo
- la caja o el sobre exterior, con la etiqueta de envío
- el embalaje interior, si lo había

Puede adjuntarlas al responder a este mensaje. En cuanto las veamos, le propondremos una solución; además, nos ayudarán a evitar que vuelva a ocurrir.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Beschädigter Artikel: um Fotos bitten",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

es tut uns sehr leid, dass der Artikel{% if item.title %} „{{ item.title }}“{% endif %} aus Ihrer Bestellung {{ order.id }} beschädigt angekommen ist. Damit wir das schnell klären können, schicken Sie uns bitte als Antwort ein paar Fotos, auf denen Folgendes zu sehen ist:

- der Schaden am Artikel
- der Außenkarton oder Umschlag, einschließlich Versandetikett
- die Innenverpackung, falls vorhanden

Sie können die Fotos einfach hier an Ihre Antwort anhängen. Sobald wir sie gesehen haben, melden wir uns mit einer Lösung bei Ihnen; die Fotos helfen uns außerdem, so etwas künftig zu vermeiden.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Article endommagé : demander des photos",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes vraiment désolés que l'article{% if item.title %} « {{ item.title }} »{% endif %} de la commande {{ order.id }} soit arrivé endommagé. Pour que nous puissions régler cela rapidement, pourriez-vous nous envoyer en réponse quelques photos montrant :

- les dommages sur l'article
- le carton ou l'enveloppe extérieure, y compris l'étiquette d'expédition
- l'emballage intérieur, s'il y en avait un

Vous pouvez les joindre à votre réponse ici. Dès que nous les aurons examinées, nous reviendrons vers vous avec une solution ; ces photos nous aident aussi à éviter que cela se reproduise.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Articolo danneggiato: richiesta di foto",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Siamo davvero spiacenti che l'articolo{% if item.title %} «{{ item.title }}»{% endif %} dell'ordine {{ order.id }} sia arrivato danneggiato. Per risolvere rapidamente, potrebbe rispondere con alcune foto che mostrino:

- il danno all'articolo
- la scatola o la busta esterna, compresa l'etichetta di spedizione
- l'imballaggio interno, se presente

Può allegarle alla Sua risposta a questo messaggio. Non appena le avremo viste, Le proporremo una soluzione; le foto ci aiutano anche a evitare che accada di nuovo.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "defective-item-troubleshooting",
    revision: 1,
    folder: "Problems with the item",
    intents: ["damaged_defective"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["defective", "faulty", "not working", "troubleshooting"],
    translations: {
      en: {
        title: "Defective item: first checks",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry the item{% if item.title %} "{{ item.title }}"{% endif %} from order {{ order.id }} isn't working as it should. To find the quickest fix, could you tell us:

- what exactly happens, and since when
- what you have already tried (for example charging it fully, fitting new batteries or resetting it as described in the instructions)
- a photo or short video of the problem, if you can attach one

Sometimes a simple setting solves it; if not, we will find a solution with you, such as a replacement or a refund.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Artículo defectuoso: primeras comprobaciones",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Sentimos que el artículo{% if item.title %} «{{ item.title }}»{% endif %} de su pedido {{ order.id }} no funcione como debería. Para encontrar la solución más rápida, ¿podría indicarnos lo siguiente?

- qué ocurre exactamente y desde cuándo
- qué ha probado ya (por ejemplo, cargarlo por completo, cambiar las pilas o reiniciarlo según las instrucciones)
- una foto o un vídeo corto del problema, si puede adjuntarlo

A veces basta con un pequeño ajuste; si no es así, buscaremos con usted una solución, como el envío de otra unidad o el reembolso.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Defekter Artikel: erste Prüfschritte",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

es tut uns leid, dass der Artikel{% if item.title %} „{{ item.title }}“{% endif %} aus Ihrer Bestellung {{ order.id }} nicht richtig funktioniert. Damit wir schnell die passende Lösung finden, helfen uns folgende Angaben:

- was genau passiert und seit wann
- was Sie bereits versucht haben (zum Beispiel den Artikel vollständig aufladen, neue Batterien einsetzen oder ihn laut Anleitung zurücksetzen)
- ein Foto oder ein kurzes Video des Problems, falls Sie eines anhängen können

Manchmal hilft schon eine einfache Einstellung; falls nicht, finden wir gemeinsam mit Ihnen eine Lösung, etwa einen Ersatz oder eine Erstattung.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Article défectueux : premières vérifications",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes désolés que l'article{% if item.title %} « {{ item.title }} »{% endif %} de la commande {{ order.id }} ne fonctionne pas correctement. Pour trouver la solution la plus rapide, pourriez-vous nous indiquer :

- ce qui se passe exactement, et depuis quand
- ce que vous avez déjà essayé (par exemple le recharger complètement, mettre des piles neuves ou le réinitialiser comme indiqué dans la notice)
- une photo ou une courte vidéo du problème, si vous pouvez en joindre une

Parfois, un simple réglage suffit ; sinon, nous trouverons une solution avec vous, comme un remplacement ou un remboursement.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Articolo difettoso: primi controlli",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ci dispiace che l'articolo{% if item.title %} «{{ item.title }}»{% endif %} dell'ordine {{ order.id }} non funzioni come dovrebbe. Per trovare la soluzione più rapida, potrebbe indicarci:

- cosa succede esattamente e da quando
- cosa ha già provato (ad esempio caricarlo completamente, inserire batterie nuove o ripristinarlo come descritto nelle istruzioni)
- una foto o un breve video del problema, se può allegarli

A volte basta una semplice impostazione; in caso contrario, troveremo con Lei una soluzione, come una sostituzione o un rimborso.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "damaged-defective-offer-resolution",
    revision: 1,
    folder: "Problems with the item",
    intents: ["damaged_defective", "refund_request"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["replacement", "refund", "damaged", "defective", "resolution"],
    translations: {
      en: {
        title: "Damaged or faulty: offer replacement or refund",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thank you for the details and photos, and sorry again for the trouble with order {{ order.id }}. We'd like to put this right, and you can choose what suits you best:

- a replacement, sent at no extra cost to you
- a refund for the item

Just reply with your choice. If we need the item back, we will let you know, and the return shipping will be on us.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Dañado o defectuoso: ofrecer otra unidad o reembolso",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por la información y las fotos, y disculpe de nuevo las molestias con el pedido {{ order.id }}. Queremos solucionarlo, y puede elegir la opción que prefiera:

- que le enviemos otra unidad, sin ningún coste adicional
- el reembolso del artículo

Indíquenos su elección respondiendo a este mensaje. Si necesitamos que nos devuelva el artículo, se lo diremos, y el envío de la devolución correrá de nuestra cuenta.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Beschädigt oder defekt: Ersatz oder Erstattung anbieten",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Angaben und die Fotos, und bitte entschuldigen Sie nochmals die Unannehmlichkeiten mit der Bestellung {{ order.id }}. Wir möchten das in Ordnung bringen, und Sie können wählen, was Ihnen am liebsten ist:

- ein Ersatzartikel, ohne zusätzliche Kosten für Sie
- eine Erstattung für den Artikel

Antworten Sie uns einfach mit Ihrer Wahl. Falls wir den Artikel zurückbenötigen, geben wir Ihnen Bescheid; die Kosten für die Rücksendung übernehmen wir.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Endommagé ou défectueux : proposer un remplacement ou un remboursement",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour ces précisions et ces photos, et encore toutes nos excuses pour le désagrément lié à la commande {{ order.id }}. Nous souhaitons arranger les choses, et vous pouvez choisir l'option qui vous convient le mieux :

- un article de remplacement, envoyé sans frais supplémentaires pour vous
- le remboursement de l'article

Indiquez-nous simplement votre choix en réponse. Si nous avons besoin de récupérer l'article, nous vous le dirons, et les frais de retour seront à notre charge.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Danneggiato o difettoso: proporre sostituzione o rimborso",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per le informazioni e le foto e ci scusiamo ancora per il disagio con l'ordine {{ order.id }}. Vogliamo rimediare e può scegliere la soluzione che preferisce:

- un articolo sostitutivo, spedito senza costi aggiuntivi per Lei
- il rimborso dell'articolo

Ci comunichi semplicemente la Sua scelta. Se avremo bisogno che ci restituisca l'articolo, Le faremo sapere, e le spese di spedizione del reso saranno a nostro carico.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "wrong-item-received",
    revision: 1,
    folder: "Problems with the item",
    intents: ["wrong_or_missing_item"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["wrong item", "incorrect item", "wrong size", "wrong color", "mix-up"],
    translations: {
      en: {
        title: "Wrong item received",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry about the mix-up with order {{ order.id }}. To put it right as quickly as possible, could you please reply with a photo of the item you received and of the label on its packaging?

Once we have seen it, we will send you the correct item{% if item.title %} ({{ item.title }}){% endif %} or refund you, whichever you prefer, and arrange the return of the wrong one at no cost to you.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Artículo equivocado",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Sentimos la confusión con su pedido {{ order.id }}. Para solucionarlo lo antes posible, ¿podría enviarnos una foto del artículo que ha recibido y de la etiqueta de su embalaje?

En cuanto la veamos, le enviaremos el artículo correcto{% if item.title %} ({{ item.title }}){% endif %} o le haremos el reembolso, como prefiera, y nos encargaremos de la devolución del que recibió por error sin ningún coste para usted.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Falscher Artikel erhalten",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

es tut uns leid, dass bei Ihrer Bestellung {{ order.id }} etwas verwechselt wurde. Damit wir das so schnell wie möglich in Ordnung bringen können, schicken Sie uns bitte als Antwort ein Foto des erhaltenen Artikels und des Etiketts auf seiner Verpackung.

Sobald wir uns das angesehen haben, schicken wir Ihnen den richtigen Artikel{% if item.title %} ({{ item.title }}){% endif %} oder erstatten Ihnen den Betrag, ganz wie Sie möchten, und kümmern uns um die Rücksendung des falschen Artikels, ohne Kosten für Sie.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Mauvais article reçu",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes désolés pour cette erreur concernant la commande {{ order.id }}. Pour y remédier le plus rapidement possible, pourriez-vous nous envoyer en réponse une photo de l'article reçu et de l'étiquette figurant sur son emballage ?

Dès que nous l'aurons vue, nous vous enverrons le bon article{% if item.title %} ({{ item.title }}){% endif %} ou vous rembourserons, selon votre préférence, et nous organiserons le retour de l'article reçu par erreur, sans frais pour vous.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Articolo errato ricevuto",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ci dispiace per l'errore con l'ordine {{ order.id }}. Per rimediare il prima possibile, potrebbe rispondere con una foto dell'articolo che ha ricevuto e dell'etichetta sulla confezione?

Non appena l'avremo vista, Le invieremo l'articolo corretto{% if item.title %} ({{ item.title }}){% endif %} oppure La rimborseremo, come preferisce, e organizzeremo il reso di quello sbagliato senza alcun costo per Lei.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "missing-item-or-part",
    revision: 1,
    folder: "Problems with the item",
    intents: ["wrong_or_missing_item"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["missing item", "missing part", "incomplete order", "multiple packages"],
    translations: {
      en: {
        title: "Missing item or part",
        body: `Hi {{ buyer.firstName | default: "there" }},

I'm sorry your order {{ order.id }} doesn't seem to be complete. For reference, it contains:

{% for line in order.items %}- {% if line.quantity %}{{ line.quantity }} x {% endif %}{{ line.title | default: line.sku }}
{% else %}- {{ item.title }}
{% endfor %}
Orders with several items sometimes arrive in separate parcels, so one may still be on its way. If everything should already be there, could you tell us which item or part is missing and send a photo of what you received, together with the packaging? We will then send you what is missing or refund it, whichever you prefer.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Falta un artículo o una pieza",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Sentimos que su pedido {{ order.id }} no haya llegado completo. Para su referencia, el pedido incluye:

{% for line in order.items %}- {% if line.quantity %}{{ line.quantity }} x {% endif %}{{ line.title | default: line.sku }}
{% else %}- {{ item.title }}
{% endfor %}
Los pedidos con varios artículos a veces llegan en paquetes separados, así que puede que alguno siga en camino. Si ya debería haberlo recibido todo, ¿podría indicarnos qué artículo o pieza falta y enviarnos una foto de lo que ha recibido junto con el embalaje? Después le enviaremos lo que falta o se lo reembolsaremos, como prefiera.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Fehlender Artikel oder fehlendes Teil",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

es tut uns leid, dass Ihre Bestellung {{ order.id }} offenbar nicht vollständig ist. Zur Übersicht hier der Inhalt der Bestellung:

{% for line in order.items %}- {% if line.quantity %}{{ line.quantity }} x {% endif %}{{ line.title | default: line.sku }}
{% else %}- {{ item.title }}
{% endfor %}
Bestellungen mit mehreren Artikeln kommen manchmal in getrennten Paketen an, daher kann ein Teil noch unterwegs sein. Falls bereits alles da sein sollte: Könnten Sie uns mitteilen, welcher Artikel oder welches Teil fehlt, und uns ein Foto der erhaltenen Ware samt Verpackung schicken? Wir senden Ihnen dann das Fehlende zu oder erstatten es Ihnen, ganz wie Sie möchten.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Il manque un article ou une pièce",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous sommes désolés que votre commande {{ order.id }} semble incomplète. Pour rappel, elle contient :

{% for line in order.items %}- {% if line.quantity %}{{ line.quantity }} x {% endif %}{{ line.title | default: line.sku }}
{% else %}- {{ item.title }}
{% endfor %}
Les commandes de plusieurs articles arrivent parfois en colis séparés : l'un d'eux est peut-être encore en route. Si tout est censé être déjà arrivé, pourriez-vous nous indiquer quel article ou quelle pièce manque, et nous envoyer une photo de ce que vous avez reçu, avec l'emballage ? Nous vous enverrons ensuite ce qui manque ou vous le rembourserons, selon votre préférence.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Articolo o componente mancante",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Ci dispiace che il Suo ordine {{ order.id }} non sembri completo. Per riferimento, l'ordine comprende:

{% for line in order.items %}- {% if line.quantity %}{{ line.quantity }} x {% endif %}{{ line.title | default: line.sku }}
{% else %}- {{ item.title }}
{% endfor %}
Gli ordini con più articoli a volte arrivano in pacchi separati, quindi uno potrebbe essere ancora in viaggio. Se invece dovrebbe essere già arrivato tutto, potrebbe indicarci quale articolo o componente manca e inviarci una foto di ciò che ha ricevuto, insieme all'imballaggio? Le invieremo poi quanto manca oppure Le rimborseremo l'importo, come preferisce.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "replacement-on-its-way",
    revision: 1,
    folder: "Problems with the item",
    intents: ["damaged_defective", "wrong_or_missing_item"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["replacement", "exchange", "reship", "resend"],
    translations: {
      en: {
        title: "Replacement sent",
        body: `Hi {{ buyer.firstName | default: "there" }},

As agreed, we have sent you a replacement for {% if item.title %}"{{ item.title }}"{% else %}your item{% endif %} from order {{ order.id }}, at no cost to you. It is a separate shipment, so it won't appear under the original tracking number; we will send you its tracking number here as soon as the carrier has it.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Envío de otra unidad",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Tal como acordamos, le hemos enviado otra unidad {% if item.title %}de «{{ item.title }}»{% else %}del artículo{% endif %} del pedido {{ order.id }}, sin ningún coste para usted. Es un envío independiente, así que no aparecerá en el seguimiento original; le pasaremos el nuevo número de seguimiento por aquí en cuanto el transportista lo tenga.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Ersatz versandt",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

wie vereinbart haben wir Ihnen für {% if item.title %}„{{ item.title }}“{% else %}Ihren Artikel{% endif %} aus der Bestellung {{ order.id }} kostenlos Ersatz geschickt. Es handelt sich um eine separate Sendung, die daher nicht unter der ursprünglichen Sendungsnummer erscheint; die neue Sendungsnummer schicken wir Ihnen hier, sobald der Versanddienstleister sie uns mitgeteilt hat.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Remplacement expédié",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Comme convenu, nous vous avons envoyé un article de remplacement {% if item.title %}pour « {{ item.title }} »{% else %}pour votre article{% endif %} de la commande {{ order.id }}, sans frais pour vous. Il s'agit d'un envoi distinct, qui n'apparaîtra donc pas sous le numéro de suivi d'origine ; nous vous communiquerons ici son numéro de suivi dès que le transporteur l'aura attribué.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Sostituzione spedita",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Come concordato, Le abbiamo spedito in sostituzione un nuovo esemplare {% if item.title %}di «{{ item.title }}»{% else %}dell'articolo{% endif %} (ordine {{ order.id }}), senza alcun costo per Lei. Si tratta di una spedizione separata, quindi non comparirà con il numero di tracciamento originale; Le invieremo qui il nuovo numero di tracciamento non appena il corriere ce lo fornirà.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
]
