import { defineHandler } from "~messaging/handler"
import { summarizePlan } from "~packs/merge"
import { readyDb } from "~storage/instance"
import { importPackFile } from "~storage/packs"

export default defineHandler("pack-import", async ({ text, choices }) => {
  const plan = await importPackFile(await readyDb(), text, {
    choices,
    now: new Date().toISOString(),
  })
  return { summary: summarizePlan(plan) }
})
