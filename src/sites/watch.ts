/** How long after the first change the page is read again: quick, but once per burst of edits. */
export const REREAD_DELAY_MS = 60

/**
 * Calls `onChange` when the page changes under the sidebar: a soft navigation to another thread,
 * or the thread pane re-rendering. Mutations inside `ignore` (our own sidebar) don't count.
 * Everything is released when `signal` aborts, so re-mounting never leaks observers.
 */
export function watchPage(
  doc: Document,
  onChange: () => void,
  signal: AbortSignal,
  ignore?: () => Node | null,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastUrl = doc.location?.href
  const schedule = (delay = REREAD_DELAY_MS) => {
    if (signal.aborted || timer !== undefined) return
    timer = setTimeout(() => {
      timer = undefined
      if (!signal.aborted) onChange()
    }, delay)
  }
  const observer = new MutationObserver((mutations) => {
    const ignored = ignore?.()
    if (ignored && mutations.every((mutation) => ignored.contains(mutation.target))) return
    if (doc.location?.href !== lastUrl) {
      lastUrl = doc.location?.href
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      schedule(0)
      return
    }
    schedule()
  })
  observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true })
  const onNavigate = () => schedule(0)
  const view = doc.defaultView
  view?.addEventListener("popstate", onNavigate, { signal })
  view?.addEventListener("hashchange", onNavigate, { signal })
  signal.addEventListener("abort", () => {
    observer.disconnect()
    if (timer !== undefined) clearTimeout(timer)
  })
}
