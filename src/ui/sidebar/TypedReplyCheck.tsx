import { useEffect, useState } from "react"
import type { PageContext } from "~context/schema"
import { callBackground } from "~messaging/client"
import type { FindingMessage, ProactiveCheckMessage } from "~messaging/contracts"
import { replaceRange } from "~sites/insert"
import type { SiteAdapter } from "~sites/types"
import { inUiLanguage, t } from "~ui/i18n"
import { FindingList } from "./FindingList"

const RECHECK_DELAY_MS = 300

interface Result {
  text: string
  findings: FindingMessage[]
  proactive?: ProactiveCheckMessage[]
}

const STATUS_STYLE = { pass: "text-teal-700", fail: "text-red-700", unknown: "text-slate-500" }
const STATUS_ICON = { pass: "✓", fail: "✗", unknown: "?" }

/**
 * Checks what the agent typed into the page's reply box: on demand, then again as they type.
 * On Amazon's contact-buyer page it also shows the rules for seller-initiated messages.
 */
export function TypedReplyCheck({
  adapter,
  context,
}: {
  adapter: SiteAdapter
  context?: PageContext
}) {
  const [result, setResult] = useState<Result>()
  const [error, setError] = useState<string>()

  const check = async () => {
    const replyBox = adapter.findReplyBox(document)
    if (!replyBox) {
      setError(t("replyBoxNotFound"))
      return
    }
    try {
      const text = replyBox.value
      setResult({ text, ...(await callBackground("check-reply", { text, context })) })
      setError(undefined)
    } catch (checkError) {
      setError((checkError as Error).message)
    }
  }

  // After the first check, follow the agent's typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `check` reads the latest context.
  useEffect(() => {
    if (!result) return
    const replyBox = adapter.findReplyBox(document)
    if (!replyBox) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const onInput = () => {
      clearTimeout(timer)
      timer = setTimeout(check, RECHECK_DELAY_MS)
    }
    replyBox.addEventListener("input", onInput)
    return () => {
      clearTimeout(timer)
      replyBox.removeEventListener("input", onInput)
    }
  }, [result !== undefined, adapter, context])

  const fix = (finding: FindingMessage) => {
    const replyBox = adapter.findReplyBox(document)
    if (!result || !replyBox || finding.fix === undefined) return
    const expected = result.text.slice(finding.start, finding.end)
    if (
      !replaceRange(replyBox, { start: finding.start, end: finding.end, expected }, finding.fix)
    ) {
      setError(t("fixOutdated"))
    }
    check()
  }

  return (
    <section aria-label={t("typedReplyHeading")} className="flex flex-col gap-1.5">
      <div className="flex items-center gap-2">
        <h2 className="flex-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500">
          {t("typedReplyHeading")}
        </h2>
        <button
          type="button"
          className="rounded-md border border-slate-300 bg-white px-2 py-0.5 text-[12px] text-slate-700 hover:bg-slate-50"
          onClick={check}
          data-testid="check-typed"
        >
          {t("checkTyped")}
        </button>
      </div>
      {error && (
        <p className="text-[12px] text-red-700" role="alert">
          {error}
        </p>
      )}
      {result && result.findings.length === 0 && !error && (
        <p className="text-[12px] text-teal-800" data-testid="typed-clean">
          {result.text.trim() ? t("typedClean") : t("typedEmpty")}
        </p>
      )}
      {result && (
        <FindingList
          findings={result.findings}
          text={result.text}
          onFix={fix}
          testId="typed-findings"
        />
      )}
      {result?.proactive && (
        <ul className="flex list-none flex-col gap-0.5 text-[12px]" data-testid="proactive-checks">
          {result.proactive.map((item) => (
            <li
              key={item.id}
              className={STATUS_STYLE[item.status]}
              data-check={item.id}
              data-status={item.status}
            >
              {STATUS_ICON[item.status]} {inUiLanguage(item.message)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
