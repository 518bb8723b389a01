import { defineHandler } from "~messaging/handler"
import { AMAZON_DUE_SOON_MS, EBAY_DUE_SOON_MS, responseClock } from "~policy/clock"
import { readyDb } from "~storage/instance"
import { rememberOrder, withRememberedOrder } from "~storage/orders"

export default defineHandler("resolve-context", async ({ context }) => {
  const db = await readyDb()
  await rememberOrder(db, context, new Date().toISOString())
  const resolved = await withRememberedOrder(db, context)
  const clock = responseClock(resolved, new Date())
  return {
    context: resolved,
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
