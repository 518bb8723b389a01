import type { SiteAdapter } from "../types"
import { extract, findReplyBox, pageKind, protectedElements } from "./extract"

/** Amazon Seller Central: buyer-seller messaging, contact-buyer and order details pages. */
export const amazonAdapter: SiteAdapter = {
  site: "amazon",
  pageKind,
  extract,
  findReplyBox,
  protectedElements,
}
