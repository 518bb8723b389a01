import { useState } from "react"
import { callBackground } from "~messaging/client"
import type { ResponseOf } from "~messaging/contracts"
import { isUnreachable, parsePackUrl } from "~packs/subscription"
import { t } from "~ui/i18n"
import { buttonClass, formatTime, primaryButtonClass } from "./files"
import { ErrorNote, KeepCopiesQuestion } from "./PackParts"

type Overview = ResponseOf<"pack-overview">
type Subscription = Overview["subscriptions"][number]

/**
 * Subscribes; when the site cannot be read, asks for the host permission of the pack's origin
 * and tries again. Hosts that allow cross-origin reads (most static hosts) need no permission.
 */
async function subscribeWithPermission(url: string) {
  try {
    await callBackground("pack-subscribe", { url })
  } catch (error) {
    const origins = [parsePackUrl(url).originPattern]
    const message = (error as Error).message
    if (!isUnreachable(message) || (await chrome.permissions.contains({ origins }))) throw error
    const granted = await chrome.permissions.request({ origins }).catch(() => false)
    if (!granted) throw new Error(`${message} ${t("pack_permissionDenied")}`)
    await callBackground("pack-subscribe", { url })
  }
}

function SubscriptionRow({
  subscription,
  pack,
  onChange,
}: {
  subscription: Subscription
  pack?: Overview["packs"][number]
  onChange: () => void
}) {
  const [busy, setBusy] = useState(false)
  const [leaving, setLeaving] = useState(false)
  const [error, setError] = useState<string>()
  const act = async (action: () => Promise<unknown>) => {
    setBusy(true)
    try {
      await action()
      setError(undefined)
    } catch (actionError) {
      setError((actionError as Error).message)
    } finally {
      setBusy(false)
      onChange()
    }
  }
  const unsubscribe = (keepCopies: boolean) =>
    act(() => callBackground("pack-unsubscribe", { url: subscription.url, keepCopies }))
  return (
    <li
      className="flex flex-col gap-1 rounded-md border border-slate-200 p-3 text-[13px]"
      data-url={subscription.url}
      data-testid="pack-subscription"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">
          {pack ? `${pack.name} · v${pack.version}` : t("pack_notLoaded")}
        </span>
        {subscription.managed && (
          <span
            className="rounded bg-indigo-100 px-1.5 text-[11px] text-indigo-800"
            data-testid="pack-managed"
          >
            {t("pack_managed")}
          </span>
        )}
        {pack && pack.upstreamChanged > 0 && (
          <span
            className="rounded bg-amber-100 px-1.5 text-[11px] text-amber-900"
            data-testid="pack-upstream-changed"
          >
            {t("pack_upstreamChangedCount", String(pack.upstreamChanged))}
          </span>
        )}
      </div>
      <span className="break-all text-slate-600">{subscription.url}</span>
      <span className="text-slate-600" data-testid="pack-last-check">
        {subscription.lastCheckedAt
          ? t("pack_lastChecked", formatTime(subscription.lastCheckedAt))
          : t("pack_neverChecked")}
        {subscription.lastUpdatedAt &&
          ` · ${t("pack_lastUpdated", formatTime(subscription.lastUpdatedAt))}`}
      </span>
      {subscription.lastError && (
        <p role="alert" className="break-words text-red-700" data-testid="pack-subscription-error">
          {t("pack_lastError", [
            formatTime(subscription.lastError.at),
            subscription.lastError.message,
          ])}
        </p>
      )}
      <ErrorNote error={error} />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={busy}
          onClick={() => act(() => callBackground("pack-check", { url: subscription.url }))}
          data-testid="pack-check-now"
        >
          {t("pack_checkNow")}
        </button>
        {!subscription.locked && !leaving && (
          <button
            type="button"
            className={buttonClass}
            disabled={busy}
            onClick={() => setLeaving(true)}
            data-testid="pack-unsubscribe"
          >
            {t("pack_unsubscribe")}
          </button>
        )}
      </div>
      {leaving && <KeepCopiesQuestion onAnswer={unsubscribe} onCancel={() => setLeaving(false)} />}
    </li>
  )
}

/** Packs followed by URL: add one, check now, last update or error, unsubscribe. */
export function PackSubscriptions({
  overview,
  onChange,
}: {
  overview: Overview
  onChange: () => void
}) {
  const [url, setUrl] = useState("")
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const add = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      await subscribeWithPermission(url.trim())
      setUrl("")
    } catch (subscribeError) {
      setError((subscribeError as Error).message)
    } finally {
      setBusy(false)
      onChange()
    }
  }

  const packs = new Map(overview.packs.map((pack) => [pack.id, pack]))
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-medium">{t("pack_subscriptionsTitle")}</h3>
      <form className="flex gap-2" onSubmit={add}>
        <input
          className="flex-1 rounded-md border border-slate-300 px-2 py-1.5"
          type="url"
          required
          placeholder="https://example.com/team-replies.json"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          aria-label={t("pack_subscribeUrl")}
          data-testid="pack-subscribe-url"
        />
        <button
          type="submit"
          className={primaryButtonClass}
          disabled={busy}
          data-testid="pack-subscribe"
        >
          {t("pack_subscribe")}
        </button>
      </form>
      <ErrorNote error={error} testId="pack-subscribe-error" />
      <ul className="flex list-none flex-col gap-2" data-testid="pack-subscriptions">
        {overview.subscriptions.map((subscription) => (
          <SubscriptionRow
            key={subscription.url}
            subscription={subscription}
            pack={subscription.packId ? packs.get(subscription.packId) : undefined}
            onChange={onChange}
          />
        ))}
      </ul>
    </div>
  )
}
