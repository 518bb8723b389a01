import { isEditable } from "./editable"
import type { Template } from "./schema"

export interface TemplateBadge {
  /** UI message key of the badge's text. */
  label: string
  tone: "neutral" | "info" | "warn"
}

/** The small labels a template carries in the library: where it came from and what it allows. */
export function templateBadges(template: Template): TemplateBadge[] {
  const badges: TemplateBadge[] = []
  if (template.origin === "starter")
    badges.push({
      label: template.edited ? "libraryBadgeStarterEdited" : "libraryBadgeStarter",
      tone: "neutral",
    })
  if (template.pack) {
    badges.push({
      label: template.pack.managed ? "pack_managed" : "libraryBadgePack",
      tone: "info",
    })
    if (template.pack.upstreamChanged) badges.push({ label: "pack_upstreamChanged", tone: "warn" })
  }
  if (!isEditable(template)) badges.push({ label: "libraryBadgeReadOnly", tone: "warn" })
  return badges
}
