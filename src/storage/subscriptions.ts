/**
 * Subscriptions to packs published at a URL. A check installs a new version in the same
 * transaction that records it; any failure keeps the last good copy and records the error.
 */
import { parsePack } from "~packs/format"
import {
  PackRefused,
  type PackSource,
  packKeyPrefix,
  planRemoval,
  relinkManaged,
  sameSource,
} from "~packs/merge"
import {
  type FetchOptions,
  fetchPackUrl,
  PackFetchError,
  parsePackUrl,
  type Subscription,
} from "~packs/subscription"
import type { CopilotDatabase } from "./db"
import { installPack } from "./packs"

export interface CheckOptions {
  now: string
  fetch?: FetchOptions["fetch"]
}

function messageOf(error: unknown): string {
  if (error instanceof PackFetchError || error instanceof PackRefused) return error.message
  console.error("[copilot] pack update failed", error)
  return `The update failed: ${error instanceof Error ? error.message : String(error)}`
}

/** Active subscriptions, oldest check first (the order updates run in). */
export async function listSubscriptions(db: CopilotDatabase): Promise<Subscription[]> {
  const all = await db.subscriptions.toArray()
  return all
    .filter((subscription) => !subscription.optedOut)
    .sort((a, b) => (a.lastCheckedAt ?? "").localeCompare(b.lastCheckedAt ?? ""))
}

/**
 * Fetches the subscription's pack and installs it when it is new. Never throws for a failed
 * update: the error and its time are stored on the subscription, which is returned.
 */
export async function checkSubscription(
  db: CopilotDatabase,
  url: string,
  options: CheckOptions,
): Promise<Subscription> {
  const { now } = options
  const subscription = await db.subscriptions.get(url)
  if (!subscription || subscription.optedOut) throw new Error("There is no such subscription.")
  try {
    // Validators only make sense while we hold the copy they describe.
    const hasCopy = subscription.packId !== undefined
    const result = await fetchPackUrl(url, {
      etag: hasCopy ? subscription.etag : undefined,
      lastModified: hasCopy ? subscription.lastModified : undefined,
      fetch: options.fetch,
    })
    if (result.status === "not-modified") {
      const next = { ...subscription, lastCheckedAt: now, lastError: undefined }
      await db.subscriptions.put(next)
      return next
    }
    const parsed = parsePack(result.bytes)
    if (!parsed.ok) throw new PackFetchError(parsed.error)
    const pack = parsed.value
    if (subscription.packId && pack.pack.id !== subscription.packId) {
      throw new PackFetchError(
        `This address now serves another pack ("${pack.pack.id}" instead of "${subscription.packId}"): nothing was changed.`,
      )
    }
    let next = subscription
    await installPack(
      db,
      pack,
      { kind: "url", url },
      {
        mode: "update",
        managed: subscription.managed,
        now,
        afterPlan: async (plan) => {
          const updated = plan.previousVersion !== pack.pack.version
          next = {
            ...subscription,
            packId: pack.pack.id,
            etag: result.etag,
            lastModified: result.lastModified,
            lastGoodVersion: pack.pack.version,
            lastCheckedAt: now,
            lastUpdatedAt: updated ? now : subscription.lastUpdatedAt,
            lastError: undefined,
          }
          await db.subscriptions.put(next)
        },
      },
    )
    return next
  } catch (error) {
    const failed = {
      ...subscription,
      lastCheckedAt: now,
      lastError: { message: messageOf(error), at: now },
    }
    await db.subscriptions.put(failed)
    return failed
  }
}

export interface SubscribeOptions extends CheckOptions {
  managed?: boolean
  locked?: boolean
}

/** Subscribes and installs a first copy. An agent's subscription that fails is not kept. */
export async function subscribe(
  db: CopilotDatabase,
  url: string,
  options: SubscribeOptions,
): Promise<Subscription> {
  parsePackUrl(url)
  const source: PackSource = { kind: "url", url }
  const existing = (await listSubscriptions(db)).find((subscription) =>
    sameSource({ kind: "url", url: subscription.url }, source),
  )
  if (existing) throw new Error(`You are already subscribed to this address (${existing.url}).`)
  await db.subscriptions.put({
    url,
    managed: options.managed ?? false,
    locked: options.locked ?? false,
    createdAt: options.now,
  })
  const checked = await checkSubscription(db, url, options)
  if (checked.lastError && !checked.managed) {
    await db.subscriptions.delete(url)
    throw new Error(checked.lastError.message)
  }
  return checked
}

/** Ends a subscription; its templates are removed or kept as personal copies. */
export async function unsubscribe(
  db: CopilotDatabase,
  url: string,
  keepCopies: boolean,
  now: string,
): Promise<void> {
  await db.transaction("rw", [db.subscriptions, db.templates, db.packs], async () => {
    const subscription = await db.subscriptions.get(url)
    if (!subscription || subscription.optedOut) throw new Error("There is no such subscription.")
    if (subscription.locked) {
      throw new Error("Your organisation requires this subscription: it cannot be removed.")
    }
    if (subscription.managed) {
      // Remembered, so the policy does not bring it back on the next start.
      await db.subscriptions.put({
        url,
        managed: true,
        locked: false,
        optedOut: true,
        createdAt: now,
      })
    } else {
      await db.subscriptions.delete(url)
    }
    const packId = subscription.packId
    if (!packId) return
    const templates = await db.templates.where("id").startsWith(packKeyPrefix(packId)).toArray()
    const writes = planRemoval(templates, keepCopies, now)
    await db.templates.bulkDelete(writes.delete)
    await db.templates.bulkPut(writes.put)
    await db.packs.delete(packId)
  })
}

export interface ManagedEntry {
  url: string
  locked: boolean
}

/**
 * Makes the subscriptions match the organisation's policy: new entries are added (to be
 * checked), existing ones marked managed; ones the policy dropped become ordinary subscriptions.
 * Returns the URLs that need a first check.
 */
export async function syncManagedSubscriptions(
  db: CopilotDatabase,
  entries: readonly ManagedEntry[],
  now: string,
): Promise<string[]> {
  return db.transaction("rw", [db.subscriptions, db.templates, db.packs], async () => {
    const wanted = new Map(entries.map((entry) => [entry.url, entry]))
    const fresh: string[] = []
    const relink = async (packId: string | undefined, managed: boolean) => {
      if (!packId) return
      const templates = await db.templates.where("id").startsWith(packKeyPrefix(packId)).toArray()
      await db.templates.bulkPut(relinkManaged(templates, managed))
      await db.packs.update(packId, { managed })
    }
    for (const subscription of await db.subscriptions.toArray()) {
      const entry = wanted.get(subscription.url)
      wanted.delete(subscription.url)
      if (subscription.optedOut) {
        // Opted out of an unlocked managed pack: honoured until the policy locks or drops it.
        if (!entry) await db.subscriptions.delete(subscription.url)
        else if (entry.locked) {
          await db.subscriptions.put({
            url: entry.url,
            managed: true,
            locked: true,
            createdAt: now,
          })
          fresh.push(entry.url)
        }
      } else if (entry) {
        await db.subscriptions.put({ ...subscription, managed: true, locked: entry.locked })
        await relink(subscription.packId, true)
        if (!subscription.packId) fresh.push(entry.url)
      } else if (subscription.managed) {
        await db.subscriptions.put({ ...subscription, managed: false, locked: false })
        await relink(subscription.packId, false)
      }
    }
    for (const entry of wanted.values()) {
      try {
        parsePackUrl(entry.url)
      } catch (error) {
        console.error(`[copilot] managed pack ${entry.url} ignored:`, (error as Error).message)
        continue
      }
      await db.subscriptions.put({
        url: entry.url,
        managed: true,
        locked: entry.locked,
        createdAt: now,
      })
      fresh.push(entry.url)
    }
    return fresh
  })
}
