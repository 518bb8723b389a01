import { templateBadges } from "~templates/badges"
import type { Template } from "~templates/schema"
import { t } from "~ui/i18n"

const TONE_STYLE = {
  neutral: "bg-slate-100 text-slate-600",
  info: "bg-sky-100 text-sky-800",
  warn: "bg-amber-100 text-amber-900",
} as const

export function TemplateBadges({ template }: { template: Template }) {
  return (
    <>
      {templateBadges(template).map((badge) => (
        <span
          key={badge.label}
          className={`rounded px-1 text-[11px] ${TONE_STYLE[badge.tone]}`}
          data-badge={badge.label}
        >
          {t(badge.label)}
        </span>
      ))}
    </>
  )
}
