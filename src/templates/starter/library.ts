import type { StarterTemplate } from "~templates/schema"
import { CLOSING_TEMPLATES } from "./closing"
import { INVOICE_TEMPLATES } from "./invoices"
import { ITEM_PROBLEM_TEMPLATES } from "./item-problems"
import { NOTICE_TEMPLATES } from "./notices"
import { ORDER_CHANGE_TEMPLATES } from "./order-changes"
import { PRESALE_TEMPLATES } from "./presale"
import { RETURN_TEMPLATES } from "./returns"
import { SHIPPING_TEMPLATES } from "./shipping"

/**
 * The replies shipped with the extension, in English, Spanish, German, French and Italian. Keys
 * are stable: stored copies refer to them, and a changed text needs a higher `revision` so
 * installed copies get updated (a language added to an entry is installed as a new template).
 */
export const STARTER_LIBRARY: StarterTemplate[] = [
  ...SHIPPING_TEMPLATES,
  ...ORDER_CHANGE_TEMPLATES,
  ...RETURN_TEMPLATES,
  ...ITEM_PROBLEM_TEMPLATES,
  ...PRESALE_TEMPLATES,
  ...INVOICE_TEMPLATES,
  ...CLOSING_TEMPLATES,
  ...NOTICE_TEMPLATES,
]
