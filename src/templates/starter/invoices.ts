import type { StarterTemplate } from "~templates/schema"

/** Invoices and payment questions. eBay forbids any payment outside its checkout. */
export const INVOICE_TEMPLATES: StarterTemplate[] = [
  {
    key: "invoice-attached",
    revision: 1,
    folder: "Invoices & payments",
    intents: ["invoice_request"],
    orderStates: [],
    sites: [],
    tags: ["invoice", "receipt", "vat invoice", "bill"],
    translations: {
      en: {
        title: "Invoice attached",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your request. Please find attached the invoice for order {{ order.id }}{% if order.purchaseDate %}, placed on {{ order.purchaseDate }}{% endif %}.

If any details on it need changing, such as a company name or VAT number, just reply with the correct information and we will send you an updated invoice.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Factura adjunta",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su solicitud. Le adjuntamos la factura del pedido {{ order.id }}{% if order.purchaseDate %}, realizado el {{ order.purchaseDate }}{% endif %}.

Si necesita modificar algún dato, como el nombre de la empresa o el número de identificación fiscal, indíquenoslo respondiendo a este mensaje y le enviaremos la factura actualizada.

Saludos cordiales,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "invoice-billing-details",
    revision: 1,
    folder: "Invoices & payments",
    intents: ["invoice_request"],
    orderStates: [],
    sites: [],
    tags: ["invoice", "business invoice", "vat number", "tax id", "company details"],
    translations: {
      en: {
        title: "Invoice: ask for billing details",
        body: `Hi {{ buyer.firstName | default: "there" }},

We'll be glad to issue an invoice for order {{ order.id }}. So we can make it out correctly, please reply with:

- the company name or full name the invoice should be addressed to
- the billing address
- the VAT or tax ID number, if it should appear on the invoice

As soon as we have these details, we will send you the invoice here.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Factura: pedir los datos de facturación",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Con mucho gusto le emitimos la factura del pedido {{ order.id }}. Para hacerla correctamente, indíquenos en su respuesta:

- el nombre de la empresa o el nombre completo del titular de la factura
- la dirección de facturación
- el número de identificación fiscal, si debe figurar en la factura

En cuanto tengamos estos datos, le enviaremos la factura por aquí.

Saludos cordiales,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "ebay-payment-through-checkout",
    revision: 1,
    folder: "Invoices & payments",
    intents: ["payment_issue"],
    orderStates: [],
    sites: ["ebay"],
    tags: ["payment", "pay", "checkout", "payment method"],
    translations: {
      en: {
        title: "Payment: only through eBay checkout",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thanks for your message. All payments for our items go through eBay checkout, which keeps your purchase covered by the eBay Money Back Guarantee, so we can't accept payment any other way.

At checkout you can choose from the payment methods eBay offers for your account; if a payment fails, trying again or choosing a different method usually solves it.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Pago: solo a través de eBay",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por su mensaje. Todos los pagos de nuestros artículos se hacen en el proceso de pago de eBay, que mantiene su compra cubierta por la Garantía al cliente de eBay, así que no podemos aceptar el pago por otra vía.

Al pagar puede elegir entre los métodos de pago que eBay le ofrezca; si un pago no se completa, normalmente se soluciona volviendo a intentarlo o eligiendo otro método.

Saludos cordiales,
{{ seller.signature }}`,
      },
    },
  },
]
