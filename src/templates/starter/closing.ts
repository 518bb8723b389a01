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
    },
  },
]
