/**
 * Where Seller Central shows each fact, as data: per fact a list of fallbacks, most stable signal
 * first (documented data-test-ids, ARIA roles, labels in the page's language, data formats), class
 * names last. The open-thread pane of the messaging inbox is not documented publicly; its entries
 * are educated guesses backed by structural fallbacks in extract.ts (the pane is found from the
 * reply box, never from a list of conversations).
 */

// ---------------------------------------------------------------------------------------------
// Data formats

/** Amazon order id, 3-7-7 digits. */
export const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/g
export const ORDER_ID_EXACT = /^\d{3}-\d{7}-\d{7}$/
/** ASIN (books use ISBN-10). */
export const ASIN_EXACT = /^(?:B0[A-Z0-9]{8}|\d{9}[\dX])$/
export const ASIN_IN_TEXT = /\bB0[A-Z0-9]{8}\b/

/** Tracking numbers, tried on labelled values and on text near a "tracking" label. */
export const TRACKING_FORMATS: readonly RegExp[] = [
  /^1Z[0-9A-Z]{16}$/, // UPS
  /^\d{20,22}$/, // USPS 20-22 digits, FedEx 20/22, DHL Paket 20
  /^[A-Z]{2}\d{9}[A-Z]{2}$/, // UPU S10: USPS ...US, Royal Mail ...GB, Correos ...ES, Japan Post ...JP
  /^\d{12}$/, // FedEx 12, DHL Paket 12, Yamato / Sagawa 12
  /^\d{15}$/, // FedEx 15
  /^\d{10}$/, // DHL Express 10
  /^P[A-Z0-9]{22}$/, // Correos national
  /^TBA\d{9,12}$/, // Amazon Logistics
  /^[A-Z0-9]{8,35}$/, // other carriers: only accepted when labelled as a tracking id
]

// ---------------------------------------------------------------------------------------------
// Messaging: thread pane, messages, reply box

export const THREAD_SELECTORS = {
  /** The open conversation. Only used when it does not also contain the list of conversations. */
  pane: [
    '[data-test-id="thread-view"]', // inbox-v3 (guess: data-test-ids are used across Seller Central)
    '[data-test-id="conversation-pane"]', // inbox-v3 (guess)
    ".bsm-thread-view", // inbox-v3 buyer-seller-messaging app
    "#thread-view", // older inbox layout
    ".thread-detail", // older inbox layout
  ],
  /** Lists of conversations (other buyers): never read facts from these. */
  conversationList: [
    '[role="listbox"]', // inbox-v3 list of conversations (ARIA)
    '[role="navigation"]', // side navigation
    "nav", // top navigation
    '[role="tablist"]', // Response needed / No response needed tabs
    '[data-test-id="thread-list"]', // inbox-v3 (guess)
    ".bsm-thread-list", // inbox-v3 list pane
    "#inbox-thread-list", // older inbox layout
    ".thread-list", // older inbox layout
  ],
  /** One message of the open conversation. */
  message: [
    '[data-test-id="message-bubble"]', // inbox-v3 (guess)
    '[data-test-id="thread-message"]', // inbox-v3 (guess)
    '[role="log"] [role="article"]', // ARIA: messages in a live log
    ".bsm-message", // inbox-v3
    ".thread-message", // older inbox layout
    ".message-container", // older inbox layout
  ],
  /** Day headers between messages ("Thu, Dec 5, 2019"). */
  dateSeparator: [
    '[data-test-id="date-separator"]', // inbox-v3 (guess)
    '[role="separator"]', // ARIA
    ".bsm-date-divider", // inbox-v3
    ".message-date-separator", // older inbox layout
    ".thread-date", // older inbox layout
  ],
  messageBody: [
    '[data-test-id="message-body"]', // inbox-v3 (guess)
    ".bsm-message-body", // inbox-v3
    ".message-body", // older inbox layout
    ".message-text", // older inbox layout
    ".message-content", // older inbox layout
  ],
  messageAuthor: [
    '[data-test-id="message-sender"]', // inbox-v3 (guess)
    ".bsm-message-sender", // inbox-v3
    ".message-sender", // older inbox layout
    ".sender-name", // older inbox layout
    ".message-from", // older inbox layout
  ],
  messageTime: [
    "time", // semantic <time>, datetime attribute preferred
    '[data-test-id="message-timestamp"]', // inbox-v3 (guess)
    ".bsm-message-time", // inbox-v3
    ".message-time", // older inbox layout
    ".message-date", // older inbox layout
    ".timestamp", // older inbox layout
  ],
  /** Header parts of a message, left out when the body has no element of its own. */
  messageHeader: [
    '[data-test-id="message-header"]',
    ".bsm-message-meta",
    ".message-header",
    ".message-meta",
  ],
  subject: [
    '[data-test-id="thread-subject"]', // inbox-v3 (guess)
    ".bsm-thread-subject", // inbox-v3
    ".thread-subject", // older inbox layout
    ".message-subject", // older inbox layout
    "header h2", // heading of the conversation header
  ],
  buyerName: [
    '[data-test-id="buyer-name"]', // inbox-v3 (guess)
    '[data-test-id="buyer-name-with-link"]', // same id as on the order page
    ".bsm-thread-buyer .buyer-name", // inbox-v3
    ".buyer-name", // older inbox layout
  ],
  /** The order summary shown next to the conversation. */
  orderCard: [
    '[data-test-id="order-summary-card"]', // inbox-v3 (guess)
    '[data-test-id="order-details"]', // inbox-v3 (guess)
    ".bsm-order-card", // inbox-v3
    ".order-details-card", // older inbox layout
    ".order-info", // older inbox layout
    "#order-info", // older inbox layout
  ],
  orderIdValue: [
    '[data-test-id="order-id-value"]', // same id as on the order page
    '[data-test-id="order-id"]', // inbox-v3 (guess)
  ],
  /** Links that carry the order id in their URL. */
  orderLink: [
    'a[href*="/orders-v3/order/"]', // order details link
    'a[href*="orderID="]', // contact / legacy order links
    'a[href*="/gp/orders-v2/details"]', // legacy order details
  ],
  /** An item shown in the order card. */
  orderItem: [
    '[data-test-id="order-item"]', // inbox-v3 (guess)
    ".bsm-order-item", // inbox-v3
    ".order-item", // older inbox layout
  ],
  itemTitle: [
    '[data-test-id="item-title"]', // inbox-v3 (guess)
    ".more-info-column-word-wrap-break-word", // order page, also reused in cards
    'a[href*="/dp/"]', // product link
    'a[href*="/gp/product/"]', // product link
    ".item-title", // older inbox layout
    ".product-title", // older inbox layout
  ],
} as const

export const REPLY_SELECTORS = {
  /** Hosts or textareas of the reply box, most specific first. */
  replyBox: [
    ".contact-buyer-text-area kat-textarea", // contact page (documented): textarea in shadow root
    '[data-test-id="reply-textarea"]', // inbox-v3 (guess)
    ".bsm-reply-area kat-textarea", // inbox-v3 reply area
    "kat-textarea", // any KAT textarea
    'textarea[name="message"]', // older inbox layout
    "textarea#reply-message", // older inbox layout
    "textarea", // last resort: a visible plain textarea
  ],
  sendButton: [
    "kat-button.ayb-contact-form-send-button", // contact page (documented)
    ".ayb-contact-form-send-button", // contact page without KAT
    '[data-test-id="send-button"]', // inbox-v3 (guess)
    "kat-button", // inbox-v3: filtered by label below
    'button, input[type="submit"]', // older inbox layout: filtered by label below
  ],
} as const

/** Labels of the send button (matched on the label attribute or the visible text). */
export const SEND_LABELS = [
  "Send",
  "Send message",
  "Senden",
  "Nachricht senden",
  "Envoyer",
  "Invia",
  "Enviar",
  "送信",
  "Verzenden",
  "Skicka",
  "Wyślij",
  "Gönder",
]

// ---------------------------------------------------------------------------------------------
// Order details page /orders-v3/order/<id> (documented data-test-ids, stable for years)

export const ORDER_PAGE_SELECTORS = {
  root: ["#MYO-app", "body"],
  orderId: ['[data-test-id="order-id-value"]'],
  shipBy: ['[data-test-id="order-summary-shipby-value"]'],
  deliverBy: ['[data-test-id="order-summary-deliverby-value"]'],
  purchaseDate: ['[data-test-id="order-summary-purchase-date-value"]'],
  shippingService: ['[data-test-id="order-summary-shipping-service-value"]'],
  fulfillmentChannel: ['[data-test-id="order-summary-fulfillment-channel-value"]'],
  salesChannel: ['[data-test-id="order-summary-sales-channel-value"]'],
  address: ['[data-test-id="shipping-section-buyer-address"]'],
  buyerName: [
    '[data-test-id="buyer-name-with-link"]',
    '[data-test-id="shipping-section-contact-buyer-value"]',
  ],
  itemStatus: ['[data-test-id="item-status-label"]'],
  itemsTable: ["table.a-keyvalue"],
  itemTitle: [".more-info-column-word-wrap-break-word", 'a[href*="/dp/"]'],
  trackingId: ['[data-test-id="tracking-id-value"]'],
  /** The package row: carrier and ship date sit in cells next to the tracking id. */
  packageCell: [".a-column.a-span3"],
} as const

// ---------------------------------------------------------------------------------------------
// Contact buyer page /messaging/contact?orderID=...

export const CONTACT_SELECTORS = {
  header: [".ayb-contact-buyer-header h2", ".ayb-contact-buyer-header"],
  replyBox: [".contact-buyer-text-area kat-textarea", ".contact-buyer-text-area textarea"],
  sendButton: ["kat-button.ayb-contact-form-send-button", ".ayb-contact-form-send-button"],
} as const

// ---------------------------------------------------------------------------------------------
// Labels as pages print them (en, de, fr, it, es, ja, with nl/sv/pl/tr where cheap)

export const LABELS = {
  orderId: [
    "Order ID",
    "Order #",
    "Order number",
    "Order",
    "Bestellnummer",
    "Bestell-Nr.",
    "Bestellung",
    "N° de commande",
    "N° de la commande",
    "Numéro de commande",
    "ID de commande",
    "Commande",
    "Numero ordine",
    "N. ordine",
    "ID ordine",
    "Ordine",
    "Número de pedido",
    "N.º de pedido",
    "Nº de pedido",
    "ID del pedido",
    "Pedido",
    "注文番号",
    "注文ID",
    "Bestelnummer",
    "Ordernummer",
    "Numer zamówienia",
    "Sipariş numarası",
  ],
  buyer: [
    "Buyer",
    "Buyer name",
    "Customer",
    "Käufer",
    "Name des Käufers",
    "Kunde",
    "Acheteur",
    "Nom de l'acheteur",
    "Client",
    "Acquirente",
    "Nome acquirente",
    "Cliente",
    "Comprador",
    "Nombre del comprador",
    "購入者",
    "購入者名",
    "Koper",
    "Köpare",
    "Kupujący",
    "Alıcı",
  ],
  contactBuyer: [
    "Contact buyer",
    "Contact Buyer",
    "Käufer kontaktieren",
    "Contacter l'acheteur",
    "Contatta l'acquirente",
    "Contactar con el comprador",
    "購入者に連絡",
  ],
  status: [
    "Status",
    "Order status",
    "Bestellstatus",
    "Statut",
    "Statut de la commande",
    "Stato",
    "Stato dell'ordine",
    "Estado",
    "Estado del pedido",
    "ステータス",
    "注文ステータス",
  ],
  purchaseDate: [
    "Purchase date",
    "Order date",
    "Ordered on",
    "Kaufdatum",
    "Bestelldatum",
    "Date d'achat",
    "Date de commande",
    "Data di acquisto",
    "Data dell'ordine",
    "Fecha de compra",
    "Fecha del pedido",
    "購入日",
    "注文日",
  ],
  shipBy: [
    "Ship by",
    "Ship-by date",
    "Versand bis",
    "Versanddatum bis",
    "Expédier avant le",
    "Expédier le",
    "Date d'expédition prévue",
    "Spedire entro",
    "Spedizione entro",
    "Enviar antes del",
    "Enviar antes de",
    "出荷期限",
    "出荷予定日",
  ],
  deliverBy: [
    "Deliver by",
    "Delivery estimate",
    "Estimated delivery",
    "Zustellung bis",
    "Lieferung bis",
    "Voraussichtliche Zustellung",
    "Livrer avant le",
    "Livraison prévue",
    "Consegna entro",
    "Consegna prevista",
    "Entregar antes del",
    "Entrega prevista",
    "お届け予定日",
    "配達予定日",
  ],
  shippedDate: [
    "Ship date",
    "Shipped on",
    "Versanddatum",
    "Versendet am",
    "Date d'expédition",
    "Expédié le",
    "Data di spedizione",
    "Spedito il",
    "Fecha de envío",
    "Enviado el",
    "出荷日",
  ],
  deliveredDate: [
    "Delivered on",
    "Delivery date",
    "Zugestellt am",
    "Zustelldatum",
    "Livré le",
    "Date de livraison",
    "Consegnato il",
    "Data di consegna",
    "Entregado el",
    "Fecha de entrega",
    "配達日",
    "配達完了日",
  ],
  carrier: [
    "Carrier",
    "Shipping carrier",
    "Versandunternehmen",
    "Versanddienstleister",
    "Transporteur",
    "Corriere",
    "Vettore",
    "Transportista",
    "配送業者",
    "運送会社",
  ],
  tracking: [
    "Tracking ID",
    "Tracking number",
    "Tracking",
    "Sendungsnummer",
    "Sendungsverfolgungsnummer",
    "Trackingnummer",
    "N° de suivi",
    "Numéro de suivi",
    "ID de suivi",
    "ID di tracciabilità",
    "Numero di tracciabilità",
    "Número de seguimiento",
    "ID de seguimiento",
    "追跡番号",
    "お問い合わせ伝票番号",
  ],
  fulfillment: [
    "Fulfillment",
    "Fulfilment",
    "Fulfillment channel",
    "Fulfilment channel",
    "Fulfilled by",
    "Versand durch",
    "Versandart",
    "Expédié par",
    "Mode d'expédition",
    "Gestione",
    "Spedito da",
    "Gestionado por",
    "Enviado por",
    "出荷元",
    "フルフィルメント",
  ],
  shipTo: [
    "Ship to",
    "Shipping address",
    "Deliver to",
    "Lieferadresse",
    "Versandadresse",
    "Versand an",
    "Adresse d'expédition",
    "Adresse de livraison",
    "Indirizzo di spedizione",
    "Spedire a",
    "Dirección de envío",
    "Enviar a",
    "お届け先",
    "配送先",
  ],
  total: [
    "Order total",
    "Grand total",
    "Total",
    "Gesamtsumme",
    "Bestellsumme",
    "Gesamtbetrag",
    "Total de la commande",
    "Montant total",
    "Totale ordine",
    "Totale",
    "Total del pedido",
    "Importe total",
    "注文合計",
    "合計",
  ],
  title: [
    "Item",
    "Product",
    "Product name",
    "Artikel",
    "Produkt",
    "Article",
    "Produit",
    "Articolo",
    "Prodotto",
    "Artículo",
    "Producto",
    "商品",
    "商品名",
  ],
  asin: ["ASIN"],
  sku: [
    "SKU",
    "Seller SKU",
    "Händler-SKU",
    "SKU vendeur",
    "SKU venditore",
    "SKU del vendedor",
    "出品者SKU",
  ],
  quantity: [
    "Quantity",
    "Qty",
    "Quantity ordered",
    "Menge",
    "Anzahl",
    "Quantité",
    "Qté",
    "Quantità",
    "Cantidad",
    "数量",
  ],
  unitPrice: [
    "Unit price",
    "Item price",
    "Price",
    "Stückpreis",
    "Preis",
    "Artikelpreis",
    "Prix unitaire",
    "Prix",
    "Prezzo unitario",
    "Prezzo",
    "Precio por unidad",
    "Precio unitario",
    "Precio",
    "単価",
    "価格",
    "商品価格",
  ],
} as const

// ---------------------------------------------------------------------------------------------
// Words that classify values

/** Status wording -> normalised state. Negations first ("Unshipped" contains "shipped"). */
export const STATUS_WORDS: readonly [
  RegExp,
  "pending" | "unshipped" | "shipped" | "delivered" | "cancelled" | "returned" | "refunded",
][] = [
  [/cancel|storn|annul|cancelad|キャンセル/i, "cancelled"],
  [/refund|erstatt|rembours|rimbors|reembols|返金/i, "refunded"],
  [/return|zurück|retourn|\breso\b|restituit|devuel|返品/i, "returned"],
  [
    /unshipped|not shipped|nicht versandt|non expédi|non spedit|no enviado|sin enviar|未出荷/i,
    "unshipped",
  ],
  [/pending|ausstehend|en attente|in sospeso|in attesa|pendiente|保留/i, "pending"],
  [/delivered|zugestellt|geliefert|livré|consegnat|entregado|配達済|配達完了/i, "delivered"],
  [/shipped|versandt|versendet|expédi|spedit|enviado|出荷済|発送済/i, "shipped"],
]

/** Fulfilment by Amazon (FBA) wording; "seller" wording means the seller ships (MFN). */
export const FBA_WORDS = /amazon|\bFBA\b/i
export const SELLER_FULFILLED_WORDS =
  /seller|merchant|verkäufer|händler|vendeur|venditore|vendedor|出品者|\bMFN\b/i

/** The seller's own messages are signed with these words instead of a name. */
export const SELF_AUTHORS = [
  "You",
  "Sie",
  "Du",
  "Vous",
  "Toi",
  "Tu",
  "Voi",
  "Tú",
  "Usted",
  "Ustedes",
  "あなた",
  "自分",
  "U",
  "Jij",
  "Du själv",
  "Ty",
  "Siz",
]
/** Authors that are the marketplace itself. */
export const MARKETPLACE_AUTHORS =
  /^(?:amazon(?:\.[a-z.]+)?(?:\s+(?:customer service|seller support|kundenservice|service client|servizio clienti|atención al cliente))?|amazon カスタマーサービス)$/i

/**
 * Openings of messages Amazon writes on the buyer's behalf (role "marketplace"). English is the
 * documented text; the translations follow Amazon's wording where known.
 */
export const ON_BEHALF_MARKERS: readonly RegExp[] = [
  /we(?:'|’)ve been contacted by a customer regarding the order identified below/i,
  /we have been contacted by a customer regarding the order/i,
  /wir wurden von einem kunden bezüglich der unten (?:angegebenen|aufgeführten) bestellung kontaktiert/i,
  /un client nous a contactés au sujet de la commande/i,
  /siamo stati contattati da un cliente in merito all'ordine/i,
  /un cliente se ha puesto en contacto con nosotros en relación con el pedido/i,
  /以下の注文について、購入者から問い合わせがありました/,
]

/** Class-name / attribute tokens that tell who wrote a message. */
export const ROLE_TOKENS = {
  buyer: /^(?:buyer|customer|inbound|incoming|received)$/i,
  seller: /^(?:seller|merchant|outbound|outgoing|sent|self|mine)$/i,
  marketplace: /^(?:amazon|system|marketplace|notification)$/i,
}
