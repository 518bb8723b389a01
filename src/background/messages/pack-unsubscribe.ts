import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { unsubscribe } from "~storage/subscriptions"

export default defineHandler("pack-unsubscribe", async ({ url, keepCopies }) => {
  await unsubscribe(await readyDb(), url, keepCopies, new Date().toISOString())
  return {}
})
