import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { listSubscriptions } from "~storage/subscriptions"
import { listTemplates } from "~storage/templates"

export default defineHandler("pack-overview", async () => {
  const db = await readyDb()
  const [packs, subscriptions, templates] = await Promise.all([
    db.packs.toArray(),
    listSubscriptions(db),
    listTemplates(db),
  ])
  const linked = templates.filter((template) => template.pack)
  return {
    packs: packs.map((pack) => {
      const own = linked.filter((template) => template.pack?.packId === pack.id)
      return {
        id: pack.id,
        name: pack.name,
        version: pack.version,
        publisher: pack.publisher,
        source: pack.source,
        managed: pack.managed,
        templates: own.length,
        upstreamChanged: own.filter((template) => template.pack?.upstreamChanged).length,
      }
    }),
    subscriptions,
    templates: templates
      .map((template) => ({
        id: template.id,
        title: template.title,
        language: template.language,
        packId: template.pack?.packId,
        upstreamChanged: template.pack?.upstreamChanged ?? false,
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  }
})
