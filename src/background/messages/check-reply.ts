import { defineHandler } from "~messaging/handler"
import { lint } from "~policy/lint"
import { proactiveChecks } from "~policy/proactive"

export default defineHandler("check-reply", async ({ text, context }) => {
  const marketplace = context?.marketplace.site ?? "amazon"
  const proactive = context?.page.kind === "contact" && marketplace === "amazon"
  return {
    findings: lint({ text, marketplace, context, proactive }),
    proactive: proactive && context ? proactiveChecks(text, context, new Date()) : undefined,
  }
})
