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
    },
  },
]
