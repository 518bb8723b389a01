import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { checkSubscription } from "~storage/subscriptions"

export default defineHandler("pack-check", async ({ url }) => ({
  subscription: await checkSubscription(await readyDb(), url, { now: new Date().toISOString() }),
}))
