import { useCallback, useEffect, useRef, useState } from "react"
import type { PageContext } from "~context/schema"
import { callBackground } from "~messaging/client"
import type { MessageReading, Suggestion } from "~messaging/contracts"

export const SUGGESTION_LIMIT = 20
const QUERY_DEBOUNCE_MS = 80

export interface SuggestionState {
  suggestions: Suggestion[]
  loading: boolean
  error?: string
  libraryEmpty: boolean
  reading?: MessageReading
  /** Asks again, e.g. after pinning changed the order. */
  refresh: () => void
}

/** Suggestions for the page once it has been read (`pageRead`), re-asked as the agent types. */
export function useSuggestions(
  context: PageContext | undefined,
  query: string,
  pageRead: boolean,
): SuggestionState {
  const [state, setState] = useState<Omit<SuggestionState, "refresh">>({
    suggestions: [],
    loading: true,
    libraryEmpty: false,
  })
  const [generation, setGeneration] = useState(0)
  const latestRequest = useRef(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the refresh trigger.
  useEffect(() => {
    if (!pageRead) return
    const request = ++latestRequest.current
    setState((previous) => ({ ...previous, loading: true }))
    const timer = setTimeout(
      async () => {
        try {
          const answer = await callBackground("suggest", {
            context,
            query,
            limit: SUGGESTION_LIMIT,
          })
          if (request === latestRequest.current) setState({ ...answer, loading: false })
        } catch (error) {
          if (request === latestRequest.current) {
            setState({
              suggestions: [],
              loading: false,
              libraryEmpty: false,
              error: (error as Error).message,
            })
          }
        }
      },
      query ? QUERY_DEBOUNCE_MS : 0,
    )
    return () => clearTimeout(timer)
  }, [context, query, pageRead, generation])

  const refresh = useCallback(() => setGeneration((value) => value + 1), [])
  return { ...state, refresh }
}
