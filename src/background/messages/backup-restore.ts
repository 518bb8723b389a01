import { defineHandler } from "~messaging/handler"
import { restoreBackup } from "~storage/backup"
import { readyDb } from "~storage/instance"
import { readSettings, updateSettings } from "~storage/settings-store"

export default defineHandler("backup-restore", async ({ text }) => {
  const restored = await restoreBackup(await readyDb(), text, await readSettings())
  await updateSettings(restored.settings)
  return { templates: restored.templates }
})
