import type { LibraryFacets, LibraryFilter } from "~templates/library"
import { INTENTS } from "~templates/schema"
import { t } from "~ui/i18n"
import { languageName } from "~ui/options/languages"

interface Props {
  filter: LibraryFilter
  facets: LibraryFacets
  onChange: (filter: LibraryFilter) => void
}

const SELECT = "rounded-md border border-slate-300 px-1.5 py-1 text-[13px]"
/** The folder choice for templates outside any folder (folder names are never empty). */
const NO_FOLDER = "\u0000"

/** Search and filters over the library; every choice lists only values the library uses. */
export function LibraryFilters({ filter, facets, onChange }: Props) {
  const set = (patch: Partial<LibraryFilter>) => onChange({ ...filter, ...patch })
  const text = (value: string) => value || undefined
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
        <select
          className={SELECT}
          value={filter.language ?? ""}
          onChange={(event) => set({ language: text(event.target.value) })}
          aria-label={t("libraryLanguage")}
          data-testid="filter-language"
        >
          <option value="">{t("libraryAllLanguages")}</option>
          {facets.languages.map((language) => (
            <option key={language} value={language}>
              {languageName(language)}
            </option>
          ))}
        </select>
        <select
          className={SELECT}
          value={filter.intent ?? ""}
          onChange={(event) => set({ intent: text(event.target.value) })}
          aria-label={t("libraryIntents")}
          data-testid="filter-intent"
        >
          <option value="">{t("libraryAllIntents")}</option>
          {INTENTS.map((intent) => (
            <option key={intent} value={intent}>
              {t(`libraryIntent_${intent}`)}
            </option>
          ))}
        </select>
        <select
          className={SELECT}
          value={filter.folder === "" ? NO_FOLDER : (filter.folder ?? "")}
          onChange={(event) =>
            set({
              folder: event.target.value === NO_FOLDER ? "" : text(event.target.value),
            })
          }
          aria-label={t("libraryFolder")}
          data-testid="filter-folder"
        >
          <option value="">{t("libraryAllFolders")}</option>
          <option value={NO_FOLDER}>{t("libraryNoFolder")}</option>
          {facets.folders.map((folder) => (
            <option key={folder} value={folder}>
              {folder}
            </option>
          ))}
        </select>
        <select
          className={SELECT}
          value={filter.tag ?? ""}
          onChange={(event) => set({ tag: text(event.target.value) })}
          aria-label={t("libraryTags")}
          data-testid="filter-tag"
        >
          <option value="">{t("libraryAllTags")}</option>
          {facets.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <select
          className={SELECT}
          value={filter.origin ?? ""}
          onChange={(event) => set({ origin: text(event.target.value) })}
          aria-label={t("libraryOrigin")}
          data-testid="filter-origin"
        >
          <option value="">{t("libraryAllOrigins")}</option>
          {facets.origins.map((origin) => (
            <option key={origin} value={origin}>
              {t(`libraryOrigin_${origin}`)}
            </option>
          ))}
        </select>
        <select
          className={SELECT}
          value={filter.pinned === undefined ? "" : String(filter.pinned)}
          onChange={(event) =>
            set({ pinned: event.target.value === "" ? undefined : event.target.value === "true" })
          }
          aria-label={t("libraryPinnedFilter")}
          data-testid="filter-pinned"
        >
          <option value="">{t("libraryPinnedAny")}</option>
          <option value="true">{t("libraryPinnedOnly")}</option>
          <option value="false">{t("libraryUnpinnedOnly")}</option>
        </select>
      </div>
    </div>
  )
}
