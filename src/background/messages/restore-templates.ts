import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { restoreTemplates } from "~storage/library"

export default defineHandler("restore-templates", async ({ templates }) => {
  await restoreTemplates(await readyDb(), templates)
  return {}
})
