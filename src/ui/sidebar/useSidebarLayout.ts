import { useCallback, useEffect, useState } from "react"
import { callBackground } from "~messaging/client"

export interface SidebarLayout {
  open: boolean
  width: number
}

const DEFAULT_LAYOUT: SidebarLayout = { open: true, width: 380 }

/**
 * The sidebar's remembered open state and width. Called before the page is read, so the request
 * travels while the (synchronous) first read of the page runs.
 */
export function useSidebarLayout() {
  const [layout, setLayout] = useState<SidebarLayout>()

  useEffect(() => {
    callBackground("sidebar-layout", {})
      .then(setLayout)
      // Without the background the sidebar still works; it just starts open at its usual width.
      .catch(() => setLayout(DEFAULT_LAYOUT))
  }, [])

  const saveLayout = useCallback((next: SidebarLayout) => {
    setLayout(next)
    callBackground("save-sidebar", next).catch(() => {})
  }, [])

  return { layout, setLayout, saveLayout }
}
