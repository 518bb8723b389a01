import { useEffect, useState } from "react"
import type { ClockMessage } from "~messaging/contracts"
import { t } from "~ui/i18n"

const TICK_MS = 30_000
const MINUTE = 60_000

function duration(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / MINUTE))
  const hours = Math.floor(minutes / 60)
  if (hours >= 48) return t("durationDays", String(Math.floor(hours / 24)))
  return hours > 0
    ? t("durationHoursMinutes", [String(hours), String(minutes % 60)])
    : t("durationMinutes", String(minutes))
}

/** Time left to answer under the marketplace's response rule, counting down as the agent works. */
export function ClockLine({ clock }: { clock: ClockMessage }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS)
    return () => clearInterval(timer)
  }, [])

  if (clock.noResponseNeeded) {
    return (
      <p
        className="text-[12px] text-slate-600"
        data-testid="clock"
        data-status="no-response-needed"
      >
        {t("clockNoResponseNeeded")}
      </p>
    )
  }
  if (clock.status === "answered") {
    return (
      <p className="text-[12px] text-slate-500" data-testid="clock" data-status="answered">
        {t("clockAnswered")}
      </p>
    )
  }
  if (!clock.deadline || !clock.rule) return null
  const remaining = new Date(clock.deadline).getTime() - now
  const status = remaining < 0 ? "overdue" : remaining < clock.dueSoonMs ? "due-soon" : "ok"
  const style = {
    ok: "bg-teal-50 text-teal-900",
    "due-soon": "bg-amber-100 text-amber-950",
    overdue: "bg-red-100 text-red-900",
  }[status]
  const time = `${clock.approximate ? t("about") : ""}${duration(remaining)}`
  return (
    <p
      className={`rounded-md px-2 py-1 text-[12px] font-medium ${style}`}
      data-testid="clock"
      data-status={status}
      title={t(clock.rule === "amazon-24h" ? "clockRuleAmazon" : "clockRuleEbay")}
    >
      {status === "overdue" ? t("clockOverdue", time) : t("clockLeft", time)}
    </p>
  )
}
