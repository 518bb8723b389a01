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
    },
  },
]
