import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { recordUsage } from "~storage/templates"

export default defineHandler("record-usage", async ({ templateId }) => {
  await recordUsage(await readyDb(), { templateId, kind: "inserted", at: new Date().toISOString() })
  return {}
})
