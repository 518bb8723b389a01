import { defineHandler } from "~messaging/handler"
import { lintRenderedReply } from "~policy/lint-reply"
import { readLastContext } from "~storage/last-context"
import { readSettings } from "~storage/settings-store"
import { renderTemplate } from "~templates/render"
import { sampleContext } from "~templates/sample-context"
import { replyLocale } from "~templates/scope"

export default defineHandler("preview-template", async ({ body, language, source }) => {
  const [settings, last] = await Promise.all([readSettings(), readLastContext()])
  const context =
    source === "last" && last ? last : sampleContext(source === "ebay" ? "ebay" : "amazon")
  const reply = renderTemplate(
    body,
    {
      context,
      seller: { name: settings.sellerName, signature: settings.signature },
      locale: replyLocale(language, context.marketplace.country),
    },
    language,
  )
  const lastLabel = last && [last.buyer?.name, last.order?.id, last.thread?.subject].filter(Boolean)
  return {
    reply,
    findings: lintRenderedReply(reply, { marketplace: context.marketplace.site, context }),
    lastSeen: last !== undefined,
    lastLabel: lastLabel && lastLabel.length > 0 ? lastLabel.join(" · ") : undefined,
  }
})
