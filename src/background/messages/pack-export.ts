import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { exportPack } from "~storage/packs"

export default defineHandler("pack-export", async ({ meta, templateIds }) => ({
  text: await exportPack(await readyDb(), meta, templateIds),
}))
