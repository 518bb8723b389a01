import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react"
import { latestBuyerMessage } from "~context/facts"
import type { PageContext } from "~context/schema"
import { callBackground } from "~messaging/client"
import { isSidebarCommand } from "~messaging/commands"
import type { Suggestion } from "~messaging/contracts"
import { insertText } from "~sites/insert"
import type { SiteAdapter } from "~sites/types"
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH } from "~storage/settings"
import { t } from "~ui/i18n"
import { BuyerHistory } from "./BuyerHistory"
import { ClockLine } from "./ClockLine"
import { DraftPanel } from "./DraftPanel"
import { DraftPromptPreview, type PromptPreview } from "./DraftPromptPreview"
import { DraftToolbar } from "./DraftToolbar"
import { FactList } from "./FactList"
import { FindingList } from "./FindingList"
import { reservePageSpace } from "./page-space"
import { ReplyPreview } from "./ReplyPreview"
import { StructureReportButton } from "./StructureReportButton"
import { BuyerReading, SuggestionList } from "./SuggestionList"
import { TypedReplyCheck } from "./TypedReplyCheck"
import { replyDraftOf, useAiDraft, useAiStatus } from "./useAiDraft"
import { useEditTracking } from "./useEditTracking"
import { usePageContext } from "./usePageContext"
import { blockingFindings, useReplyDraft } from "./useReplyDraft"
import { useSidebarLayout } from "./useSidebarLayout"
import { useSuggestions } from "./useSuggestions"

const COLLAPSED_WIDTH = 36

const clampWidth = (width: number) =>
  Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, Math.round(width)))

/** What the agent should know about how well this page was read, if anything. */
function pageHealthNote(context: PageContext, dropped: string[]): string | undefined {
  if (context.page.kind === "unknown") return t("pageNotRecognised")
  const readNothing = !context.order && !context.thread?.messages.length && !context.buyer
  if (readNothing && context.page.kind !== "inbox") return t("nothingReadOnPage")
  if (dropped.length > 0) return t("someValuesUnreadable")
  return undefined
}

type Notice = { kind: "success" | "error"; text: string }

export function Sidebar({ adapter }: { adapter: SiteAdapter }) {
  const rootRef = useRef<HTMLDivElement>(null)
  const sidebarHost = useCallback(() => rootRef.current?.getRootNode() ?? null, [])
  const { layout, setLayout, saveLayout } = useSidebarLayout()
  const { read, context, clock, history, dropped, problem } = usePageContext(adapter, sidebarHost)
  const [query, setQuery] = useState("")
  const { suggestions, loading, error, libraryEmpty, reading, refresh } = useSuggestions(
    context,
    query,
    read,
  )
  const [selectedId, setSelectedId] = useState<string>()
  const [confirming, setConfirming] = useState(false)
  const [notice, setNotice] = useState<Notice>()

  const width = layout ? (layout.open ? layout.width : COLLAPSED_WIDTH) : 0
  useEffect(() => (width > 0 ? reservePageSpace(document, width) : undefined), [width])

  // A new thread or a new search starts from its best suggestion.
  const selected = suggestions.find((s) => s.templateId === selectedId) ?? suggestions[0]
  const { draft: templateDraft, applyFix } = useReplyDraft(selected, context)
  const aiStatus = useAiStatus(read)
  const templateText = selected && !selected.reply.error ? selected.reply.text : undefined
  const aiInput = useMemo(
    () => context && { context, templateBody: templateText },
    [context, templateText],
  )
  const ai = useAiDraft(aiInput)
  const [promptPreview, setPromptPreview] = useState<PromptPreview>()
  // An AI draft, once asked for, takes the place of the template's reply until discarded.
  const aiDraft = replyDraftOf(ai.state)
  const aiLive = ai.state.phase === "streaming" || ai.state.phase === "waiting"
  const draft = aiDraft ?? templateDraft
  const aiFlagged = aiDraft ? aiDraft.findings.filter((finding) => finding.severity === "warn") : []
  const needsHuman = ai.state.result?.needsHuman.required === true
  const threadKey = `${context?.thread?.id}|${context?.order?.id}`
  const watchInsertedReply = useEditTracking(adapter, threadKey)
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the thread changes.
  useEffect(() => {
    setSelectedId(undefined)
    setConfirming(false)
    setNotice(undefined)
    ai.discard()
  }, [threadKey])

  const insert = useCallback(
    async (confirmed = false) => {
      if (!draft || (!aiDraft && (!selected || selected.reply.error)) || aiLive) return
      const doubtful =
        draft.unresolved.length > 0 ||
        blockingFindings(draft).length > 0 ||
        aiFlagged.length > 0 ||
        needsHuman
      if (!confirmed && doubtful) {
        setConfirming(true)
        return
      }
      setConfirming(false)
      const replyBox = adapter.findReplyBox(document)
      if (!replyBox) {
        setNotice({ kind: "error", text: t("replyBoxNotFound") })
        return
      }
      insertText(replyBox, draft.text)
      setNotice({ kind: "success", text: t("insertedCheckAndSend") })
      if (!aiDraft && selected) {
        const passedOver = suggestions
          .slice(0, suggestions.indexOf(selected))
          .map((suggestion) => suggestion.templateId)
        callBackground("record-usage", {
          templateId: selected.templateId,
          kind: "inserted",
          passedOver,
        }).catch(() => {})
        watchInsertedReply(selected.templateId, draft.text)
      }
    },
    [
      adapter,
      selected,
      draft,
      aiDraft,
      aiLive,
      aiFlagged.length,
      needsHuman,
      suggestions,
      watchInsertedReply,
    ],
  )

  const showPrompt = async () => {
    if (!aiInput) return
    try {
      setPromptPreview(
        await callBackground("ai-preview", {
          task: ai.state.task ?? { kind: "draft" },
          ...aiInput,
        }),
      )
    } catch (previewError) {
      setPromptPreview({ error: (previewError as Error).message })
    }
  }

  /** A confirmation or notice about the reply shown so far does not carry over to another. */
  const withFreshReply = (change: () => void) => {
    setConfirming(false)
    setNotice(undefined)
    change()
  }

  const openSettings = () => callBackground("open-settings", {}).catch(() => {})

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setNotice({ kind: "success", text: t("copied") })
    } catch {
      setNotice({ kind: "error", text: t("copyFailed") })
    }
  }

  const togglePin = async (suggestion: Suggestion) => {
    try {
      await callBackground("set-pinned", {
        templateId: suggestion.templateId,
        pinned: !suggestion.pinned,
      })
      refresh()
    } catch (pinError) {
      setNotice({ kind: "error", text: (pinError as Error).message })
    }
  }

  const moveSelection = (step: number) => {
    if (suggestions.length === 0) return
    const index = Math.max(0, suggestions.indexOf(selected as Suggestion))
    const next = suggestions[(index + step + suggestions.length) % suggestions.length]
    setSelectedId(next.templateId)
    setConfirming(false)
    rootRef.current
      ?.querySelector(`[data-template-id="${CSS.escape(next.templateId)}"]`)
      ?.scrollIntoView({ block: "nearest" })
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      moveSelection(event.key === "ArrowDown" ? 1 : -1)
    } else if (event.key === "Enter" && (event.target as HTMLElement).tagName === "INPUT") {
      event.preventDefault()
      insert()
    }
  }

  // Browser keyboard shortcuts arrive from the background.
  useEffect(() => {
    const onMessage = (message: unknown) => {
      if (!isSidebarCommand(message) || !layout) return
      if (message.command === "toggle-sidebar") saveLayout({ ...layout, open: !layout.open })
      else if (layout.open) insert()
    }
    chrome.runtime.onMessage.addListener(onMessage)
    return () => chrome.runtime.onMessage.removeListener(onMessage)
  }, [layout, saveLayout, insert])

  const startResize = (event: React.PointerEvent<HTMLButtonElement>) => {
    if (!layout) return
    const handle = event.currentTarget
    handle.setPointerCapture(event.pointerId)
    const widthAt = (clientX: number) => clampWidth(window.innerWidth - clientX)
    const onMove = (move: PointerEvent) => setLayout({ open: true, width: widthAt(move.clientX) })
    const onUp = (up: PointerEvent) => {
      handle.removeEventListener("pointermove", onMove)
      saveLayout({ open: true, width: widthAt(up.clientX) })
    }
    handle.addEventListener("pointermove", onMove)
    handle.addEventListener("pointerup", onUp, { once: true })
  }

  if (!layout) return null

  if (!layout.open) {
    return (
      <div ref={rootRef} className="fixed right-0 top-1/3 z-[2147483000]" data-testid="sidebar">
        <button
          type="button"
          className="flex h-28 w-9 items-center justify-center rounded-l-lg bg-teal-700 text-[12px] font-semibold text-white shadow-lg [writing-mode:vertical-rl]"
          onClick={() => saveLayout({ ...layout, open: true })}
          aria-label={t("openSidebar")}
          data-testid="sidebar-open"
        >
          {t("sidebarTitle")}
        </button>
      </div>
    )
  }

  const insertDisabled = aiDraft ? aiLive : Boolean(selected?.reply.error)
  const buyerMessage = latestBuyerMessage(context)
  const health = problem ?? (context && pageHealthNote(context, dropped))
  return (
    <aside
      ref={rootRef}
      data-testid="sidebar"
      className="fixed right-0 top-0 z-[2147483000] flex h-screen flex-col border-l border-slate-300 bg-slate-50 font-sans text-[13px] leading-snug text-slate-800 shadow-xl antialiased"
      style={{ width: layout.width }}
      onKeyDown={onKeyDown}
      aria-label={t("sidebarTitle")}
    >
      <button
        type="button"
        className="absolute left-0 top-0 h-full w-1.5 -translate-x-1/2 cursor-ew-resize hover:bg-teal-500/40 focus:bg-teal-500/40 focus:outline-none"
        onPointerDown={startResize}
        onKeyDown={(event) => {
          if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return
          event.stopPropagation()
          saveLayout({
            open: true,
            width: clampWidth(layout.width + (event.key === "ArrowLeft" ? 20 : -20)),
          })
        }}
        aria-label={t("resize")}
        title={t("resize")}
        data-testid="resize-handle"
      />
      <header className="flex items-center gap-2 bg-teal-700 px-3 py-2 text-white">
        <span className="flex-1 text-[14px] font-semibold">{t("sidebarTitle")}</span>
        {context && (
          <span className="rounded bg-teal-800 px-1.5 text-[11px]">
            {context.marketplace.host.replace(/^sellercentral[.-]/, "")}
          </span>
        )}
        <button
          type="button"
          className="rounded px-1.5 text-[15px] leading-5 hover:bg-teal-600"
          onClick={openSettings}
          aria-label={t("openSettings")}
          title={t("openSettings")}
          data-testid="open-settings"
        >
          ⚙
        </button>
        <button
          type="button"
          className="rounded px-1.5 text-[16px] leading-5 hover:bg-teal-600"
          onClick={() => saveLayout({ ...layout, open: false })}
          aria-label={t("collapseSidebar")}
          title={t("collapseSidebar")}
          data-testid="sidebar-collapse"
        >
          ›
        </button>
      </header>

      {promptPreview && (
        <DraftPromptPreview preview={promptPreview} onClose={() => setPromptPreview(undefined)} />
      )}
      <div className="flex min-h-0 flex-1 flex-col gap-2.5 overflow-y-auto p-3">
        {/* What the buyer asked and the replies first; the facts read from the page below them. */}
        {clock && <ClockLine clock={clock} />}

        {health && (
          <p
            className="rounded-md bg-amber-50 p-2 text-[12px] text-amber-900"
            role="status"
            data-testid="page-health"
          >
            {health}
          </p>
        )}

        {buyerMessage && (
          <section aria-label={t("buyerWroteHeading")}>
            <h2 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500">
              {t("buyerWroteHeading")}
            </h2>
            <p
              className="line-clamp-2 whitespace-pre-wrap break-words rounded-md bg-white p-2 text-[12px] text-slate-700 ring-1 ring-slate-200"
              data-testid="buyer-message"
            >
              {buyerMessage.text}
            </p>
            {reading && <BuyerReading reading={reading} />}
          </section>
        )}

        <section aria-label={t("suggestionsHeading")} className="flex flex-col gap-2">
          <input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("searchPlaceholder")}
            aria-label={t("searchPlaceholder")}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-[13px] text-slate-900 outline-none focus:border-teal-600 focus:ring-2 focus:ring-teal-600/20"
            data-testid="search"
          />
          {error && (
            <p className="rounded-md bg-red-50 p-2 text-[12px] text-red-800" role="alert">
              {error}
            </p>
          )}
          {!error && !loading && suggestions.length === 0 && (
            <p className="text-[12px] text-slate-500">
              {libraryEmpty ? t("libraryEmpty") : t("noMatches")}
            </p>
          )}
          <SuggestionList
            suggestions={suggestions}
            selectedId={selected?.templateId}
            onSelect={(id) => {
              setSelectedId(id)
              setConfirming(false)
              // Choosing a template shows it again in place of the AI draft.
              ai.discard()
            }}
            onTogglePin={togglePin}
          />
        </section>

        {context && (
          <details open className="group" data-testid="facts-section">
            <summary className="mb-1 cursor-pointer select-none text-[11px] font-semibold uppercase tracking-wide text-slate-500">
              {t("orderHeading")}
            </summary>
            <FactList context={context} />
            <StructureReportButton />
          </details>
        )}

        {history && <BuyerHistory entries={history} />}

        <TypedReplyCheck adapter={adapter} context={context} />
      </div>

      {(draft || (context && aiStatus)) && (
        <footer className="flex max-h-[55vh] flex-col gap-2 overflow-y-auto border-t border-slate-300 bg-slate-100 p-3">
          {aiInput && (
            <DraftToolbar
              status={aiStatus}
              busy={aiLive}
              rewritable={draft?.text || undefined}
              onDraft={() => withFreshReply(() => ai.start({ kind: "draft" }))}
              onRewrite={(style) =>
                withFreshReply(
                  () => draft && ai.start({ kind: "rewrite", text: draft.text, style }),
                )
              }
              onShowPrompt={showPrompt}
              onOpenSettings={openSettings}
            />
          )}
          {ai.state.phase !== "idle" && (
            <DraftPanel
              state={ai.state}
              onCancel={ai.cancel}
              onRegenerate={() => withFreshReply(ai.regenerate)}
              onDiscard={() => withFreshReply(ai.discard)}
            />
          )}
          {aiDraft ? (
            <div className="flex flex-col gap-2" data-testid="ai-reply" data-phase={ai.state.phase}>
              <ReplyPreview draft={aiDraft} />
              <div className="max-h-[16vh] overflow-y-auto">
                <FindingList findings={aiDraft.findings} text={aiDraft.text} testId="ai-findings" />
              </div>
            </div>
          ) : !selected || !templateDraft ? null : selected.reply.error ? (
            <p
              className="rounded-md bg-red-50 p-2 text-red-800"
              role="alert"
              data-testid="preview-error"
            >
              {selected.reply.error}
            </p>
          ) : (
            <>
              <ReplyPreview draft={templateDraft} />
              <div className="max-h-[16vh] overflow-y-auto">
                <FindingList
                  findings={templateDraft.findings}
                  text={templateDraft.text}
                  onFix={(finding) =>
                    applyFix(finding).catch((fixError) =>
                      setNotice({ kind: "error", text: (fixError as Error).message }),
                    )
                  }
                  testId="reply-findings"
                />
              </div>
            </>
          )}
          {notice && (
            <p
              className={`text-[12px] ${notice.kind === "error" ? "text-red-700" : "text-teal-800"}`}
              role="status"
              data-testid="notice"
            >
              {notice.text}
            </p>
          )}
          {!draft ? null : confirming ? (
            <div
              className="rounded-md bg-amber-50 p-2 ring-1 ring-amber-300"
              data-testid="confirm-insert"
            >
              {blockingFindings(draft).length > 0 && (
                <p className="mb-1 text-[12px] font-medium text-red-800">
                  {t("confirmRuleBreaks", String(blockingFindings(draft).length))}
                </p>
              )}
              {draft.unresolved.length > 0 && (
                <p className="mb-1 text-[12px] text-amber-900">
                  {t("confirmUnresolved", String(draft.unresolved.length))}
                </p>
              )}
              {aiFlagged.length > 0 && (
                <p className="mb-1 text-[12px] text-amber-900">
                  {t("aiConfirmFlagged", String(aiFlagged.length))}
                </p>
              )}
              {needsHuman && (
                <p className="mb-1 text-[12px] font-medium text-red-800">
                  {t("aiConfirmNeedsHuman")}
                </p>
              )}
              <div className="mt-1 flex gap-2">
                <button
                  type="button"
                  className="rounded-md bg-amber-600 px-3 py-1.5 font-medium text-white hover:bg-amber-700"
                  onClick={() => insert(true)}
                >
                  {t("insertAnyway")}
                </button>
                <button
                  type="button"
                  className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-200"
                  onClick={() => setConfirming(false)}
                >
                  {t("cancel")}
                </button>
              </div>
            </div>
          ) : (
            <div className="flex gap-2">
              <button
                type="button"
                className="flex-1 rounded-md bg-teal-700 px-3 py-1.5 font-medium text-white hover:bg-teal-800 disabled:cursor-not-allowed disabled:bg-slate-400"
                disabled={insertDisabled}
                onClick={() => insert()}
                data-testid="insert"
              >
                {t("insert")}
              </button>
              <button
                type="button"
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50"
                disabled={insertDisabled}
                onClick={() => copy(draft.text)}
                data-testid="copy"
              >
                {t("copy")}
              </button>
            </div>
          )}
        </footer>
      )}
    </aside>
  )
}
