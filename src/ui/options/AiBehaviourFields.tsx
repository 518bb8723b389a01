import { type AiSettings, LENGTHS, TONES } from "~ai/protocol"
import { t } from "~ui/i18n"

interface Props {
  settings: AiSettings
  onChange: (patch: Partial<AiSettings>) => void
}

const ALLOW_KEYS = ["refunds", "replacements", "discounts", "links", "contactDetails"] as const
const PRIVACY_KEYS = ["sendBuyerName", "sendAddress"] as const

const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5"

/** How drafts sound, what they may offer, and which personal details they may use. */
export function AiBehaviourFields({ settings, onChange }: Props) {
  return (
    <>
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("aiTone")}</span>
          <select
            className={SELECT}
            value={settings.tone}
            onChange={(event) => onChange({ tone: event.target.value as AiSettings["tone"] })}
            data-testid="ai-tone"
          >
            {TONES.map((tone) => (
              <option key={tone} value={tone}>
                {t(`aiTone_${tone}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("aiLength")}</span>
          <select
            className={SELECT}
            value={settings.length}
            onChange={(event) => onChange({ length: event.target.value as AiSettings["length"] })}
            data-testid="ai-length"
          >
            {LENGTHS.map((length) => (
              <option key={length} value={length}>
                {t(`aiLength_${length}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{t("aiAllowHeading")}</legend>
        <span className="text-[12px] text-slate-500">{t("aiAllowHelp")}</span>
        {ALLOW_KEYS.map((key) => (
          <label key={key} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={settings.allow[key]}
              onChange={(event) =>
                onChange({ allow: { ...settings.allow, [key]: event.target.checked } })
              }
              data-testid={`ai-allow-${key}`}
            />
            {t(`aiAllow_${key}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{t("aiPrivacyHeading")}</legend>
        {PRIVACY_KEYS.map((key) => (
          <label key={key} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={settings.privacy[key]}
              onChange={(event) =>
                onChange({ privacy: { ...settings.privacy, [key]: event.target.checked } })
              }
              data-testid={`ai-privacy-${key}`}
            />
            {t(`aiPrivacy_${key}`)}
          </label>
        ))}
      </fieldset>
    </>
  )
}
