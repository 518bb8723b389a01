import "~ui/style.css"
import { useEffect, useState } from "react"
import { callBackground } from "~messaging/client"
import type { FindingMessage } from "~messaging/contracts"
import { readSettings } from "~storage/settings-store"
import { t } from "~ui/i18n"
import { AiSettingsSection } from "~ui/options/AiSettingsSection"
import { BackupSection } from "~ui/options/BackupSection"
import { LibraryAudit } from "~ui/options/LibraryAudit"
import { languageName, OFFERED_LANGUAGES } from "~ui/options/languages"
import { Library } from "~ui/options/library/Library"
import { PackSection } from "~ui/options/PackSection"
import { SaveRow, type SaveStatus } from "~ui/options/SaveRow"
import { FindingList } from "~ui/sidebar/FindingList"

export default function OptionsPage() {
  const [sellerName, setSellerName] = useState("")
  const [signature, setSignature] = useState("")
  const [languages, setLanguages] = useState<string[]>([])
  const [buyerHistory, setBuyerHistory] = useState(true)
  const [status, setStatus] = useState<SaveStatus>()
  const [signatureFindings, setSignatureFindings] = useState<FindingMessage[]>([])

  useEffect(() => {
    readSettings().then((settings) => {
      setSellerName(settings.sellerName)
      setSignature(settings.signature)
      setLanguages(settings.replyLanguages)
      setBuyerHistory(settings.buyerHistory)
    })
  }, [])

  const clearHistory = async () => {
    try {
      await callBackground("clear-history", {})
      setStatus({ kind: "saved", text: t("optionsHistoryCleared") })
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message })
    }
  }

  const toggleLanguage = (language: string) =>
    setLanguages((current) =>
      current.includes(language)
        ? current.filter((item) => item !== language)
        : [...current, language],
    )

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    if (languages.length === 0) {
      setStatus({ kind: "error", text: t("optionsPickLanguage") })
      return
    }
    try {
      await callBackground("save-settings", {
        sellerName,
        signature,
        replyLanguages: languages,
        buyerHistory,
      })
      setStatus({ kind: "saved", text: t("optionsSaved") })
      // Every reply ends with the signature: a forbidden detail there breaks every reply.
      setSignatureFindings((await callBackground("check-reply", { text: signature })).findings)
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message })
    }
  }

  return (
    <main className="mx-auto max-w-6xl p-8 font-sans text-[14px] text-slate-800">
      <h1 className="mb-6 text-[22px] font-semibold text-teal-800">{t("optionsTitle")}</h1>
      <form className="flex max-w-xl flex-col gap-5" onSubmit={save}>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("optionsSellerName")}</span>
          <input
            className="rounded-md border border-slate-300 px-2 py-1.5"
            value={sellerName}
            maxLength={200}
            onChange={(event) => setSellerName(event.target.value)}
            data-testid="seller-name"
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("optionsSignature")}</span>
          <textarea
            className="min-h-20 rounded-md border border-slate-300 px-2 py-1.5"
            value={signature}
            maxLength={1000}
            onChange={(event) => setSignature(event.target.value)}
            data-testid="signature"
          />
          <span className="text-[12px] text-slate-500">{t("optionsSignatureHelp")}</span>
          <FindingList findings={signatureFindings} text={signature} testId="signature-findings" />
        </label>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-medium">{t("optionsReplyLanguages")}</legend>
          <div className="flex flex-wrap gap-3">
            {OFFERED_LANGUAGES.map((language) => (
              <label key={language} className="flex items-center gap-1.5">
                <input
                  type="checkbox"
                  checked={languages.includes(language)}
                  onChange={() => toggleLanguage(language)}
                />
                {languageName(language)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-medium">{t("optionsHistory")}</legend>
          <label className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={buyerHistory}
              onChange={(event) => setBuyerHistory(event.target.checked)}
              data-testid="buyer-history"
            />
            {t("optionsHistoryToggle")}
          </label>
          <div>
            <button
              type="button"
              className="rounded-md border border-slate-300 px-3 py-1 text-[13px] hover:bg-slate-50"
              onClick={clearHistory}
              data-testid="clear-history"
            >
              {t("optionsHistoryClear")}
            </button>
          </div>
        </fieldset>
        <SaveRow label="optionsSave" status={status} testId="save" />
      </form>
      <Library />
      <div className="max-w-xl">
        <AiSettingsSection />
        <LibraryAudit />
        <PackSection />
        <BackupSection />
      </div>
    </main>
  )
}
