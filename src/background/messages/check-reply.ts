import { defineHandler } from "~messaging/handler"
import { lint } from "~policy/lint"
import { proactiveChecks } from "~policy/proactive"

export default defineHandler("check-reply", async ({ text, context }) => {
  const marketplace = context?.marketplace.site ?? "amazon"
  // Seller-initiated messages (Amazon's contact-buyer page) have rules of their own.
  const sellerInitiated = context?.page.kind === "contact" && marketplace === "amazon"
  return {
    findings: lint({ text, marketplace, context }),
    proactive: sellerInitiated && context ? proactiveChecks(text, context, new Date()) : undefined,
  }
})
