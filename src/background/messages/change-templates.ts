import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { changeTemplates } from "~storage/library"

export default defineHandler("change-templates", async ({ ids, change }) => ({
  changed: await changeTemplates(await readyDb(), ids, change, new Date().toISOString()),
}))
