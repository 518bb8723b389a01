import { useState } from "react"
import type { RequestOf } from "~messaging/contracts"
import { t } from "~ui/i18n"

type BulkChange = RequestOf<"change-templates">["change"]

interface Props {
  /** Selected replies (rows). */
  count: number
  folders: string[]
  onChange: (change: BulkChange) => void
  onDelete: () => void
  onClear: () => void
}

const BUTTON = "rounded-md border border-slate-300 bg-white px-2 py-1 text-[13px] hover:bg-slate-50"
const INPUT = "w-32 rounded-md border border-slate-300 px-1.5 py-1 text-[13px]"

/** What can be done to every selected reply at once. */
export function BulkActions({ count, folders, onChange, onDelete, onClear }: Props) {
  const [folder, setFolder] = useState("")
  const [tag, setTag] = useState("")
  return (
    <div
      className="flex flex-wrap items-center gap-1.5 rounded-md bg-teal-50 p-2"
      role="toolbar"
      aria-label={t("libraryBulkActions")}
      data-testid="bulk-actions"
    >
      <span className="mr-1 font-medium text-teal-900">{t("librarySelected", String(count))}</span>
      <input
        className={INPUT}
        value={folder}
        maxLength={200}
        list="library-bulk-folders"
        placeholder={t("libraryFolder")}
        aria-label={t("libraryFolder")}
        onChange={(event) => setFolder(event.target.value)}
        data-testid="bulk-folder"
      />
      <datalist id="library-bulk-folders">
        {folders.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button
        type="button"
        className={BUTTON}
        onClick={() => onChange({ kind: "folder", folder: folder.trim() || undefined })}
        data-testid="bulk-move"
      >
        {folder.trim() ? t("libraryMoveToFolder") : t("libraryRemoveFromFolder")}
      </button>
      <input
        className={INPUT}
        value={tag}
        maxLength={60}
        placeholder={t("libraryTag")}
        aria-label={t("libraryTag")}
        onChange={(event) => setTag(event.target.value)}
        data-testid="bulk-tag"
      />
      <button
        type="button"
        className={BUTTON}
        disabled={!tag.trim()}
        onClick={() => onChange({ kind: "addTag", tag: tag.trim() })}
        data-testid="bulk-add-tag"
      >
        {t("libraryAddTag")}
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() => onChange({ kind: "pinned", pinned: true })}
        data-testid="bulk-pin"
      >
        {t("libraryPin")}
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() => onChange({ kind: "pinned", pinned: false })}
        data-testid="bulk-unpin"
      >
        {t("libraryUnpin")}
      </button>
      <button
        type="button"
        className="rounded-md border border-red-300 bg-white px-2 py-1 text-[13px] text-red-800 hover:bg-red-50"
        onClick={onDelete}
        data-testid="bulk-delete"
      >
        {t("libraryDelete")}
      </button>
      <button
        type="button"
        className="ml-auto px-2 py-1 text-[13px] text-slate-600 hover:underline"
        onClick={onClear}
      >
        {t("libraryClearSelection")}
      </button>
    </div>
  )
}
