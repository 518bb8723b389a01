import type { SiteAdapter } from "../types"
import { extract, findReplyBox, pageKind, protectedElements } from "./extract"

/** eBay: member messages, the reply form, legacy mesgweb pages and Seller Hub order details. */
export const ebayAdapter: SiteAdapter = {
  site: "ebay",
  pageKind,
  extract,
  findReplyBox,
  protectedElements,
}
