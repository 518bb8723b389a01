import { defineHandler } from "~messaging/handler"
import { parsePack } from "~packs/format"
import { summarizePlan } from "~packs/merge"
import { readyDb } from "~storage/instance"
import { previewPack } from "~storage/packs"

export default defineHandler("pack-preview", async ({ text }) => {
  const parsed = parsePack(text)
  if (!parsed.ok) throw new Error(parsed.error)
  return {
    summary: summarizePlan(await previewPack(await readyDb(), parsed.value, { kind: "file" })),
  }
})
