import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"

export default defineHandler("library-ready", async () => {
  await readyDb()
  return {}
})
