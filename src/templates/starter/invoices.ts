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
      de: {
        title: "Rechnung im Anhang",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Anfrage. Anbei erhalten Sie die Rechnung zur Bestellung {{ order.id }}{% if order.purchaseDate %} vom {{ order.purchaseDate }}{% endif %}.

Falls Angaben darauf geändert werden müssen, etwa der Firmenname oder die Umsatzsteuer-Identifikationsnummer, antworten Sie uns einfach mit den korrekten Daten, und wir senden Ihnen eine aktualisierte Rechnung.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Facture jointe",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre demande. Vous trouverez ci-joint la facture de la commande {{ order.id }}{% if order.purchaseDate %}, passée le {{ order.purchaseDate }}{% endif %}.

Si certaines informations doivent être modifiées, comme le nom de l'entreprise ou le numéro de TVA, répondez simplement en nous indiquant les informations correctes et nous vous enverrons une facture mise à jour.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Fattura in allegato",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per la Sua richiesta. In allegato trova la fattura dell'ordine {{ order.id }}{% if order.purchaseDate %}, effettuato {{ order.purchaseDate }}{% endif %}.

Se occorre modificare qualche dato, come la ragione sociale o la partita IVA, ci risponda con i dati corretti e Le invieremo una fattura aggiornata.

Cordiali saluti,
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
      de: {
        title: "Rechnung: Rechnungsdaten erfragen",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

gerne stellen wir Ihnen eine Rechnung für die Bestellung {{ order.id }} aus. Damit wir sie korrekt erstellen können, schicken Sie uns bitte als Antwort:

- den Firmennamen oder den vollständigen Namen, auf den die Rechnung ausgestellt werden soll
- die Rechnungsadresse
- die Umsatzsteuer-Identifikationsnummer oder Steuernummer, falls sie auf der Rechnung stehen soll

Sobald uns diese Angaben vorliegen, schicken wir Ihnen die Rechnung hier zu.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Facture : demander les coordonnées de facturation",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

C'est avec plaisir que nous établirons une facture pour la commande {{ order.id }}. Pour qu'elle soit correcte, merci de nous indiquer en réponse :

- le nom de l'entreprise ou le nom complet au nom duquel la facture doit être établie
- l'adresse de facturation
- le numéro de TVA ou d'identification fiscale, s'il doit figurer sur la facture

Dès réception de ces informations, nous vous enverrons la facture ici.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Fattura: richiesta dei dati di fatturazione",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Saremo lieti di emettere la fattura per l'ordine {{ order.id }}. Per intestarla correttamente, ci risponda indicando:

- la ragione sociale oppure nome e cognome dell'intestatario della fattura
- l'indirizzo di fatturazione
- la partita IVA o il codice fiscale, se devono comparire in fattura

Non appena avremo questi dati, Le invieremo qui la fattura.

Cordiali saluti,
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
      de: {
        title: "Zahlung: nur über die eBay-Kaufabwicklung",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Nachricht. Alle Zahlungen für unsere Artikel laufen über die Kaufabwicklung von eBay. So bleibt Ihr Kauf durch den eBay-Käuferschutz abgesichert, daher können wir keine Zahlung auf anderem Weg annehmen.

In der Kaufabwicklung können Sie aus den Zahlungsmethoden wählen, die eBay für Ihr Konto anbietet; schlägt eine Zahlung fehl, hilft meist ein erneuter Versuch oder eine andere Zahlungsmethode.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Paiement : uniquement via le paiement eBay",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci pour votre message. Tous les paiements de nos articles passent par le système de paiement d'eBay, ce qui permet à votre achat de rester couvert par la Garantie client eBay ; nous ne pouvons donc pas accepter de paiement par un autre moyen.

Lors du paiement, vous pouvez choisir parmi les moyens de paiement qu'eBay propose pour votre compte ; si un paiement échoue, il suffit généralement de réessayer ou de choisir un autre moyen de paiement.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Pagamento: solo tramite la procedura di pagamento di eBay",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per il Suo messaggio. Tutti i pagamenti per i nostri articoli avvengono tramite la procedura di pagamento di eBay, che mantiene il Suo acquisto coperto dalla Garanzia cliente eBay; per questo non possiamo accettare pagamenti in altro modo.

Al momento del pagamento può scegliere tra i metodi che eBay offre per il Suo account; se un pagamento non va a buon fine, di solito basta riprovare o scegliere un altro metodo.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
]
