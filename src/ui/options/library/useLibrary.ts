import { useCallback, useEffect, useMemo, useState } from "react"
import { callBackground } from "~messaging/client"
import type { RequestOf } from "~messaging/contracts"
import { CopilotDatabase } from "~storage/db"
import { type LibrarySnapshot, readLibrary } from "~storage/library"
import type { TemplateUsage } from "~templates/library"
import type { Template } from "~templates/schema"
import { dropUndo, pushUndo, type UndoEntry } from "~templates/undo"

type BulkChange = RequestOf<"change-templates">["change"]

let nextUndoId = 1

let db: CopilotDatabase | undefined
/**
 * The options page shares the extension's IndexedDB and reads the library from it directly:
 * 5,000 templates through extension messaging take hundreds of milliseconds. Every write still
 * goes through the background.
 */
function pageDb(): CopilotDatabase {
  db ??= new CopilotDatabase()
  return db
}

/** The first read; an empty library may only mean the worker is still installing the starters. */
async function firstLibraryRead(): Promise<LibrarySnapshot> {
  const library = await readLibrary(pageDb())
  if (library.templates.length > 0) return library
  await callBackground("library-ready", {})
  return readLibrary(pageDb())
}

// Reading starts when the page's script runs, not after React's first render.
let firstRead: Promise<LibrarySnapshot> | undefined = firstLibraryRead()

/** The library as the options page holds it, and the writes, each answered by the background. */
export function useLibrary() {
  const [templates, setTemplates] = useState<Template[]>()
  const [usage, setUsage] = useState<ReadonlyMap<string, TemplateUsage>>(new Map())
  const [undo, setUndo] = useState<UndoEntry[]>([])
  const [error, setError] = useState<string>()

  const reload = useCallback(async () => {
    try {
      const read = firstRead ?? readLibrary(pageDb())
      firstRead = undefined
      const library = await read
      setTemplates(library.templates)
      setUsage(library.usage)
      setError(undefined)
    } catch (loadError) {
      setError((loadError as Error).message)
    }
  }, [])

  useEffect(() => {
    reload()
  }, [reload])

  const saved = useCallback((template: Template) => {
    setTemplates((current = []) => {
      const index = current.findIndex((candidate) => candidate.id === template.id)
      if (index === -1) return [...current, template]
      const next = [...current]
      next[index] = template
      return next
    })
  }, [])

  /** Deletes and keeps the templates for undo; resolves with how many were deleted. */
  const remove = useCallback(async (ids: string[]) => {
    const { deleted } = await callBackground("delete-templates", { ids })
    const gone = new Set(deleted.map((template) => template.id))
    setTemplates((current = []) => current.filter((template) => !gone.has(template.id)))
    if (deleted.length > 0)
      setUndo((stack) => pushUndo(stack, { id: nextUndoId++, templates: deleted }))
    return deleted.length
  }, [])

  const restore = useCallback(async (entry: UndoEntry) => {
    await callBackground("restore-templates", { templates: entry.templates })
    setUndo((stack) => dropUndo(stack, entry.id))
    const back = new Set(entry.templates.map((template) => template.id))
    setTemplates((current = []) => [
      ...current.filter((template) => !back.has(template.id)),
      ...entry.templates,
    ])
  }, [])

  const dismissUndo = useCallback(
    (entry: UndoEntry) => setUndo((stack) => dropUndo(stack, entry.id)),
    [],
  )

  const change = useCallback(
    async (ids: string[], bulkChange: BulkChange) => {
      const { changed } = await callBackground("change-templates", { ids, change: bulkChange })
      await reload()
      return changed
    },
    [reload],
  )

  return useMemo(
    () => ({ templates, usage, undo, error, saved, remove, restore, dismissUndo, change }),
    [templates, usage, undo, error, saved, remove, restore, dismissUndo, change],
  )
}
