import { type AiSettings, LENGTHS, TONES } from "~ai/protocol"
import { t } from "~ui/i18n"

interface Props {
  settings: AiSettings
  onChange: (patch: Partial<AiSettings>) => void
}

const ALLOW_KEYS = ["refunds", "replacements", "discounts", "links", "contactDetails"] as const
const PRIVACY_KEYS = ["sendBuyerName", "sendAddress"] as const

/** One setting picked from a list; option names are `<name>_<value>` messages. */
function Choice<V extends string>(props: {
  name: string
  value: V
  values: readonly V[]
  onChange: (value: V) => void
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-medium">{t(props.name)}</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as V)}
        data-testid={props.name}
      >
        {props.values.map((value) => (
          <option key={value} value={value}>
            {t(`${props.name}_${value}`)}
          </option>
        ))}
      </select>
    </label>
  )
}

/** A group of on/off settings; each one's label is the `<name>_<key>` message. */
function Toggles<K extends string>(props: {
  name: string
  legend: string
  help?: string
  values: Record<K, boolean>
  keys: readonly K[]
  onChange: (values: Record<K, boolean>) => void
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 font-medium">{props.legend}</legend>
      {props.help && <span className="text-[12px] text-slate-500">{props.help}</span>}
      {props.keys.map((key) => (
        <label key={key} className="flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={props.values[key]}
            onChange={(event) => props.onChange({ ...props.values, [key]: event.target.checked })}
            data-testid={`${props.name}_${key}`}
          />
          {t(`${props.name}_${key}`)}
        </label>
      ))}
    </fieldset>
  )
}

/** How drafts sound, what they may offer, and which personal details they may use. */
export function AiBehaviourFields({ settings, onChange }: Props) {
  return (
    <>
      <div className="flex flex-wrap gap-4">
        <Choice
          name="aiTone"
          value={settings.tone}
          values={TONES}
          onChange={(tone) => onChange({ tone })}
        />
        <Choice
          name="aiLength"
          value={settings.length}
          values={LENGTHS}
          onChange={(length) => onChange({ length })}
        />
      </div>
      <Toggles
        name="aiAllow"
        legend={t("aiAllowHeading")}
        help={t("aiAllowHelp")}
        keys={ALLOW_KEYS}
        values={settings.allow}
        onChange={(allow) => onChange({ allow })}
      />
      <Toggles
        name="aiPrivacy"
        legend={t("aiPrivacyHeading")}
        keys={PRIVACY_KEYS}
        values={settings.privacy}
        onChange={(privacy) => onChange({ privacy })}
      />
    </>
  )
}
