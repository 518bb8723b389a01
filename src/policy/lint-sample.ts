import type { Site } from "~context/schema"
import { renderTemplate } from "~templates/render"
import { sampleContext } from "~templates/sample-context"
import { replyLocale, type SellerProfile } from "~templates/scope"
import { lintRenderedReply } from "./lint-reply"
import type { Finding } from "./types"

/** A template rendered with a marketplace's sample facts, and what the rules find in it. */
export function lintWithSampleFacts(
  template: { body: string; language: string },
  site: Site,
  seller: SellerProfile,
): { text: string; findings: Finding[] } {
  const context = sampleContext(site)
  const locale = replyLocale(template.language, context.marketplace.country)
  const reply = renderTemplate(template.body, { context, seller, locale }, template.language)
  return {
    text: reply.error ?? reply.text,
    findings: lintRenderedReply(reply, { marketplace: site, context }),
  }
}
