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
    },
  },
]
