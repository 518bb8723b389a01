import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { subscribe } from "~storage/subscriptions"

export default defineHandler("pack-subscribe", async ({ url }) => ({
  subscription: await subscribe(await readyDb(), url.trim(), { now: new Date().toISOString() }),
}))
