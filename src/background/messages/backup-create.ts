import { defineHandler } from "~messaging/handler"
import { createBackup } from "~storage/backup"
import { readyDb } from "~storage/instance"
import { readSettings } from "~storage/settings-store"

export default defineHandler("backup-create", async () => ({
  text: await createBackup(await readyDb(), await readSettings(), new Date().toISOString()),
}))
