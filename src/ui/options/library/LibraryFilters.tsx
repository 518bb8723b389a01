import type { LibraryFacets, LibraryFilter } from "~templates/library"
import { INTENTS } from "~templates/schema"
import { t } from "~ui/i18n"
import { languageName } from "~ui/options/languages"

interface Props {
  filter: LibraryFilter
  facets: LibraryFacets
  onChange: (filter: LibraryFilter) => void
}

/** The folder choice for templates outside any folder (folder names are never empty). */
const NO_FOLDER = "\u0000"

interface ChoiceProps {
  label: string
  /** What "no filter" is called. */
  any: string
  value: string | undefined
  options: { value: string; label: string }[]
  onChange: (value: string | undefined) => void
  testId: string
}

function Choice({ label, any, value, options, onChange, testId }: ChoiceProps) {
  return (
    <select
      className="rounded-md border border-slate-300 px-1.5 py-1 text-[13px]"
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value || undefined)}
      aria-label={label}
      data-testid={testId}
    >
      <option value="">{any}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

const same = (value: string) => ({ value, label: value })

/** Search and filters over the library; every choice lists only values the library uses. */
export function LibraryFilters({ filter, facets, onChange }: Props) {
  const set = (patch: Partial<LibraryFilter>) => onChange({ ...filter, ...patch })
  return (
    <div className="flex flex-col gap-2">
      <input
        type="search"
        className="rounded-md border border-slate-300 px-2 py-1.5"
        value={filter.query}
        onChange={(event) => set({ query: event.target.value })}
        placeholder={t("librarySearch")}
        aria-label={t("librarySearch")}
        data-testid="library-search"
      />
      <div className="flex flex-wrap gap-1.5">
        <Choice
          label={t("libraryLanguage")}
          any={t("libraryAllLanguages")}
          value={filter.language}
          options={facets.languages.map((value) => ({ value, label: languageName(value) }))}
          onChange={(language) => set({ language })}
          testId="filter-language"
        />
        <Choice
          label={t("libraryIntents")}
          any={t("libraryAllIntents")}
          value={filter.intent}
          options={INTENTS.map((value) => ({ value, label: t(`libraryIntent_${value}`) }))}
          onChange={(intent) => set({ intent })}
          testId="filter-intent"
        />
        <Choice
          label={t("libraryFolder")}
          any={t("libraryAllFolders")}
          value={filter.folder === "" ? NO_FOLDER : filter.folder}
          options={[{ value: NO_FOLDER, label: t("libraryNoFolder") }, ...facets.folders.map(same)]}
          onChange={(folder) => set({ folder: folder === NO_FOLDER ? "" : folder })}
          testId="filter-folder"
        />
        <Choice
          label={t("libraryTags")}
          any={t("libraryAllTags")}
          value={filter.tag}
          options={facets.tags.map(same)}
          onChange={(tag) => set({ tag })}
          testId="filter-tag"
        />
        <Choice
          label={t("libraryOrigin")}
          any={t("libraryAllOrigins")}
          value={filter.origin}
          options={facets.origins.map((value) => ({ value, label: t(`libraryOrigin_${value}`) }))}
          onChange={(origin) => set({ origin })}
          testId="filter-origin"
        />
        <Choice
          label={t("libraryPinnedFilter")}
          any={t("libraryPinnedAny")}
          value={filter.pinned === undefined ? undefined : String(filter.pinned)}
          options={[
            { value: "true", label: t("libraryPinnedOnly") },
            { value: "false", label: t("libraryUnpinnedOnly") },
          ]}
          onChange={(pinned) =>
            set({ pinned: pinned === undefined ? undefined : pinned === "true" })
          }
          testId="filter-pinned"
        />
      </div>
    </div>
  )
}
