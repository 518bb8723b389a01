import type { StarterTemplate } from "~templates/schema"

/** Thanks, complaints and the review request (neutral wording, once per order). */
export const CLOSING_TEMPLATES: StarterTemplate[] = [
  {
    key: "thanks-no-reply-needed",
    revision: 1,
    folder: "Feedback & closing",
    intents: ["thanks_no_reply"],
    orderStates: [],
    sites: [],
    tags: ["thanks", "thank you", "no response needed", "closing"],
    translations: {
      en: {
        title: "Thanks: short closing reply",
        body: `Hi {{ buyer.firstName | default: "there" }},

You're very welcome, and thank you for your order. We hope you enjoy it!

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Agradecimiento: respuesta breve de cierre",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias a usted por su pedido. ¡Esperamos que lo disfrute!

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Dank: kurze Abschlussantwort",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

sehr gern geschehen, und vielen Dank für Ihre Bestellung. Wir wünschen Ihnen viel Freude damit!

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Remerciement : courte réponse de clôture",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Avec plaisir, et merci à vous pour votre commande. Nous espérons qu'elle vous plaira !

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Ringraziamento: breve risposta di chiusura",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

È stato un piacere, e grazie a Lei per il Suo ordine. Speriamo che Le piaccia!

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "issue-resolved-closing",
    revision: 1,
    folder: "Feedback & closing",
    intents: ["thanks_no_reply", "other"],
    orderStates: [],
    sites: [],
    tags: ["resolved", "closing", "follow up", "sorted"],
    translations: {
      en: {
        title: "Issue resolved: closing message",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thank you for letting us know, and I'm glad everything is sorted out now. We appreciate your patience while we looked into it.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Incidencia resuelta: mensaje de cierre",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por confirmárnoslo; nos alegra que todo esté ya resuelto. Le agradecemos la paciencia mientras lo revisábamos.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Problem gelöst: Abschlussnachricht",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank für Ihre Rückmeldung; es freut mich, dass jetzt alles geklärt ist. Danke auch für Ihre Geduld, während wir der Sache nachgegangen sind.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Problème résolu : message de clôture",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de nous avoir tenus au courant ; nous sommes ravis que tout soit désormais réglé. Nous vous remercions de votre patience pendant nos vérifications.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Problema risolto: messaggio di chiusura",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Grazie per avercelo fatto sapere: siamo lieti che ora sia tutto risolto. Apprezziamo molto la Sua pazienza mentre verificavamo la questione.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "complaint-apology",
    revision: 1,
    folder: "Feedback & closing",
    intents: ["complaint"],
    orderStates: [],
    sites: [],
    tags: ["complaint", "unhappy", "apology", "bad experience"],
    translations: {
      en: {
        title: "Complaint: apologize and take ownership",
        body: `Hi {{ buyer.firstName | default: "there" }},

Thank you for telling us about this, and I'm sorry our service fell short{% if order.id %} with order {{ order.id }}{% endif %}. I understand your frustration, and I'm looking into it personally.

To help you best, could you let us know which outcome would be most useful to you? We will reply as soon as we have checked everything on our side.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Queja: disculparse y hacerse cargo",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Gracias por contárnoslo, y lamentamos que nuestro servicio no haya estado a la altura{% if order.id %} con el pedido {{ order.id }}{% endif %}. Entendemos su malestar y lo estamos revisando personalmente.

Para ayudarle mejor, ¿podría indicarnos qué solución le resultaría más útil? Le responderemos en cuanto hayamos comprobado todo por nuestra parte.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Beschwerde: entschuldigen und Verantwortung übernehmen",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

vielen Dank, dass Sie uns darauf hinweisen, und es tut mir leid, dass unser Service{% if order.id %} bei der Bestellung {{ order.id }}{% endif %} nicht Ihren Erwartungen entsprochen hat. Ich verstehe Ihren Ärger und kümmere mich persönlich darum.

Damit wir Ihnen bestmöglich helfen können: Welche Lösung wäre für Sie am hilfreichsten? Wir melden uns, sobald wir auf unserer Seite alles geprüft haben.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Plainte : s'excuser et assumer la responsabilité",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Merci de nous avoir signalé ce problème. Nous sommes désolés que notre service n'ait pas été à la hauteur{% if order.id %} pour la commande {{ order.id }}{% endif %}. Nous comprenons votre mécontentement et nous en occupons personnellement.

Afin de vous aider au mieux, pourriez-vous nous indiquer quelle solution vous serait la plus utile ? Nous vous répondrons dès que nous aurons tout vérifié de notre côté.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Reclamo: scusarsi e farsi carico del problema",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

La ringraziamo per la segnalazione e ci dispiace che il nostro servizio non sia stato all'altezza{% if order.id %} con l'ordine {{ order.id }}{% endif %}. Comprendiamo il Suo disappunto e ce ne stiamo occupando personalmente.

Per aiutarLa al meglio, potrebbe dirci quale soluzione Le sarebbe più utile? Le risponderemo non appena avremo verificato tutto da parte nostra.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
  {
    key: "review-request-neutral",
    revision: 1,
    folder: "Feedback & closing",
    intents: ["feedback_review"],
    orderStates: ["delivered"],
    sites: [],
    tags: ["review", "feedback", "review request", "rating"],
    translations: {
      en: {
        title: "Review request (neutral)",
        body: `Hi {{ buyer.firstName | default: "there" }},

We hope your order {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %} arrived safely. If you have a moment, we would appreciate it if you shared your experience by leaving a review or feedback on {{ marketplace.name }}. Honest comments help other customers decide and help us improve.

Best regards,
{{ seller.signature }}`,
      },
      es: {
        title: "Solicitud de valoración (neutral)",
        body: `Hola{% if buyer.firstName %} {{ buyer.firstName }}{% endif %}:

Esperamos que su pedido {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %} le haya llegado bien. Si tiene un momento, le agradeceríamos que compartiera su experiencia dejando una opinión o una valoración en {{ marketplace.name }}. Los comentarios sinceros ayudan a otros clientes a decidir y a nosotros a mejorar.

Saludos cordiales,
{{ seller.signature }}`,
      },
      de: {
        title: "Bitte um Bewertung (neutral)",
        body: `Guten Tag{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

wir hoffen, Ihre Bestellung {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %} ist gut bei Ihnen angekommen. Wenn Sie einen Moment Zeit haben, würden wir uns freuen, wenn Sie Ihre Erfahrung in einer Bewertung oder einem Feedback bei {{ marketplace.name }} teilen. Ehrliche Rückmeldungen helfen anderen Kunden bei der Entscheidung und uns dabei, besser zu werden.

Mit freundlichen Grüßen
{{ seller.signature }}`,
      },
      fr: {
        title: "Demande d'avis (neutre)",
        body: `Bonjour{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Nous espérons que votre commande {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %} vous est bien parvenue. Si vous avez un moment, nous vous serions reconnaissants de partager votre expérience en laissant un avis ou une évaluation sur {{ marketplace.name }}. Les commentaires sincères aident les autres clients à faire leur choix et nous aident à nous améliorer.

Cordialement,
{{ seller.signature }}`,
      },
      it: {
        title: "Richiesta di recensione (neutrale)",
        body: `Buongiorno{% if buyer.firstName %} {{ buyer.firstName }}{% endif %},

Speriamo che il Suo ordine {{ order.id }}{% if item.title %} ({{ item.title }}){% endif %} sia arrivato senza problemi. Se ha un momento, Le saremmo grati se condividesse la Sua esperienza lasciando una recensione o un feedback su {{ marketplace.name }}. I commenti sinceri aiutano gli altri clienti a decidere e aiutano noi a migliorare.

Cordiali saluti,
{{ seller.signature }}`,
      },
    },
  },
]
