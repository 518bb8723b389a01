import { defineHandler } from "~messaging/handler"
import { lintRenderedReply } from "~policy/lint-reply"
import { readyDb } from "~storage/instance"
import { readSettings } from "~storage/settings-store"
import { listTemplates, usageByTemplate } from "~storage/templates"
import { preferredLanguages, rankTemplates } from "~suggest/rank"
import { renderTemplate } from "~templates/render"
import { replyLocale } from "~templates/scope"

export default defineHandler("suggest", async ({ context, query, limit }) => {
  const db = await readyDb()
  const [settings, templates, usage] = await Promise.all([
    readSettings(),
    listTemplates(db),
    usageByTemplate(db),
  ])
  const ranked = rankTemplates({
    templates,
    context,
    query,
    languages: preferredLanguages(settings.replyLanguages, context),
    insertedCount: new Map([...usage].map(([id, summary]) => [id, summary.inserted])),
    limit,
  })
  const seller = { name: settings.sellerName, signature: settings.signature }
  const site = context?.marketplace.site ?? "amazon"
  return {
    libraryEmpty: templates.length === 0,
    suggestions: ranked.map(({ template, reasons }) => {
      const reply = renderTemplate(
        template.body,
        { context, seller, locale: replyLocale(template.language, context?.marketplace.country) },
        template.language,
      )
      return {
        templateId: template.id,
        title: template.title,
        language: template.language,
        pinned: template.pinned,
        reasons,
        reply,
        findings: lintRenderedReply(reply, { marketplace: site, context }),
      }
    }),
  }
})
