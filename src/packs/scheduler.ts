/**
 * The background's pack duties: periodic updates (chrome.alarms) and subscriptions pushed by the
 * organisation's policy (chrome.storage.managed, schema in assets/managed-schema.json).
 */
import * as z from "zod/mini"
import type { CopilotDatabase } from "~storage/db"
import {
  checkSubscription,
  listSubscriptions,
  syncManagedSubscriptions,
} from "~storage/subscriptions"

const UPDATE_ALARM = "pack-updates"
const UPDATE_PERIOD_MINUTES = 6 * 60

const PolicySchema = z.object({
  packSubscriptions: z._default(
    z.array(z.object({ url: z.string(), locked: z._default(z.boolean(), false) })),
    [],
  ),
})

const now = () => new Date().toISOString()

/** Checks every subscription, oldest check first, one at a time. */
async function checkAll(db: CopilotDatabase) {
  for (const subscription of await listSubscriptions(db)) {
    await checkSubscription(db, subscription.url, { now: now() })
  }
}

async function readPolicy(): Promise<z.infer<typeof PolicySchema>["packSubscriptions"]> {
  // No policy (or a browser without managed storage) means no managed subscriptions.
  const stored = await chrome.storage.managed?.get("packSubscriptions").catch(() => ({}))
  const parsed = PolicySchema.safeParse(stored ?? {})
  if (!parsed.success) {
    console.error("[copilot] the packSubscriptions policy is not valid; it is ignored")
    return []
  }
  return parsed.data.packSubscriptions
}

async function applyPolicy(db: CopilotDatabase) {
  const fresh = await syncManagedSubscriptions(db, await readPolicy(), now())
  for (const url of fresh) await checkSubscription(db, url, { now: now() })
}

export function startPackDuties(ready: () => Promise<CopilotDatabase>) {
  const run = (task: (db: CopilotDatabase) => Promise<void>, label: string) =>
    ready()
      .then(task)
      .catch((error) => console.error(`[copilot] ${label} failed`, error))
  chrome.alarms.get(UPDATE_ALARM).then((alarm) => {
    if (!alarm) chrome.alarms.create(UPDATE_ALARM, { periodInMinutes: UPDATE_PERIOD_MINUTES })
  })
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) run(checkAll, "pack updates")
  })
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "managed" && "packSubscriptions" in changes) run(applyPolicy, "pack policy")
  })
  run(applyPolicy, "pack policy")
}
