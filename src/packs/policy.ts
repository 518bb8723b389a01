/** Marketplace-rule problems of the templates a pack brings in, for the import preview. */
import { SITES } from "~context/schema"
import { lintWithSampleFacts } from "~policy/lint-sample"
import type { SellerProfile } from "~templates/scope"
import type { PackPlan } from "./merge"

/** Rendering and checking is ~1 ms a template: a huge pack's preview checks the first ones. */
export const POLICY_PREVIEW_LIMIT = 500

export interface PackPolicyNote {
  templateId: string
  title: string
  /** One explanation per broken rule, in both languages. */
  messages: { en: string; es: string }[]
}

export interface PackPolicyReport {
  checked: number
  incoming: number
  notes: PackPolicyNote[]
}

/** Templates the import would add or change that break a blocking rule with sample facts. */
export function packPolicyReport(plan: PackPlan, seller: SellerProfile): PackPolicyReport {
  const incoming = [
    ...plan.added,
    ...plan.changed.map((change) => change.theirs),
    ...plan.conflicts.map((conflict) => conflict.theirs),
  ]
  const checked = incoming.slice(0, POLICY_PREVIEW_LIMIT)
  const notes: PackPolicyNote[] = []
  for (const template of checked) {
    const sites = template.sites.length > 0 ? template.sites : SITES
    const byRule = new Map<string, { en: string; es: string }>()
    for (const site of sites) {
      for (const finding of lintWithSampleFacts(template, site, seller).findings) {
        if (finding.severity === "block" && !byRule.has(finding.rule))
          byRule.set(finding.rule, finding.message)
      }
    }
    if (byRule.size > 0)
      notes.push({ templateId: template.id, title: template.title, messages: [...byRule.values()] })
  }
  return { checked: checked.length, incoming: incoming.length, notes }
}
