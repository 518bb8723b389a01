/**
 * Where eBay shows each fact, as data: per fact a list of fallbacks, most stable signal first (URL
 * parameters, data formats, labels in en/de/fr/it/es, ARIA roles), class names last. The open
 * conversation pane and its reply box are not documented publicly: those entries are educated
 * guesses backed by structural fallbacks in extract.ts (the pane is found from the reply box
 * outwards and never contains the list of conversations). Seller Hub order-page classes and the
 * inbox card classes are the ones public scrapers have used for years.
 */

// ---------------------------------------------------------------------------------------------
// Data formats

/** eBay order number, 2-5-5 digits, or the legacy "<12-digit item id>-<transaction id>". */
export const ORDER_ID = /(?<![\d-])(?:\d{2}-\d{5}-\d{5}|\d{12}-\d{10,14})(?![\d-])/g
export const ORDER_ID_EXACT = /^(?:\d{2}-\d{5}-\d{5}|\d{12}-\d{10,14})$/
/** eBay item number: 12 digits (older listings 10-11). */
export const ITEM_ID_EXACT = /^\d{10,12}$/
export const ITEM_ID_IN_TEXT = /(?<![\d-])\d{12}(?![\d-])/g
/** Item number inside a listing URL: /itm/<id> or /itm/<slug>/<id> or ?item=<id>. */
export const ITEM_ID_IN_HREF = /\/itm\/(?:[^/?#]+\/)?(\d{10,12})(?:[/?#]|$)|[?&]item=(\d{10,12})\b/

/** Tracking numbers, tried on labelled values and on tracking lines. */
export const TRACKING_FORMATS: readonly RegExp[] = [
  /^1Z[0-9A-Z]{16}$/, // UPS
  /^\d{20,22}$/, // USPS 20-22 digits, FedEx 20/22, DHL Paket 20
  /^[A-Z]{2}\d{9}[A-Z]{2}$/, // UPU S10: USPS ...US, Royal Mail ...GB, Poste ...IT, Correos ...ES
  /^\d{12}$/, // FedEx 12, DHL Paket 12
  /^\d{15}$/, // FedEx 15
  /^\d{10}$/, // DHL Express 10
  /^P[A-Z0-9]{22}$/, // Correos national
  /^[A-Z0-9]{8,35}$/, // other carriers: only accepted when labelled as a tracking number
]

/** Carriers eBay names next to tracking numbers (a tracking line starts with one). */
export const CARRIERS =
  /^(USPS|UPS|FedEx|DHL(?: Express| Paket)?|Royal Mail|Parcelforce|Evri|Hermes|DPD|GLS|Yodel|Deutsche Post|Colissimo|Chronopost|La Poste|Mondial Relay|Poste Italiane|SDA|BRT|Bartolini|Correos(?: Express)?|SEUR|MRW|Australia Post|Canada Post|Purolator|An Post|PostNL|bpost|InPost|Swiss Post|Post CH|Österreichische Post)\b/i

// ---------------------------------------------------------------------------------------------
// URL parameters

export const URL_PARAMS = {
  /** Conversation id of the open thread. */
  threadId: ["question_id", "qid", "conversationId", "conversation_id", "message_id", "msgId"],
  /** ReplyToMessages: the listing the conversation is about. */
  itemId: ["item", "itemid", "itemId"],
  /** ReplyToMessages: the member the seller writes to. */
  buyer: ["requested"],
  /** Seller Hub order details. */
  orderId: ["orderid", "orderId", "orderID"],
} as const

// ---------------------------------------------------------------------------------------------
// Messages: lists of conversations, the open conversation, the reply form

export const THREAD_SELECTORS = {
  /** Lists of other conversations and site chrome: never a source of facts. */
  conversationList: [
    ".msg-inbox-list", // inbox list (documented)
    '[role="listbox"]', // ARIA list of conversations
    '[data-testid="conversation-list"]', // messaging app (guess)
    "#msgListPanel", // legacy mesgweb list
    ".msg-list", // legacy mesgweb list
  ],
  /** Header, navigation and footer of every eBay page: names and links, never facts. */
  chrome: [
    "#gh", // global header (eBay "gh" component, stable for a decade)
    "#glbfooter", // global footer
    '[role="banner"]', // ARIA header
    '[role="contentinfo"]', // ARIA footer
    '[role="navigation"]', // folder and breadcrumb navigation
    "nav", // same, without ARIA
    "header#gh-header", // newer global header
  ],
  /** One card of the inbox list. */
  listCard: [
    ".card__item", // inbox card (documented)
    '[role="option"]', // ARIA option of a listbox
    "[data-href]", // clickable card carrying its conversation URL (documented)
    "li", // legacy list rows
    "tr", // legacy table rows
  ],
  /** The open conversation, when it has a name of its own. */
  pane: [
    '[data-testid="conversation"]', // messaging app (guess)
    ".msg-conversation", // messaging app (guess)
    ".conversation-detail", // messaging app (guess)
    "#msgDetailPanel", // legacy mesgweb detail
    ".msg-detail", // legacy mesgweb detail
    "#m2mMessageReply", // ReplyToMessages form page
  ],
  /** One message of the open conversation. */
  message: [
    '[data-testid="message"]', // messaging app (guess)
    '[role="log"] [role="article"]', // ARIA: messages in a live log
    ".msg-bubble", // messaging app (guess)
    ".message-bubble", // messaging app (guess)
    ".msg-history__item", // ReplyToMessages history (guess)
    ".msgDetail", // legacy mesgweb
  ],
  messageBody: [
    '[data-testid="message-text"]', // messaging app (guess)
    ".msg-bubble__text", // messaging app (guess)
    ".message-text", // generic
    ".msg-history__text", // ReplyToMessages history (guess)
    ".msgContent", // legacy mesgweb
  ],
  messageAuthor: [
    '[data-testid="message-author"]', // messaging app (guess)
    ".msg-bubble__author", // messaging app (guess)
    ".message-author", // generic
    ".msg-history__author", // ReplyToMessages history (guess)
    ".msgSender", // legacy mesgweb
  ],
  messageTime: [
    "time", // semantic <time>, datetime attribute preferred
    '[data-testid="message-time"]', // messaging app (guess)
    ".msg-bubble__time", // messaging app (guess)
    ".card__datetime .ux-textspans", // card date (documented), reused in bubbles
    ".msg-history__time", // ReplyToMessages history (guess)
    ".msgDate", // legacy mesgweb
  ],
  /** Conversation subject. */
  subject: [
    '[data-testid="conversation-subject"]', // messaging app (guess)
    ".msg-conversation__title", // messaging app (guess)
    ".card__conversation-title", // card class (documented), reused in the open header
    ".msg-subject", // legacy mesgweb
    "h1", // page heading (legacy and reply pages)
  ],
  /** The other member's user id in the conversation header. */
  buyerName: [
    '[data-testid="conversation-username"]', // messaging app (guess)
    ".msg-conversation__username", // messaging app (guess)
    ".card__username", // card class (documented), reused in the open header
    ".msg-sender-id", // legacy mesgweb
  ],
  /** The listing / order card shown with the conversation. */
  itemCard: [
    '[data-testid="item-card"]', // messaging app (guess)
    ".msg-item-card", // messaging app (guess)
    ".item-card", // generic
    "#itemDetails", // legacy mesgweb and ReplyToMessages
    ".msg-item", // legacy mesgweb
  ],
  itemTitle: [
    '[data-testid="item-title"]', // messaging app (guess)
    ".msg-item-card__title", // messaging app (guess)
    'a[href*="/itm/"]', // listing link (stable URL shape)
    ".item-title", // generic
  ],
  /** Links that carry an order number in their URL. */
  orderLink: [
    'a[href*="/ord/details?"]', // Seller Hub order details (documented URL)
    'a[href*="orderid="]', // any order link
  ],
} as const

export const REPLY_SELECTORS = {
  /** The reply textarea, most specific first. */
  replyBox: [
    '[data-testid="reply-textarea"]', // messaging app (guess)
    "textarea#msg-reply-textarea", // messaging app (guess)
    "form.msg-reply textarea", // messaging app (guess)
    'textarea[name="msg_cnt_cnt"]', // ReplyToMessages classic form field
    'textarea[name="msg_content"]', // messaging app (guess)
    "textarea", // last resort: a visible, enabled textarea (not the search box)
  ],
  sendButton: [
    '[data-testid="send-button"]', // messaging app (guess)
    'form.msg-reply button[type="submit"]', // messaging app reply form (guess)
    'button, input[type="submit"]', // any button: filtered by its label below
  ],
} as const

/** Labels of the send button (label attributes or visible text). */
export const SEND_LABELS = [
  "Send",
  "Send message",
  "Reply",
  "Senden",
  "Nachricht senden",
  "Antworten",
  "Envoyer",
  "Envoyer le message",
  "Répondre",
  "Invia",
  "Invia messaggio",
  "Rispondi",
  "Enviar",
  "Enviar mensaje",
  "Responder",
]

/** Labels of the reply box (aria-label / placeholder), to prefer it over other textareas. */
export const REPLY_BOX_LABELS =
  /message|reply|nachricht|antwort|message|réponse|messaggio|risposta|mensaje|respuesta/i

// ---------------------------------------------------------------------------------------------
// Seller Hub order details /mesh/ord/details?orderid=… (and the older /sh/ord/details)

export const ORDER_PAGE_SELECTORS = {
  /** Order status line (documented). */
  status: [".order-status", '[data-testid="order-status"]'],
  /** Date sold (documented). */
  orderDate: [".order-date", '[data-testid="order-date"]'],
  /** Ship-to address: one line per child (documented, new then old layout). */
  address: [".ship-to .address", ".shipping-address .address"],
  /** Copy-to-clipboard buttons and tooltips inside address lines: never part of a value. */
  addressNoise: ["button", '[role="tooltip"]', ".tooltip__content", ".clipped"],
  /** Buyer block: real name and user id (guess, next to the address). */
  buyerName: [".buyer-info .name", '[data-testid="buyer-name"]'],
  buyerUserId: [".buyer-info .user-id", '[data-testid="buyer-userid"]', 'a[href*="/usr/"]'],
  /** One line item (documented). */
  lineItem: ["#itemInfo .lineItemCard", ".lineItemCard"],
  itemTitle: [".lineItemCardInfo__content .details a", 'a[href*="/itm/"]', ".item-title"],
  /** Item number and SKU: value in the second span.sh-secondary (documented). */
  itemId: [".lineItemCardInfo__itemId"],
  sku: [".lineItemCardInfo__sku"],
  quantity: [".quantity__value span.sh-bold", ".quantity__value"],
  unitPrice: [".soldPrice__value"],
  tracking: [".lineItemCardInfo__tracking"],
  /** Order total (documented: the total line, then the earnings block). */
  total: [".total__value", ".earnings dl.total dd"],
} as const

// ---------------------------------------------------------------------------------------------
// Labels in English, German, French, Italian and Spanish

export const LABELS = {
  orderId: [
    "Order number",
    "Order no.",
    "Order #",
    "Order ID",
    "Bestellnummer",
    "Numéro de commande",
    "N° de commande",
    "Numero ordine",
    "Numero dell'ordine",
    "Número de pedido",
  ],
  itemId: [
    "Item number",
    "Item no.",
    "Item ID",
    "eBay item number",
    "Artikelnummer",
    "eBay-Artikelnummer",
    "Numéro de l'objet",
    "N° de l'objet",
    "Numero oggetto",
    "Oggetto n.",
    "Número de artículo",
    "N.º de artículo",
  ],
  buyer: ["Buyer", "From", "Käufer", "Von", "Acheteur", "De", "Acquirente", "Da", "Comprador"],
  status: [
    "Order status",
    "Status",
    "Bestellstatus",
    "Status der Bestellung",
    "Statut de la commande",
    "État de la commande",
    "Statut",
    "Stato dell'ordine",
    "Stato",
    "Estado del pedido",
    "Estado",
  ],
  purchaseDate: [
    "Date sold",
    "Order date",
    "Sold on",
    "Verkaufsdatum",
    "Bestelldatum",
    "Verkauft am",
    "Date de vente",
    "Date de la commande",
    "Vendu le",
    "Data di vendita",
    "Data dell'ordine",
    "Venduto il",
    "Fecha de venta",
    "Fecha del pedido",
    "Vendido el",
  ],
  shippedDate: [
    "Shipped on",
    "Date shipped",
    "Dispatched on",
    "Versendet am",
    "Versanddatum",
    "Expédié le",
    "Date d'expédition",
    "Spedito il",
    "Data di spedizione",
    "Enviado el",
    "Fecha de envío",
  ],
  deliveredDate: [
    "Delivered",
    "Delivered on",
    "Zugestellt",
    "Zugestellt am",
    "Livré le",
    "Date de livraison",
    "Consegnato il",
    "Data di consegna",
    "Entregado el",
    "Fecha de entrega",
  ],
  carrier: [
    "Carrier",
    "Shipping carrier",
    "Versandunternehmen",
    "Versanddienstleister",
    "Transporteur",
    "Corriere",
    "Transportista",
  ],
  tracking: [
    "Tracking number",
    "Tracking",
    "Sendungsnummer",
    "Sendungsverfolgungsnummer",
    "Numéro de suivi",
    "N° de suivi",
    "Numero di tracciabilità",
    "Numero di tracking",
    "Número de seguimiento",
  ],
  shipTo: [
    "Ship to",
    "Shipping address",
    "Lieferadresse",
    "Versandadresse",
    "Adresse de livraison",
    "Indirizzo di spedizione",
    "Dirección de envío",
  ],
  total: [
    "Order total",
    "Total",
    "Gesamtbetrag",
    "Gesamtsumme",
    "Total de la commande",
    "Totale ordine",
    "Totale",
    "Total del pedido",
  ],
  sku: [
    "SKU",
    "Custom label (SKU)",
    "Bestandseinheit (SKU)",
    "Référence",
    "Etichetta personalizzata",
  ],
  quantity: ["Quantity", "Qty", "Menge", "Anzahl", "Quantité", "Quantità", "Cantidad"],
  unitPrice: [
    "Price",
    "Sold for",
    "Item price",
    "Preis",
    "Verkauft für",
    "Prix",
    "Vendu pour",
    "Prezzo",
    "Venduto per",
    "Precio",
    "Vendido por",
  ],
} as const

// ---------------------------------------------------------------------------------------------
// Words that classify values

/** Status wording -> normalised state. Negations and "awaiting" first ("Awaiting shipment"). */
export const STATUS_WORDS: readonly [
  RegExp,
  "pending" | "unshipped" | "shipped" | "delivered" | "cancelled" | "returned" | "refunded",
][] = [
  [/cancel|storn|annul|cancelad/i, "cancelled"],
  [/refund|erstatt|rembours|rimbors|reembols/i, "refunded"],
  [/return|rücksend|rückgabe|retour|\breso\b|restitu|devoluc|devuel/i, "returned"],
  [
    /awaiting payment|zahlung ausstehend|noch nicht bezahlt|en attente de paiement|in attesa di pagamento|pendiente de pago/i,
    "pending",
  ],
  [
    /awaiting shipment|not (?:yet )?shipped|ready to ship|versand ausstehend|noch nicht versendet|nicht versandt|à expédier|en attente d'expédition|non expédié|da spedire|in attesa di spedizione|non spedit|pendiente de envío|no enviado/i,
    "unshipped",
  ],
  [/delivered|zugestellt|geliefert|livré|consegnat|entregado/i, "delivered"],
  [/shipped|versendet|versandt|expédi|spedit|enviado/i, "shipped"],
]

/** The seller's own messages are signed with these words instead of a user id. */
export const SELF_AUTHORS = [
  "You",
  "Me",
  "Sie",
  "Du",
  "Ich",
  "Vous",
  "Moi",
  "Tu",
  "Tú",
  "Usted",
  "Yo",
]

/** Authors that are eBay itself. */
export const MARKETPLACE_AUTHORS =
  /^(?:ebay(?:\.[a-z.]+)?(?:\s+(?:customer service|kundenservice|service client(?:èle)?|servizio clienti|atención al cliente))?)$/i

/**
 * Openings of notices eBay writes into the conversation (role "marketplace") when there is no
 * author to go by: requests opened by the buyer (item not received, returns, cancellations).
 */
export const MARKETPLACE_MARKERS: readonly RegExp[] = [
  /^(?:the )?buyer (?:has )?(?:opened|started|requested) an? (?:item not received|return|cancellation) request/i,
  /^an? (?:item not received|return|cancellation) request (?:has been|was) opened/i,
  /^(?:der )?käufer hat (?:einen )?(?:antrag|fall|rückgabeantrag|rücknahmeantrag)/i,
  /^l'acheteur a (?:ouvert|déposé) une (?:demande|réclamation)/i,
  /^l'acquirente ha aperto una (?:richiesta|controversia)/i,
  /^el comprador ha abierto una (?:solicitud|reclamación)/i,
]

/** Class-name / attribute tokens that tell who wrote a message. */
export const ROLE_TOKENS = {
  buyer: /^(?:buyer|received|incoming|inbound|member|other)$/i,
  seller: /^(?:seller|sent|outgoing|outbound|self|mine|own)$/i,
  marketplace: /^(?:ebay|system|notification|notice|marketplace)$/i,
}
