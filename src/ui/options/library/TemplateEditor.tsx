import { useEffect, useRef, useState } from "react"
import { ORDER_STATES, SITES } from "~context/schema"
import { callBackground } from "~messaging/client"
import {
  type DraftField,
  type DraftProblem,
  duplicateDraft,
  parseTags,
  type TemplateDraft,
  translationDraft,
  validateDraft,
} from "~templates/draft"
import { isEditable } from "~templates/editable"
import { INTENTS, type Template } from "~templates/schema"
import { t } from "~ui/i18n"
import { languageName, OFFERED_LANGUAGES } from "~ui/options/languages"
import { BodyEditor } from "./BodyEditor"
import { CheckboxGroup } from "./CheckboxGroup"
import { TemplateBadges } from "./TemplateBadges"
import { TemplatePreview } from "./TemplatePreview"

const SITE_NAMES = { amazon: "Amazon", ebay: "eBay" } as const

interface Props {
  /** The stored template being edited; absent for a new one. */
  template?: Template
  initial: TemplateDraft
  /** The initial draft is unsaved work from earlier, not the stored template. */
  restored: boolean
  /** How often this template was inserted, and when last. */
  usage?: string
  /** Every translation of the template's reply, itself included. */
  translations: Template[]
  folders: string[]
  /** Called with the draft after each change, so leaving the form loses nothing. */
  onDraftChange: (draft: TemplateDraft) => void
  onDiscard: () => void
  onSaved: (template: Template) => void
  onOpen: (template: Template) => void
  onStartDraft: (draft: TemplateDraft) => void
  onDelete: (template: Template) => void
  onClose: () => void
}

/** One template's form. A draft that cannot be saved stays in the form with the reason. */
export function TemplateEditor(props: Props) {
  const { template, translations, folders } = props
  const [draft, setDraft] = useState(props.initial)
  const [tagsText, setTagsText] = useState(props.initial.tags.join(", "))
  const [problems, setProblems] = useState<DraftProblem[]>([])
  const [saveError, setSaveError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const editable = !template || isEditable(template)
  const changed = useRef(false)
  const { onDraftChange } = props
  useEffect(() => {
    // The first run is the initial draft, not a change.
    if (!changed.current) {
      changed.current = true
      return
    }
    onDraftChange({ ...draft, tags: parseTags(tagsText) })
  }, [draft, tagsText, onDraftChange])
  const update = (patch: Partial<TemplateDraft>) =>
    setDraft((current) => ({ ...current, ...patch }))
  const problemFor = (field: DraftField) => problems.find((problem) => problem.field === field)

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const candidate = { ...draft, tags: parseTags(tagsText) }
    const found = validateDraft(candidate)
    setProblems(found)
    if (found.length > 0) {
      setSaveError(undefined)
      return
    }
    setSaving(true)
    try {
      const { template: saved } = await callBackground("save-template", { draft: candidate })
      setSaveError(undefined)
      props.onSaved(saved)
    } catch (error) {
      setSaveError((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const usedLanguages = new Set(translations.map((translation) => translation.language))
  const missingLanguages = OFFERED_LANGUAGES.filter((language) => !usedLanguages.has(language))
  const languages = OFFERED_LANGUAGES.includes(draft.language as never)
    ? OFFERED_LANGUAGES
    : [...OFFERED_LANGUAGES, draft.language]

  const fieldError = (field: DraftField) => {
    const problem = problemFor(field)
    return (
      problem && (
        <span role="alert" className="text-[12px] text-red-700" data-testid={`error-${field}`}>
          {t(problem.message, problem.detail)}
        </span>
      )
    )
  }

  return (
    <form
      className="flex flex-col gap-3 rounded-md border border-slate-200 p-4"
      onSubmit={save}
      aria-label={template ? t("libraryEditTitle") : t("libraryNewTitle")}
      data-testid="library-editor"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="mr-auto text-[16px] font-semibold text-teal-800">
          {template ? t("libraryEditTitle") : t("libraryNewTitle")}
        </h3>
        {template && <TemplateBadges template={template} />}
        {props.usage && (
          <span className="text-[12px] text-slate-500" data-testid="library-editor-usage">
            {props.usage}
          </span>
        )}
      </div>
      {props.restored && (
        <p
          className="flex items-center gap-2 rounded-md bg-amber-50 px-2 py-1 text-[13px] text-amber-900"
          data-testid="library-restored-draft"
        >
          <span className="flex-1">{t("libraryUnsavedKept")}</span>
          <button type="button" className="underline" onClick={props.onDiscard}>
            {t("libraryDiscard")}
          </button>
        </p>
      )}
      {translations.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5 text-[13px]" data-testid="translations">
          <span className="text-slate-600">{t("libraryTranslations")}</span>
          {translations.map((translation) => (
            <button
              key={translation.id}
              type="button"
              className={`rounded px-1.5 py-0.5 uppercase ${translation.id === template?.id ? "bg-teal-700 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200"}`}
              aria-current={translation.id === template?.id}
              title={languageName(translation.language)}
              onClick={() => props.onOpen(translation)}
            >
              {translation.language}
            </button>
          ))}
          {template && missingLanguages.length > 0 && (
            <select
              className="rounded-md border border-slate-300 px-1.5 py-0.5"
              value=""
              onChange={(event) =>
                props.onStartDraft(translationDraft(template, event.target.value))
              }
              aria-label={t("libraryAddTranslation")}
              data-testid="add-translation"
            >
              <option value="">{t("libraryAddTranslation")}</option>
              {missingLanguages.map((language) => (
                <option key={language} value={language}>
                  {languageName(language)}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      <fieldset className="flex flex-col gap-3" disabled={!editable}>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("libraryTitleField")}</span>
          <input
            className={`rounded-md border px-2 py-1.5 ${problemFor("title") ? "border-red-500" : "border-slate-300"}`}
            value={draft.title}
            maxLength={200}
            onChange={(event) => update({ title: event.target.value })}
            data-testid="library-title"
          />
          {fieldError("title")}
        </label>
        <div className="grid grid-cols-2 gap-3">
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("libraryLanguage")}</span>
            <select
              className="rounded-md border border-slate-300 px-2 py-1.5"
              value={draft.language}
              onChange={(event) => update({ language: event.target.value })}
              data-testid="library-language"
            >
              {languages.map((language) => (
                <option key={language} value={language}>
                  {languageName(language)}
                </option>
              ))}
            </select>
            {fieldError("language")}
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t("libraryFolder")}</span>
            <input
              className="rounded-md border border-slate-300 px-2 py-1.5"
              value={draft.folder ?? ""}
              maxLength={200}
              list="library-folders"
              onChange={(event) => update({ folder: event.target.value })}
              data-testid="library-folder"
            />
            {fieldError("folder")}
          </label>
        </div>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("libraryTags")}</span>
          <input
            className="rounded-md border border-slate-300 px-2 py-1.5"
            value={tagsText}
            onChange={(event) => setTagsText(event.target.value)}
            placeholder={t("libraryTagsHint")}
            data-testid="library-tags"
          />
          {fieldError("tags")}
        </label>
        <div className="flex flex-col gap-1">
          <span className="font-medium">{t("libraryBody")}</span>
          <BodyEditor
            value={draft.body}
            onChange={(body) => update({ body })}
            disabled={!editable}
            invalid={problemFor("body") !== undefined}
          />
          {fieldError("body")}
        </div>
        <details className="rounded-md border border-slate-200 p-2">
          <summary className="cursor-pointer font-medium">
            {t("libraryConditions", [
              String(draft.intents.length),
              String(draft.orderStates.length),
              String(draft.sites.length),
            ])}
          </summary>
          <CheckboxGroup
            legend={t("libraryIntents")}
            options={INTENTS}
            checked={draft.intents}
            label={(intent) => t(`libraryIntent_${intent}`)}
            onChange={(intents) => update({ intents })}
            columns
          />
          <CheckboxGroup
            legend={t("libraryOrderStates")}
            options={ORDER_STATES}
            checked={draft.orderStates}
            label={(state) => t(`orderState_${state}`)}
            onChange={(orderStates) => update({ orderStates })}
          />
          <CheckboxGroup
            legend={t("librarySites")}
            options={SITES}
            checked={draft.sites}
            label={(site) => SITE_NAMES[site]}
            onChange={(sites) => update({ sites })}
          />
          <p className="mt-1 text-[12px] text-slate-500">{t("libraryConditionsHelp")}</p>
        </details>
        <label className="flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={draft.pinned}
            onChange={(event) => update({ pinned: event.target.checked })}
            data-testid="library-pinned"
          />
          {t("libraryPinnedField")}
        </label>
      </fieldset>
      <datalist id="library-folders">
        {folders.map((folder) => (
          <option key={folder} value={folder} />
        ))}
      </datalist>
      <TemplatePreview body={draft.body} language={draft.language} />
      {problems.length > 0 && (
        <p role="alert" className="text-red-700">
          {t("libraryFixProblems")}
        </p>
      )}
      {saveError && (
        <p role="alert" className="text-red-700" data-testid="library-save-error">
          {saveError}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {editable && (
          <button
            type="submit"
            className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 disabled:opacity-60"
            disabled={saving}
            data-testid="library-save"
          >
            {t("librarySave")}
          </button>
        )}
        {template && (
          <button
            type="button"
            className="rounded-md border border-slate-300 px-3 py-2 hover:bg-slate-50"
            onClick={() =>
              props.onStartDraft(duplicateDraft(template, t("libraryCopyTitle", template.title)))
            }
            data-testid="library-duplicate"
          >
            {t("libraryDuplicate")}
          </button>
        )}
        {template && editable && (
          <button
            type="button"
            className="rounded-md border border-red-300 px-3 py-2 text-red-800 hover:bg-red-50"
            onClick={() => props.onDelete(template)}
            data-testid="library-delete"
          >
            {t("libraryDelete")}
          </button>
        )}
        <button
          type="button"
          className="ml-auto rounded-md px-3 py-2 text-slate-600 hover:bg-slate-100"
          onClick={props.onClose}
          data-testid="library-close"
        >
          {t("libraryClose")}
        </button>
      </div>
    </form>
  )
}
