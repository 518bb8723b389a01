import { useEffect, useRef, useState } from "react"
import type { TemplateGroup, TemplateUsage } from "~templates/library"
import type { Template } from "~templates/schema"
import { t } from "~ui/i18n"
import { TemplateBadges } from "./TemplateBadges"

const ROW_HEIGHT = 64
const VIEWPORT_HEIGHT = 576
/** Rows rendered beyond the visible ones, so fast scrolling does not flash empty space. */
const OVERSCAN = 6

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" })

interface Props {
  groups: TemplateGroup[]
  selected: ReadonlySet<string>
  openId?: string
  onToggleSelected: (group: TemplateGroup) => void
  onOpen: (template: Template) => void
  onTogglePin: (group: TemplateGroup) => void
}

export function usageText({ inserted, lastUsedAt }: TemplateUsage): string {
  if (inserted === 0) return t("libraryNeverUsed")
  const last = lastUsedAt ? dateFormat.format(new Date(lastUsedAt)) : ""
  return t("libraryUsage", [String(inserted), last])
}

/** One row per reply, only the rows in view rendered: the library may hold thousands. */
export function LibraryList({ groups, selected, openId, ...actions }: Props) {
  const viewport = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)

  // A new filter shows its results from the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again for each new list.
  useEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0
    setScrollTop(0)
  }, [groups])

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(
    groups.length,
    Math.ceil((scrollTop + VIEWPORT_HEIGHT) / ROW_HEIGHT) + OVERSCAN,
  )
  return (
    <div
      ref={viewport}
      className="overflow-y-auto rounded-md border border-slate-200"
      style={{ height: Math.min(VIEWPORT_HEIGHT, Math.max(groups.length, 1) * ROW_HEIGHT + 2) }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      data-testid="library-list"
    >
      <ul
        className="relative list-none"
        style={{ height: groups.length * ROW_HEIGHT }}
        aria-label={t("libraryTitle")}
      >
        {groups.slice(first, last).map((group, offset) => {
          const index = first + offset
          const { primary } = group
          const isOpen = group.templates.some((template) => template.id === openId)
          return (
            <li
              key={group.groupId}
              className={`absolute inset-x-0 flex items-start gap-2 border-b border-slate-100 px-2 py-1.5 ${isOpen ? "bg-teal-50" : "bg-white"}`}
              style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
              aria-setsize={groups.length}
              aria-posinset={index + 1}
              data-testid="library-row"
              data-group-id={group.groupId}
            >
              <input
                type="checkbox"
                className="mt-1"
                checked={selected.has(group.groupId)}
                onChange={() => actions.onToggleSelected(group)}
                aria-label={t("librarySelect", primary.title)}
                data-testid="library-select"
              />
              <button
                type="button"
                className={`mt-0.5 text-[15px] leading-none ${group.pinned ? "text-amber-500" : "text-slate-300 hover:text-slate-500"}`}
                onClick={() => actions.onTogglePin(group)}
                aria-pressed={group.pinned}
                aria-label={group.pinned ? t("unpin") : t("pin")}
                title={group.pinned ? t("unpin") : t("pin")}
                data-testid="library-pin"
              >
                {group.pinned ? "★" : "☆"}
              </button>
              <div className="min-w-0 flex-1">
                <div className="flex items-center gap-1.5">
                  <button
                    type="button"
                    className="truncate text-left font-medium text-slate-900 hover:underline"
                    onClick={() => actions.onOpen(primary)}
                    data-testid="library-open"
                  >
                    {primary.title}
                  </button>
                  <TemplateBadges template={primary} />
                </div>
                <div className="mt-0.5 flex items-center gap-1.5 text-[12px] text-slate-500">
                  {group.templates.map((template) => (
                    <button
                      key={template.id}
                      type="button"
                      className="rounded bg-slate-100 px-1 uppercase text-slate-700 hover:bg-slate-200"
                      onClick={() => actions.onOpen(template)}
                      title={template.title}
                      data-testid="library-language-chip"
                    >
                      {template.language}
                    </button>
                  ))}
                  {primary.folder && (
                    <span
                      className="max-w-[40%] shrink-0 truncate rounded bg-teal-50 px-1 text-teal-900"
                      title={t("libraryFolder")}
                      data-testid="library-row-folder"
                    >
                      {primary.folder}
                    </span>
                  )}
                  {primary.tags.length > 0 && (
                    <span className="min-w-0 truncate text-slate-400">
                      #{primary.tags.join(" #")}
                    </span>
                  )}
                  <span className="ml-auto shrink-0" data-testid="library-usage">
                    {usageText(group)}
                  </span>
                </div>
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
