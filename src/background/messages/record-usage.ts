import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { recordUsage } from "~storage/templates"

export default defineHandler("record-usage", async ({ templateId, kind, passedOver }) => {
  const at = new Date().toISOString()
  await recordUsage(await readyDb(), { templateId, kind, at }, passedOver)
  return {}
})
