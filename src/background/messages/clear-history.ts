import { defineHandler } from "~messaging/handler"
import { clearHistory } from "~storage/history"
import { readyDb } from "~storage/instance"

export default defineHandler("clear-history", async () => {
  await clearHistory(await readyDb())
  return {}
})
