import type { PageContext, Site } from "~context/schema"

const AMAZON_ORDER_ID = "111-2223334-4445556"
const EBAY_ORDER_ID = "12-34567-89012"

/**
 * A complete, made-up conversation context to render templates with outside a real page (the
 * library audit, previews): every catalogued fact is present, so what remains is the template.
 */
export function sampleContext(site: Site): PageContext {
  const amazon = site === "amazon"
  return {
    marketplace: amazon
      ? { site, host: "sellercentral.amazon.com", country: "US", locale: "en-US", currency: "USD" }
      : { site, host: "www.ebay.com", country: "US", locale: "en-US", currency: "USD" },
    page: {
      kind: "thread",
      url: amazon
        ? "https://sellercentral.amazon.com/messaging/inbox"
        : "https://www.ebay.com/cnt/ViewMessage",
    },
    thread: { messages: [{ role: "buyer", author: "Alex Sample", text: "Where is my order?" }] },
    buyer: { name: "Alex Sample", firstName: "Alex" },
    order: {
      id: amazon ? AMAZON_ORDER_ID : EBAY_ORDER_ID,
      purchaseDate: "2025-11-03",
      status: "Shipped",
      state: "shipped",
      fulfillmentChannel: "seller",
      items: [
        {
          title: "Sample Travel Mug 350 ml",
          asin: amazon ? "B0SAMPLE01" : undefined,
          sku: "MUG-350",
          quantity: 1,
          unitPrice: { amount: 19.99, currency: "USD" },
        },
      ],
      total: { amount: 24.98, currency: "USD" },
      shipBy: { from: "2025-11-04" },
      deliverBy: { from: "2025-11-07", to: "2025-11-10" },
      shipTo: { city: "Springfield", region: "IL", country: "United States" },
      carrier: "UPS",
      trackingNumber: "1Z999AA10123456784",
      shippedDate: "2025-11-04",
    },
  }
}
