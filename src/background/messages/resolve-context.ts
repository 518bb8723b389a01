import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { rememberOrder, withRememberedOrder } from "~storage/orders"

export default defineHandler("resolve-context", async ({ context }) => {
  const db = await readyDb()
  await rememberOrder(db, context, new Date().toISOString())
  return { context: await withRememberedOrder(db, context) }
})
