import { useState } from "react"
import { callBackground } from "~messaging/client"
import type { ResponseOf } from "~messaging/contracts"
import { decodePackBytes } from "~packs/decode"
import { inUiLanguage, t } from "~ui/i18n"
import { buttonClass, primaryButtonClass, readFileBytes } from "./files"
import { ErrorNote } from "./PackParts"

type Choice = "keep-mine" | "take-theirs"
type Preview = ResponseOf<"pack-preview">

/** Incoming templates that break a marketplace rule: shown before the agent confirms. */
function PolicyNotes({ policy }: { policy: Preview["policy"] }) {
  return (
    <div className="mb-2 text-[13px]" data-testid="pack-policy">
      <p className={policy.notes.length > 0 ? "text-amber-900" : "text-slate-600"}>
        {policy.notes.length > 0
          ? t("pack_policyNotes", String(policy.notes.length))
          : t("pack_policyClean")}
        {policy.checked < policy.incoming &&
          ` ${t("pack_policyChecked", [String(policy.checked), String(policy.incoming)])}`}
      </p>
      <ul className="list-disc pl-5">
        {policy.notes.map((note) => (
          <li key={note.templateId}>
            <span className="font-medium">{note.title}</span>:{" "}
            {note.messages.map((message) => inUiLanguage(message)).join(" ")}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Import a pack file: preview what it adds, changes and leaves alone, choose per conflict. */
export function PackImport({ onImported }: { onImported: () => void }) {
  const [text, setText] = useState<string>()
  const [preview, setPreview] = useState<Preview>()
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<string>()

  const reset = () => {
    setText(undefined)
    setPreview(undefined)
    setChoices({})
  }

  const open = async (input: HTMLInputElement) => {
    reset()
    setError(undefined)
    setDone(undefined)
    const bytes = await readFileBytes(input)
    if (!bytes) return
    const decoded = decodePackBytes(bytes)
    try {
      if (!decoded.ok) throw new Error(decoded.error)
      setPreview(await callBackground("pack-preview", { text: decoded.value }))
      setText(decoded.value)
    } catch (previewError) {
      setError(`${t("pack_importFailed")} ${(previewError as Error).message}`)
    }
  }

  const confirm = async () => {
    if (!text) return
    try {
      const { summary } = await callBackground("pack-import", { text, choices })
      setDone(t("pack_imported", [summary.name, String(summary.version)]))
      reset()
      onImported()
    } catch (importError) {
      setError(`${t("pack_importFailed")} ${(importError as Error).message}`)
    }
  }

  return (
    <div className="flex flex-col gap-2" data-testid="pack-import">
      <h3 className="font-medium">{t("pack_importTitle")}</h3>
      <label className="flex flex-col gap-1 text-[13px]">
        <span className="text-slate-600">{t("pack_importHelp")}</span>
        <input
          type="file"
          accept=".json,application/json,text/plain"
          onChange={(event) => open(event.currentTarget)}
          data-testid="pack-import-file"
        />
      </label>
      <ErrorNote error={error} testId="pack-import-error" />
      {done && (
        <p role="status" className="text-teal-800">
          {done}
        </p>
      )}
      {preview && (
        <div className="rounded-md border border-slate-200 p-3" data-testid="pack-import-preview">
          <p className="font-medium">
            {t("pack_previewTitle", [preview.summary.name, String(preview.summary.version)])}
          </p>
          <ul className="my-2 list-disc pl-5 text-[13px]">
            <li>{t("pack_previewAdded", String(preview.summary.added))}</li>
            <li>{t("pack_previewChanged", String(preview.summary.changed))}</li>
            <li>{t("pack_previewUnchanged", String(preview.summary.unchanged))}</li>
            {preview.summary.removed > 0 && (
              <li>
                {t("pack_previewRemoved", [
                  String(preview.summary.removed),
                  String(preview.summary.keptAsCopies),
                ])}
              </li>
            )}
          </ul>
          <PolicyNotes policy={preview.policy} />
          {preview.summary.conflicts.length > 0 && (
            <fieldset className="mb-2 flex flex-col gap-2" data-testid="pack-conflicts">
              <legend className="mb-1 text-[13px] font-medium">{t("pack_conflictsTitle")}</legend>
              {preview.summary.conflicts.map((conflict) => (
                <div
                  key={conflict.templateId}
                  className="flex flex-wrap items-center gap-3 text-[13px]"
                  data-template-id={conflict.templateId}
                >
                  <span className="min-w-40 flex-1">
                    {conflict.mineTitle}{" "}
                    <span className="text-[11px] uppercase text-slate-500">
                      {conflict.language}
                    </span>
                  </span>
                  {(["keep-mine", "take-theirs"] as const).map((choice) => (
                    <label key={choice} className="flex items-center gap-1">
                      <input
                        type="radio"
                        name={`conflict-${conflict.templateId}`}
                        checked={(choices[conflict.templateId] ?? "keep-mine") === choice}
                        onChange={() =>
                          setChoices((current) => ({ ...current, [conflict.templateId]: choice }))
                        }
                      />
                      {t(choice === "keep-mine" ? "pack_keepMine" : "pack_takeTheirs")}
                    </label>
                  ))}
                </div>
              ))}
            </fieldset>
          )}
          <div className="flex gap-2">
            <button
              type="button"
              className={primaryButtonClass}
              onClick={confirm}
              data-testid="pack-import-confirm"
            >
              {t("pack_importConfirm")}
            </button>
            <button type="button" className={buttonClass} onClick={reset}>
              {t("pack_cancel")}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
