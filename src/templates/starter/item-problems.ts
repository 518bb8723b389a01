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
    },
  },
]
