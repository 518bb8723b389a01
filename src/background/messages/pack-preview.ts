import { defineHandler } from "~messaging/handler"
import { parsePack } from "~packs/format"
import { summarizePlan } from "~packs/merge"
import { packPolicyReport } from "~packs/policy"
import { readyDb } from "~storage/instance"
import { previewPack } from "~storage/packs"
import { readSettings } from "~storage/settings-store"

export default defineHandler("pack-preview", async ({ text }) => {
  const parsed = parsePack(text)
  if (!parsed.ok) throw new Error(parsed.error)
  const plan = await previewPack(await readyDb(), parsed.value, { kind: "file" })
  const settings = await readSettings()
  return {
    summary: summarizePlan(plan),
    policy: packPolicyReport(plan, { name: settings.sellerName, signature: settings.signature }),
  }
})
