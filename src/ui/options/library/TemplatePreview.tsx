import { useEffect, useState } from "react"
import { callBackground } from "~messaging/client"
import { PREVIEW_SOURCES, type ResponseOf } from "~messaging/contracts"
import { t } from "~ui/i18n"
import { FindingList } from "~ui/sidebar/FindingList"
import { ReplyPreview } from "~ui/sidebar/ReplyPreview"

type Preview = ResponseOf<"preview-template">
type Source = (typeof PREVIEW_SOURCES)[number]

const PREVIEW_DELAY_MS = 200

/** The body rendered as a buyer would read it, with the facts chosen, and the rules it breaks. */
export function TemplatePreview({ body, language }: { body: string; language: string }) {
  const [source, setSource] = useState<Source>("amazon")
  const [preview, setPreview] = useState<Preview>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (!body.trim() || !/^[a-z]{2}$/.test(language)) {
      setPreview(undefined)
      return
    }
    let current = true
    const timer = setTimeout(() => {
      callBackground("preview-template", { body, language, source })
        .then((result) => {
          if (!current) return
          setPreview(result)
          setError(undefined)
        })
        .catch((previewError: Error) => current && setError(previewError.message))
    }, PREVIEW_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [body, language, source])

  const reply = preview?.reply
  return (
    <section
      className="flex flex-col gap-2 rounded-md bg-slate-50 p-3"
      aria-label={t("libraryPreview")}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="font-medium text-slate-700">{t("libraryPreview")}</h4>
        <select
          className="min-w-0 max-w-full rounded-md border border-slate-300 px-2 py-1 text-[13px]"
          value={source}
          onChange={(event) => setSource(event.target.value as Source)}
          aria-label={t("libraryPreviewSource")}
          data-testid="preview-source"
        >
          {PREVIEW_SOURCES.map((option) => (
            <option key={option} value={option}>
              {option === "last" && preview?.lastLabel
                ? t("libraryPreviewSource_lastNamed", preview.lastLabel)
                : t(`libraryPreviewSource_${option}`)}
            </option>
          ))}
        </select>
      </div>
      {source === "last" && preview && !preview.lastSeen && (
        <p className="text-[12px] text-slate-600">{t("libraryPreviewNoConversation")}</p>
      )}
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {reply?.error && (
        <p role="alert" className="text-red-700" data-testid="library-preview-error">
          {reply.error}
        </p>
      )}
      {preview && !preview.reply.error && (
        <ReplyPreview draft={{ ...preview.reply, findings: preview.findings }} />
      )}
      {reply && reply.unresolved.length > 0 && (
        <p className="text-[12px] text-amber-900" data-testid="library-preview-unresolved">
          {t("libraryPreviewUnresolved", reply.unresolved.join(", "))}
        </p>
      )}
      {preview && (
        <FindingList
          findings={preview.findings}
          text={reply?.text ?? ""}
          testId="library-findings"
        />
      )}
    </section>
  )
}
