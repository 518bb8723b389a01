import type { PageContext, PageKind, Site } from "~context/schema"

/**
 * One adapter per marketplace: it knows that site's URLs and DOM and nothing else. It returns a
 * plain context object; the background validates it with the context schema before using it.
 */
export interface SiteAdapter {
  site: Site
  /** The kind of page at this URL, or null when the adapter does not handle the URL at all. */
  pageKind(url: URL): PageKind | null
  /** Reads what the page shows. Never throws: unreadable parts are simply absent. */
  extract(doc: Document, url: URL): PageContext
  /** The element the agent types the reply into (may sit inside a shadow root), if present. */
  findReplyBox(doc: Document): HTMLTextAreaElement | null
  /** Elements the sidebar must never cover (reply box, send button). */
  protectedElements(doc: Document): Element[]
}
