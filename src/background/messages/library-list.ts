import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { listTemplates, usageByTemplate } from "~storage/templates"

export default defineHandler("library-list", async () => {
  const db = await readyDb()
  const [templates, usage] = await Promise.all([listTemplates(db), usageByTemplate(db)])
  return {
    templates,
    usage: [...usage].map(([templateId, { inserted, lastUsedAt }]) => ({
      templateId,
      inserted,
      lastUsedAt,
    })),
  }
})
