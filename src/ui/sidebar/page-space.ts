const STYLE_ID = "seller-reply-copilot-page-space"

/**
 * Makes room for the sidebar beside the page instead of over it, so the reply box and the send
 * button stay visible and clickable. Returns a function that gives the space back.
 */
export function reservePageSpace(doc: Document, width: number): () => void {
  let style = doc.getElementById(STYLE_ID) as HTMLStyleElement | null
  if (!style) {
    style = doc.createElement("style")
    style.id = STYLE_ID
    doc.head.append(style)
  }
  style.textContent = `html { margin-right: ${Math.round(width)}px !important; }`
  return () => style?.remove()
}
