import { useEffect, useState } from "react"
import { t } from "~ui/i18n"

type Availability = "unavailable" | "downloadable" | "downloading" | "available"

/** The part of Chrome's built-in Prompt API this page uses (not yet in @types/chrome). */
interface LanguageModelApi {
  availability(): Promise<Availability>
  create(options: { monitor(target: EventTarget): void }): Promise<{ destroy(): void }>
}

const languageModel = () => (globalThis as { LanguageModel?: LanguageModelApi }).LanguageModel

/** Chrome's on-device model as this page sees it: undefined while asking, or when absent. */
export function usePromptApi() {
  const [availability, setAvailability] = useState<Availability>()
  useEffect(() => {
    languageModel()
      ?.availability()
      .then(setAvailability)
      .catch(() => setAvailability("unavailable"))
  }, [])
  return { api: languageModel(), availability, setAvailability }
}

/** Chrome's on-device model: whether it is there, and its download, started from a click. */
export function AiPromptApiStatus({
  builtIn: { api, availability, setAvailability },
}: {
  builtIn: ReturnType<typeof usePromptApi>
}) {
  const [progress, setProgress] = useState<number>()
  const [error, setError] = useState<string>()

  if (!api || !availability) return null

  // Chrome only starts the download from a user's click.
  const download = async () => {
    setError(undefined)
    setAvailability("downloading")
    try {
      const session = await api.create({
        monitor: (target) =>
          target.addEventListener("downloadprogress", (event) =>
            setProgress((event as Event & { loaded: number }).loaded),
          ),
      })
      session.destroy()
      setAvailability("available")
    } catch (downloadError) {
      setError((downloadError as Error).message)
      setAvailability(await api.availability().catch(() => "unavailable" as const))
    }
  }

  return (
    <div className="rounded-md bg-slate-50 p-2 text-[13px]" data-testid="ai-prompt-api-status">
      <p>{t(`aiPromptApi_${availability}`)}</p>
      {availability === "downloadable" && (
        <button
          type="button"
          className="mt-1 rounded-md border border-slate-300 px-3 py-1 hover:bg-white"
          onClick={download}
        >
          {t("aiPromptApiDownload")}
        </button>
      )}
      {availability === "downloading" && progress !== undefined && (
        <progress className="mt-1 w-full" max={1} value={progress}>
          {Math.round(progress * 100)}%
        </progress>
      )}
      {error && <p className="mt-1 text-red-700">{error}</p>}
    </div>
  )
}
