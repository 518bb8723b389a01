import { defineHandler } from "~messaging/handler"
import { AMAZON_DUE_SOON_MS, EBAY_DUE_SOON_MS, responseClock } from "~policy/clock"
import { historyFor, recordVisit } from "~storage/history"
import { readyDb } from "~storage/instance"
import { rememberLastContext } from "~storage/last-context"
import { rememberOrder, withRememberedOrder } from "~storage/orders"
import { readSettings } from "~storage/settings-store"

export default defineHandler("resolve-context", async ({ context }) => {
  const db = await readyDb()
  const now = new Date().toISOString()
  await rememberOrder(db, context, now)
  const resolved = await withRememberedOrder(db, context)
  if (resolved.thread?.messages.length || resolved.order) await rememberLastContext(resolved)
  const { buyerHistory } = await readSettings()
  if (buyerHistory) await recordVisit(db, resolved, now)
  const clock = responseClock(resolved, new Date())
  return {
    context: resolved,
    history: buyerHistory
      ? (await historyFor(db, resolved)).map(
          ({ kind, orderId, subject, outcome, at, lastSeenAt }) => ({
            kind,
            orderId,
            subject,
            outcome,
            at,
            lastSeenAt,
          }),
        )
      : [],
    clock: {
      rule: clock.rule,
      status: clock.status,
      deadline: clock.deadline?.toISOString(),
      dueSoonMs: clock.rule === "ebay-3-business-days" ? EBAY_DUE_SOON_MS : AMAZON_DUE_SOON_MS,
      approximate: clock.approximate,
      noResponseNeeded: clock.noResponseNeeded,
    },
  }
})
