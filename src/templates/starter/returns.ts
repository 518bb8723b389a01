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
    },
  },
]
