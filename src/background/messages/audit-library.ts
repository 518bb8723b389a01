import { defineHandler } from "~messaging/handler"
import { lintWithSampleFacts } from "~policy/lint-sample"
import { readyDb } from "~storage/instance"
import { readSettings } from "~storage/settings-store"
import { listTemplates } from "~storage/templates"

export default defineHandler("audit-library", async ({ site }) => {
  const [templates, settings] = await Promise.all([listTemplates(await readyDb()), readSettings()])
  const seller = { name: settings.sellerName, signature: settings.signature }
  return {
    templates: templates
      .filter((template) => template.sites.length === 0 || template.sites.includes(site))
      .map((template) => ({
        templateId: template.id,
        title: template.title,
        language: template.language,
        ...lintWithSampleFacts(template, site, seller),
      }))
      .sort((a, b) => b.findings.length - a.findings.length || a.title.localeCompare(b.title)),
  }
})
