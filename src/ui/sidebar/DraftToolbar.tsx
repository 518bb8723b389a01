import { useState } from "react"
import { REWRITE_STYLES } from "~messaging/contracts"
import { t } from "~ui/i18n"
import type { AiStatus } from "./useAiDraft"

type RewriteStyle = (typeof REWRITE_STYLES)[number]

interface Props {
  status: AiStatus | undefined
  busy: boolean
  /** The reply text a rewrite would start from (the draft, or the selected template's text). */
  rewritable: string | undefined
  onDraft: () => void
  onRewrite: (style: RewriteStyle) => void
  onShowPrompt: () => void
  onOpenSettings: () => void
}

const BUTTON =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-[12px] text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50"

/** Draft, Rewrite and "what will be sent"; or, with no provider, how to set one up. */
export function DraftToolbar(props: Props) {
  const { status, busy, rewritable } = props
  const [menuOpen, setMenuOpen] = useState(false)
  if (!status) return null
  if (status.provider === "none") {
    return (
      <p className="flex items-center gap-2 text-[11px] text-slate-600" data-testid="ai-setup">
        <span className="flex-1">{t("aiSetupHint")}</span>
        <button type="button" className={BUTTON} onClick={props.onOpenSettings}>
          {t("aiSetupButton")}
        </button>
      </p>
    )
  }
  if (!status.ready) {
    const progress = status.downloadProgress
    return (
      <p className="text-[12px] text-slate-600" role="status" data-testid="ai-not-ready">
        {status.provider === "chrome-prompt-api"
          ? t(
              "aiPromptApiNotReady",
              progress === undefined ? "…" : `${Math.round(progress * 100)}%`,
            )
          : t("aiProviderNotReady")}
      </p>
    )
  }
  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid="ai-toolbar">
      <button
        type="button"
        className="rounded-md bg-indigo-600 px-2.5 py-1 text-[12px] font-medium text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:bg-slate-400"
        disabled={busy}
        onClick={props.onDraft}
        data-testid="ai-draft"
      >
        {t("aiDraftReply")}
      </button>
      <button
        type="button"
        className={BUTTON}
        disabled={busy || !rewritable}
        aria-expanded={menuOpen}
        aria-haspopup="menu"
        onClick={() => setMenuOpen((open) => !open)}
        data-testid="ai-rewrite"
      >
        {t("aiRewrite")} ▾
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={props.onShowPrompt}
        data-testid="ai-show-prompt"
      >
        {t("aiWhatWillBeSent")}
      </button>
      {menuOpen && !busy && rewritable && (
        // In the flow, not floating: the footer scrolls and would clip a floating menu.
        <div
          role="menu"
          className="flex w-full flex-wrap gap-1 rounded-md bg-white p-1 ring-1 ring-slate-300"
          data-testid="ai-rewrite-menu"
        >
          {REWRITE_STYLES.map((style) => (
            <button
              key={style}
              type="button"
              role="menuitem"
              className="rounded px-2 py-0.5 text-left text-[12px] text-slate-800 hover:bg-slate-100"
              onClick={() => {
                setMenuOpen(false)
                props.onRewrite(style)
              }}
              data-testid={`ai-rewrite-${style}`}
            >
              {t(`aiRewrite_${style}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
