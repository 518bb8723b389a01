import { defineHandler } from "~messaging/handler"
import { lintRenderedReply } from "~policy/lint-reply"
import { readyDb } from "~storage/instance"
import { readSettings } from "~storage/settings-store"
import { listTemplates } from "~storage/templates"
import { renderTemplate } from "~templates/render"
import { sampleContext } from "~templates/sample-context"
import { replyLocale } from "~templates/scope"

export default defineHandler("audit-library", async ({ site }) => {
  const [templates, settings] = await Promise.all([listTemplates(await readyDb()), readSettings()])
  const context = sampleContext(site)
  const seller = { name: settings.sellerName, signature: settings.signature }
  return {
    templates: templates
      .filter((template) => template.sites.length === 0 || template.sites.includes(site))
      .map((template) => {
        const locale = replyLocale(template.language, context.marketplace.country)
        const reply = renderTemplate(template.body, { context, seller, locale }, template.language)
        const text = reply.error ?? reply.text
        return {
          templateId: template.id,
          title: template.title,
          language: template.language,
          text,
          findings: lintRenderedReply(reply, { marketplace: site, context }),
        }
      })
      .sort((a, b) => b.findings.length - a.findings.length || a.title.localeCompare(b.title)),
  }
})
