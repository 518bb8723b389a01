import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { removePack } from "~storage/packs"

export default defineHandler("pack-remove", async ({ packId, keepCopies }) => {
  const db = await readyDb()
  const pack = await db.packs.get(packId)
  if (!pack) throw new Error("That pack is no longer installed.")
  if (pack.source.kind === "url") throw new Error("Unsubscribe from this pack instead.")
  await removePack(db, packId, keepCopies, new Date().toISOString())
  return {}
})
