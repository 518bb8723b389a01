import { useCallback, useEffect, useRef } from "react"
import { callBackground } from "~messaging/client"
import type { SiteAdapter } from "~sites/types"
import { isHeavilyEdited } from "~suggest/edit-distance"

/** The agent stops typing for this long before we look at what became of the inserted reply. */
const SETTLE_MS = 1_500

/**
 * After an insert, watches the reply box; if the agent rewrites most of the inserted reply, ranking
 * hears about it once ("inserted, then heavily edited").
 */
export function useEditTracking(adapter: SiteAdapter, threadKey: string) {
  const watched = useRef<{ templateId: string; text: string; stop: () => void }>()

  const stopWatching = useCallback(() => {
    watched.current?.stop()
    watched.current = undefined
  }, [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new thread ends the watch.
  useEffect(() => stopWatching, [threadKey, stopWatching])

  return useCallback(
    (templateId: string, text: string) => {
      stopWatching()
      const replyBox = adapter.findReplyBox(document)
      if (!replyBox) return
      let timer: ReturnType<typeof setTimeout> | undefined
      const settle = () => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          if (!isHeavilyEdited(text, replyBox.value)) return
          callBackground("record-usage", { templateId, kind: "edited" }).catch(() => {})
          stopWatching()
        }, SETTLE_MS)
      }
      replyBox.addEventListener("input", settle)
      watched.current = {
        templateId,
        text,
        stop: () => {
          clearTimeout(timer)
          replyBox.removeEventListener("input", settle)
        },
      }
    },
    [adapter, stopWatching],
  )
}
