import { useEffect, useState } from "react"
import {
  type AiSettings,
  AiSettingsSchema,
  PROVIDER_PRESETS,
  type ProviderId,
  presetById,
} from "~ai/protocol"
import { callBackground } from "~messaging/client"
import type { ResponseOf } from "~messaging/contracts"
import { readAiSettings, saveAiSettings } from "~storage/ai-settings"
import { t } from "~ui/i18n"
import { SaveRow, type SaveStatus } from "~ui/options/SaveRow"
import { AiBehaviourFields } from "./AiBehaviourFields"
import { AiPromptApiStatus, usePromptApi } from "./AiPromptApiStatus"

type Access = { origin: string; state: "asking" | "granted" | "refused" | "failed" }
type TestResult = ResponseOf<"ai-test-connection"> | { ok: false; code?: never; message: string }

const INPUT = "rounded-md border border-slate-300 px-2 py-1.5"
const BUTTON = "rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50"

/** The host permission pattern for a provider's base URL (any port), if it is a web URL. */
function originPattern(baseUrl: string): string | undefined {
  try {
    const url = new URL(baseUrl)
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined
    return `${url.protocol}//${url.hostname}/*`
  } catch {
    return undefined
  }
}

/** Why these settings cannot be used as they are, if they cannot. */
function settingsProblem(settings: AiSettings): string | undefined {
  const preset = presetById(settings.provider)
  if (!preset) return undefined
  if (!originPattern(settings.baseUrl) || /[<>]/.test(settings.baseUrl)) return t("aiBadBaseUrl")
  if (!settings.model.trim()) return t("aiModelRequired")
  if (preset.needsKey && !settings.apiKey.trim()) return t("aiKeyRequired")
  return undefined
}

/** The options page's "AI drafts" section: provider, connection test, drafting rules, privacy. */
export function AiSettingsSection() {
  const [settings, setSettings] = useState<AiSettings>(() => AiSettingsSchema.parse({}))
  const [status, setStatus] = useState<SaveStatus>()
  const [access, setAccess] = useState<Access>()
  const [testing, setTesting] = useState(false)
  const [test, setTest] = useState<TestResult>()
  const builtIn = usePromptApi()
  // Offered only where Chrome can run it (or to show why a saved choice no longer works).
  const offerBuiltIn =
    (builtIn.availability !== undefined && builtIn.availability !== "unavailable") ||
    settings.provider === "chrome-prompt-api"

  useEffect(() => {
    readAiSettings().then(setSettings)
  }, [])

  const change = (patch: Partial<AiSettings>) => {
    setSettings((current) => ({ ...current, ...patch }))
    setStatus(undefined)
    setTest(undefined)
  }
  const preset = presetById(settings.provider)

  const chooseProvider = (provider: ProviderId) =>
    change({ provider, baseUrl: presetById(provider)?.baseUrl ?? "" })

  /**
   * Asks Chrome for access to the provider's host. It must run inside the click: Chrome shows its
   * prompt only for a user's gesture. Hosts already granted resolve at once, without a prompt.
   */
  const askForAccess = (): Promise<boolean> | undefined => {
    const origin = preset && originPattern(settings.baseUrl)
    if (!origin) return undefined
    setAccess({ origin, state: "asking" })
    const answer = chrome.permissions.request({ origins: [origin] }).then(
      (granted) => {
        setAccess({ origin, state: granted ? "granted" : "refused" })
        return granted
      },
      // Chrome could not ask at all (say, the host is not among the optional ones).
      () => {
        setAccess({ origin, state: "failed" })
        return false
      },
    )
    return answer
  }

  const runTest = async () => {
    setTesting(true)
    try {
      setTest(await callBackground("ai-test-connection", { settings }))
    } catch (error) {
      setTest({ ok: false, message: (error as Error).message })
    } finally {
      setTesting(false)
    }
  }

  const testConnection = () => {
    const problem = settingsProblem(settings)
    if (problem) {
      setTest({ ok: false, message: problem })
      return
    }
    const answer = askForAccess()
    runTest()
    // A test that ran before the agent allowed the host runs again once they have.
    answer?.then((granted) => {
      if (granted) runTest()
    })
  }

  const save = (event: React.FormEvent) => {
    event.preventDefault()
    const problem = settingsProblem(settings)
    if (problem) {
      setStatus({ kind: "error", text: problem })
      return
    }
    askForAccess()
    saveAiSettings(settings)
      .then((saved) => {
        setSettings(saved)
        setStatus({ kind: "saved", text: t("optionsSaved") })
      })
      .catch((error) => setStatus({ kind: "error", text: (error as Error).message }))
  }

  return (
    <section className="mt-10 border-t border-slate-200 pt-6" aria-labelledby="ai-heading">
      <h2 id="ai-heading" className="mb-2 text-[18px] font-semibold text-teal-800">
        {t("aiHeading")}
      </h2>
      <p
        className="mb-4 rounded-md bg-sky-50 p-3 text-[13px] text-sky-950"
        data-testid="ai-data-note"
      >
        {settings.provider === "chrome-prompt-api" ? t("aiDataOnDevice") : t("aiDataGoes")}
      </p>
      <form className="flex flex-col gap-5" onSubmit={save}>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("aiProvider")}</span>
          <select
            className={`${INPUT} bg-white`}
            value={settings.provider}
            onChange={(event) => chooseProvider(event.target.value as ProviderId)}
            data-testid="ai-provider"
          >
            <option value="none">{t("aiProviderNone")}</option>
            {offerBuiltIn && <option value="chrome-prompt-api">{t("aiProviderChrome")}</option>}
            {PROVIDER_PRESETS.map((option) => (
              <option key={option.id} value={option.id}>
                {t(option.labelKey)}
              </option>
            ))}
          </select>
        </label>

        {settings.provider === "chrome-prompt-api" && <AiPromptApiStatus builtIn={builtIn} />}

        {preset && (
          <>
            <label className="flex flex-col gap-1">
              <span className="font-medium">{t("aiBaseUrl")}</span>
              <input
                className={INPUT}
                type="url"
                value={settings.baseUrl}
                placeholder="https://…/v1"
                onChange={(event) => change({ baseUrl: event.target.value.trim() })}
                data-testid="ai-base-url"
              />
              {settings.provider === "azure" && (
                <span className="text-[12px] text-slate-500">{t("aiAzureHelp")}</span>
              )}
            </label>
            <label className="flex flex-col gap-1">
              <span className="font-medium">
                {t(preset.needsKey ? "aiApiKey" : "aiApiKeyOptional")}
              </span>
              <input
                className={INPUT}
                type="password"
                autoComplete="off"
                value={settings.apiKey}
                onChange={(event) => change({ apiKey: event.target.value.trim() })}
                data-testid="ai-api-key"
              />
              <span className="text-[12px] text-slate-500">{t("aiApiKeyHelp")}</span>
            </label>
            <label className="flex flex-col gap-1">
              <span className="font-medium">{t("aiModel")}</span>
              <input
                className={INPUT}
                value={settings.model}
                placeholder={preset.api === "responses" ? "gpt-4.1-mini" : "llama3.1"}
                onChange={(event) => change({ model: event.target.value.trim() })}
                data-testid="ai-model"
              />
            </label>
            {preset.id === "ollama" && (
              <p className="text-[12px] text-slate-600">{t("aiOllamaTip")}</p>
            )}
            <div className="flex flex-col gap-2">
              <div>
                <button
                  type="button"
                  className={BUTTON}
                  disabled={testing}
                  onClick={testConnection}
                  data-testid="ai-test-connection"
                >
                  {testing ? t("aiTesting") : t("aiTestConnection")}
                </button>
              </div>
              {test && !testing && (
                <div
                  className={`rounded-md p-2 text-[13px] ${test.ok ? "bg-teal-50 text-teal-900" : "bg-red-50 text-red-800"}`}
                  role="status"
                  data-testid="ai-test-result"
                  data-ok={test.ok}
                >
                  {test.ok
                    ? t("aiTestOk", test.model)
                    : test.code
                      ? t(`aiError_${test.code}`)
                      : test.message}
                  {!test.ok && test.code && (
                    <span className="mt-1 block text-[11px] opacity-80">{test.message}</span>
                  )}
                </div>
              )}
            </div>
          </>
        )}

        {access && (
          <p
            className={`text-[13px] ${access.state === "refused" || access.state === "failed" ? "text-red-700" : "text-slate-600"}`}
            data-testid="ai-host-access"
            data-state={access.state}
          >
            {t(`aiHostAccess_${access.state}`, access.origin.replace(/\/\*$/, ""))}
          </p>
        )}

        {settings.provider !== "none" && (
          <AiBehaviourFields settings={settings} onChange={change} />
        )}

        <SaveRow label="aiSave" status={status} testId="ai-save" />
      </form>
    </section>
  )
}
