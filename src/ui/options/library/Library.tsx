import { useCallback, useDeferredValue, useMemo, useRef, useState } from "react"
import { draftOf, newDraft, type TemplateDraft } from "~templates/draft"
import {
  EMPTY_FILTER,
  filterGroups,
  groupTemplates,
  type LibraryFilter,
  libraryFacets,
  type TemplateGroup,
} from "~templates/library"
import type { Template } from "~templates/schema"
import { t, uiLanguage } from "~ui/i18n"
import { BulkActions } from "./BulkActions"
import { LibraryFilters } from "./LibraryFilters"
import { LibraryList, usageText } from "./LibraryList"
import { TemplateEditor } from "./TemplateEditor"
import { useLibrary } from "./useLibrary"

interface Editing {
  /** Remounts the form for each template or new draft, so nothing carries over. */
  key: string
  template?: Template
  draft: TemplateDraft
  restored: boolean
}

/** Unsaved work on a new template (one at a time) is kept under this key. */
const NEW_DRAFT = "new"

type Status = { kind: "done" | "error"; text: string }

let nextDraftKey = 1

/** The template library: search, filters, bulk actions, and one template's editor beside it. */
export function Library() {
  const library = useLibrary()
  const { templates = [], usage } = library
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER)
  // Typing stays responsive while thousands of templates are filtered behind it.
  const shownFilter = useDeferredValue(filter)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [editing, setEditing] = useState<Editing>()
  const [status, setStatus] = useState<Status>()

  const groups = useMemo(() => groupTemplates(templates, usage, uiLanguage()), [templates, usage])
  const visible = useMemo(() => filterGroups(groups, shownFilter), [groups, shownFilter])
  const facets = useMemo(() => libraryFacets(templates), [templates])

  const run = async (action: () => Promise<string | undefined>) => {
    try {
      const text = await action()
      setStatus(text ? { kind: "done", text } : undefined)
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message })
    }
  }

  // Drafts left without saving, by template id: opening the template again brings them back.
  const unsaved = useRef(new Map<string, TemplateDraft>())
  const open = (template: Template) => {
    const kept = unsaved.current.get(template.id)
    setEditing({
      key: `${template.id}@${template.updatedAt}@${nextDraftKey++}`,
      template,
      draft: kept ?? draftOf(template),
      restored: kept !== undefined,
    })
  }
  const startDraft = (draft: TemplateDraft, restored = false) =>
    setEditing({ key: `draft-${nextDraftKey++}`, draft, restored })
  const startNew = () => {
    const kept = unsaved.current.get(NEW_DRAFT)
    startDraft(kept ?? newDraft(uiLanguage(), filter.folder || undefined), kept !== undefined)
  }
  const unsavedKey = editing?.template?.id ?? NEW_DRAFT
  const keepDraft = useCallback(
    (draft: TemplateDraft) => unsaved.current.set(unsavedKey, draft),
    [unsavedKey],
  )
  const discardDraft = () => {
    unsaved.current.delete(unsavedKey)
    if (editing?.template) open(editing.template)
    else startDraft(newDraft(uiLanguage(), filter.folder || undefined))
  }

  const selectedIds = () =>
    groups
      .filter((group) => selected.has(group.groupId))
      .flatMap((group) => group.templates.map((template) => template.id))

  const toggleSelected = (group: TemplateGroup) =>
    setSelected((current) => {
      const next = new Set(current)
      if (!next.delete(group.groupId)) next.add(group.groupId)
      return next
    })

  const remove = (ids: string[]) =>
    run(async () => {
      await library.remove(ids)
      if (editing?.template && ids.includes(editing.template.id)) setEditing(undefined)
      setSelected(new Set())
      return undefined
    })

  const editingGroup = editing?.template?.groupId ?? editing?.draft.groupId
  const translations = editingGroup
    ? templates.filter((template) => template.groupId === editingGroup)
    : []
  const lastUndo = library.undo.at(-1)
  const ready = library.templates !== undefined

  return (
    <section
      className="mt-10 flex flex-col gap-3"
      aria-label={t("libraryTitle")}
      data-testid="library"
      data-ready={ready}
    >
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 className="text-[18px] font-semibold text-teal-800">{t("libraryTitle")}</h2>
        {ready && (
          <span className="text-[13px] text-slate-500" data-testid="library-count">
            {t("libraryCount", [String(visible.length), String(groups.length)])}
          </span>
        )}
        <button
          type="button"
          className="ml-auto rounded-md bg-teal-700 px-3 py-1.5 font-medium text-white hover:bg-teal-800"
          onClick={startNew}
          data-testid="library-new"
        >
          {t("libraryNew")}
        </button>
      </div>
      {library.error && (
        <p role="alert" className="text-red-700">
          {library.error}
        </p>
      )}
      {lastUndo && (
        <div
          role="status"
          className="flex items-center gap-3 rounded-md bg-slate-800 px-3 py-2 text-white"
          data-testid="library-undo-bar"
        >
          <span className="min-w-0 flex-1 truncate">
            {lastUndo.templates.length === 1
              ? t("libraryDeletedOne", lastUndo.templates[0].title)
              : t("libraryDeletedMany", String(lastUndo.templates.length))}
          </span>
          <button
            type="button"
            className="rounded border border-white/40 px-2 py-0.5 font-medium hover:bg-white/10"
            onClick={() =>
              run(async () => {
                await library.restore(lastUndo)
                return t("libraryRestored", String(lastUndo.templates.length))
              })
            }
            data-testid="library-undo"
          >
            {t("libraryUndo")}
          </button>
          <button
            type="button"
            className="text-white/70 hover:text-white"
            onClick={() => library.dismissUndo(lastUndo)}
            aria-label={t("libraryDismiss")}
          >
            ✕
          </button>
        </div>
      )}
      {status && (
        <p
          role={status.kind === "error" ? "alert" : "status"}
          className={status.kind === "error" ? "text-red-700" : "text-teal-800"}
          data-testid="library-status"
        >
          {status.text}
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-2">
          <LibraryFilters filter={filter} facets={facets} onChange={setFilter} />
          {selected.size > 0 && (
            <BulkActions
              count={selected.size}
              folders={facets.folders}
              onClear={() => setSelected(new Set())}
              onDelete={() => remove(selectedIds())}
              onChange={(change) =>
                run(async () => {
                  const changed = await library.change(selectedIds(), change)
                  return t("libraryChanged", String(changed))
                })
              }
            />
          )}
          {ready && visible.length === 0 && (
            <p className="text-slate-500" data-testid="library-empty">
              {groups.length === 0 ? t("libraryNoTemplates") : t("noMatches")}
            </p>
          )}
          {ready && visible.length > 0 && (
            <>
              <label className="flex items-center gap-1.5 text-[13px] text-slate-600">
                <input
                  type="checkbox"
                  checked={visible.every((group) => selected.has(group.groupId))}
                  onChange={(event) =>
                    setSelected(
                      event.target.checked
                        ? new Set(visible.map((group) => group.groupId))
                        : new Set(),
                    )
                  }
                  data-testid="library-select-all"
                />
                {t("librarySelectAll", String(visible.length))}
              </label>
              <LibraryList
                groups={visible}
                selected={selected}
                openId={editing?.template?.id}
                onToggleSelected={toggleSelected}
                onOpen={open}
                onTogglePin={(group) =>
                  run(async () => {
                    await library.change(
                      group.templates.map((template) => template.id),
                      { kind: "pinned", pinned: !group.pinned },
                    )
                    return undefined
                  })
                }
              />
            </>
          )}
        </div>
        <div className="min-w-0">
          {editing ? (
            <TemplateEditor
              key={editing.key}
              template={editing.template}
              initial={editing.draft}
              restored={editing.restored}
              usage={
                editing.template && usageText(usage.get(editing.template.id) ?? { inserted: 0 })
              }
              onDraftChange={keepDraft}
              onDiscard={discardDraft}
              translations={translations}
              folders={facets.folders}
              onSaved={(template) => {
                unsaved.current.delete(unsavedKey)
                library.saved(template)
                open(template)
                setStatus({ kind: "done", text: t("librarySaved", template.title) })
              }}
              onOpen={open}
              onStartDraft={startDraft}
              onDelete={(template) => {
                unsaved.current.delete(template.id)
                remove([template.id])
              }}
              onClose={() => setEditing(undefined)}
            />
          ) : (
            <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-500">
              {t("libraryPickOne")}
            </p>
          )}
        </div>
      </div>
    </section>
  )
}
