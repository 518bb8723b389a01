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
    },
  },
]
