import { detectWithBrowser } from "~background/suggest/language"
import { libraryIndex } from "~background/suggest/library-index"
import { latestBuyerMessage } from "~context/facts"
import { defineHandler } from "~messaging/handler"
import { lintRenderedReply } from "~policy/lint-reply"
import { readyDb } from "~storage/instance"
import { readSettings } from "~storage/settings-store"
import { listTemplates, usageByTemplate } from "~storage/templates"
import { readBuyerMessage } from "~suggest/classify"
import { preferredLanguages, rankTemplates } from "~suggest/rank"
import { renderTemplate } from "~templates/render"
import { replyLocale } from "~templates/scope"

export default defineHandler("suggest", async ({ context, query, limit }) => {
  const db = await readyDb()
  const buyerText = latestBuyerMessage(context)?.text ?? ""
  const [settings, templates, usage, reading] = await Promise.all([
    readSettings(),
    listTemplates(db),
    usageByTemplate(db),
    buyerText ? readBuyerMessage(buyerText, detectWithBrowser) : undefined,
  ])
  const ranked = rankTemplates({
    templates,
    index: libraryIndex(templates),
    context,
    intents: reading?.intents ?? [],
    buyerLanguage: reading?.language,
    buyerText,
    query,
    languages: preferredLanguages(settings.replyLanguages, context),
    usage,
    limit,
  })
  const seller = { name: settings.sellerName, signature: settings.signature }
  const site = context?.marketplace.site ?? "amazon"
  return {
    libraryEmpty: templates.length === 0,
    reading,
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
