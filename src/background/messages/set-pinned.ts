import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { setPinned } from "~storage/templates"

export default defineHandler("set-pinned", async ({ templateId, pinned }) => {
  await setPinned(await readyDb(), templateId, pinned, new Date().toISOString())
  return {}
})
