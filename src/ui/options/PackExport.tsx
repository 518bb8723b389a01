import { useState } from "react"
import { callBackground } from "~messaging/client"
import type { ResponseOf } from "~messaging/contracts"
import { t } from "~ui/i18n"
import { buttonClass, downloadText, primaryButtonClass } from "./files"
import { ErrorNote } from "./PackParts"

type Templates = ResponseOf<"pack-overview">["templates"]

const fieldClass = "rounded-md border border-slate-300 px-2 py-1"

/** Export the library, or a selection of it, as a pack file. */
export function PackExport({ templates }: { templates: Templates }) {
  const [meta, setMeta] = useState({
    id: "com.example.replies",
    name: "",
    version: 1,
    publisher: "",
    description: "",
  })
  const [selected, setSelected] = useState<Set<string>>()
  const [error, setError] = useState<string>()
  // A library of thousands of templates is listed only when asked for.
  const [open, setOpen] = useState(false)
  const chosen = selected ?? new Set(templates.map((template) => template.id))

  const toggle = (id: string) => {
    const next = new Set(chosen)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setSelected(next)
  }

  const exportPack = async (event: React.FormEvent) => {
    event.preventDefault()
    try {
      const everything = chosen.size === templates.length
      const { text } = await callBackground("pack-export", {
        meta,
        templateIds: everything ? undefined : [...chosen],
      })
      downloadText(text, `${meta.id}-v${meta.version}.json`)
      setError(undefined)
    } catch (exportError) {
      setError((exportError as Error).message)
    }
  }

  const field = (key: "id" | "name" | "publisher" | "description", label: string) => (
    <label className="flex flex-col gap-0.5 text-[13px]">
      <span>{label}</span>
      <input
        className={fieldClass}
        required={key !== "description"}
        value={meta[key]}
        onChange={(event) => setMeta({ ...meta, [key]: event.target.value })}
        data-testid={`pack-export-${key}`}
      />
    </label>
  )

  if (!open) {
    return (
      <div className="flex flex-col items-start gap-2" data-testid="pack-export">
        <h3 className="font-medium">{t("pack_exportTitle")}</h3>
        <button
          type="button"
          className={buttonClass}
          onClick={() => setOpen(true)}
          data-testid="pack-export-open"
        >
          {t("pack_exportOpen", String(templates.length))}
        </button>
      </div>
    )
  }

  return (
    <form className="flex flex-col gap-2" onSubmit={exportPack} data-testid="pack-export">
      <h3 className="font-medium">{t("pack_exportTitle")}</h3>
      <div className="grid grid-cols-2 gap-2">
        {field("id", t("pack_exportId"))}
        {field("name", t("pack_exportName"))}
        {field("publisher", t("pack_exportPublisher"))}
        <label className="flex flex-col gap-0.5 text-[13px]">
          <span>{t("pack_exportVersion")}</span>
          <input
            className={fieldClass}
            type="number"
            min={1}
            step={1}
            required
            value={meta.version}
            onChange={(event) => setMeta({ ...meta, version: Number(event.target.value) })}
          />
        </label>
      </div>
      {field("description", t("pack_exportDescription"))}
      <div className="flex items-center justify-between text-[13px]">
        <span>{t("pack_exportSelected", [String(chosen.size), String(templates.length)])}</span>
        <button
          type="button"
          className="text-teal-800 underline"
          onClick={() => setSelected(chosen.size === templates.length ? new Set() : undefined)}
        >
          {chosen.size === templates.length ? t("pack_selectNone") : t("pack_selectAll")}
        </button>
      </div>
      <ul
        className="max-h-56 list-none overflow-y-auto rounded-md border border-slate-200 p-2 text-[13px]"
        data-testid="pack-export-templates"
      >
        {templates.map((template) => (
          <li key={template.id} data-template-id={template.id}>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={chosen.has(template.id)}
                onChange={() => toggle(template.id)}
              />
              <span className="flex-1 truncate">{template.title}</span>
              <span className="text-[11px] uppercase text-slate-500">{template.language}</span>
              {template.upstreamChanged && (
                <span
                  className="rounded bg-amber-100 px-1.5 text-[11px] text-amber-900"
                  data-testid="template-upstream-changed"
                >
                  {t("pack_upstreamChanged")}
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
      <ErrorNote error={error} />
      <div>
        <button type="submit" className={primaryButtonClass} data-testid="pack-export-submit">
          {t("pack_exportSubmit")}
        </button>
      </div>
    </form>
  )
}
