import { useEffect, useState } from "react"
import type { PageContext } from "~context/schema"
import { checkContext } from "~context/validate"
import { callBackground } from "~messaging/client"
import type { ClockMessage, HistoryEntryMessage } from "~messaging/contracts"
import type { SiteAdapter } from "~sites/types"
import { watchPage } from "~sites/watch"
import { t } from "~ui/i18n"

export interface PageReading {
  /** False until the page has been read once: nothing should be suggested before that. */
  read: boolean
  context?: PageContext
  /** The conversation's response deadline, once the background has worked it out. */
  clock?: ClockMessage
  /** The buyer's other conversations and orders seen in this browser. */
  history?: HistoryEntryMessage[]
  /** Values the page showed in a shape we could not trust, dropped from the context. */
  dropped: string[]
  /** Why the page could not be read, or why remembered facts could not be added. */
  problem?: string
}

function readPage(adapter: SiteAdapter): { context?: PageContext; dropped: string[] } {
  try {
    const checked = checkContext(adapter.extract(document, new URL(location.href)))
    return checked ?? { dropped: [] }
  } catch (error) {
    console.error("[copilot] reading the page failed", error)
    return { dropped: [] }
  }
}

/**
 * What the current page shows, re-read when the agent switches threads without a page load.
 * The page's own facts are shown at once; remembered order facts are joined in the background.
 */
export function usePageContext(adapter: SiteAdapter, sidebarHost: () => Node | null): PageReading {
  const [reading, setReading] = useState<PageReading>({ read: false, dropped: [] })

  useEffect(() => {
    const controller = new AbortController()
    let lastSnapshot = ""
    const read = async () => {
      const { context, dropped } = readPage(adapter)
      const snapshot = JSON.stringify(context ?? null)
      if (snapshot === lastSnapshot) return
      lastSnapshot = snapshot
      if (!context) {
        setReading({ read: true, dropped, problem: t("pageUnreadable") })
        return
      }
      setReading({ read: true, context, dropped })
      try {
        const resolved = await callBackground("resolve-context", { context })
        // A newer read may have replaced this one while the background answered; an unchanged
        // context is not set again, so suggestions are not asked for twice.
        const current = !controller.signal.aborted && snapshot === lastSnapshot
        if (!current) return
        if (JSON.stringify(resolved.context) !== snapshot) {
          const { context: joined, clock, history } = resolved
          setReading({ read: true, context: joined, clock, history, dropped })
        } else {
          setReading((reading) => ({
            ...reading,
            clock: resolved.clock,
            history: resolved.history,
          }))
        }
      } catch (error) {
        if (snapshot === lastSnapshot) {
          setReading({ read: true, context, dropped, problem: (error as Error).message })
        }
      }
    }
    read()
    watchPage(document, read, controller.signal, sidebarHost)
    return () => controller.abort()
  }, [adapter, sidebarHost])

  return reading
}
