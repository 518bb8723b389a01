/**
 * Local overrides of pack templates (pure): what the template editor calls so that pack updates
 * keep the agent's edits, and how an agent goes back to the pack's version.
 */
import type { Template } from "~templates/schema"
import { localContent } from "./merge"

export type TemplateEdit = Partial<
  Pick<
    Template,
    "title" | "body" | "language" | "intents" | "orderStates" | "sites" | "tags" | "folder"
  >
>

/** Managed packs are read-only for agents (pins stay personal). */
export function isReadOnly(template: Template): boolean {
  return template.pack?.managed === true
}

/**
 * The template after an agent's edit. A pack template remembers the pack's copy the first time
 * it is edited, so a later update can tell whether the pack changed it too.
 */
export function editTemplate(template: Template, edit: TemplateEdit, now: string): Template {
  if (isReadOnly(template)) {
    throw new Error("Your organisation manages this template: it cannot be edited.")
  }
  const link = template.pack
  const upstream = link && (link.upstream ?? localContent(template, link.packId))
  return {
    ...template,
    ...edit,
    edited: template.origin !== "user",
    ...(link ? { pack: { ...link, upstream } } : {}),
    updatedAt: now,
  }
}

/** Back to the pack's version: the edit and the "upstream changed" badge go. */
export function revertToPack(template: Template, now: string): Template {
  const link = template.pack
  if (!link?.upstream) return template
  const { groupId, ...content } = link.upstream
  return {
    ...template,
    ...content,
    groupId: `pack:${link.packId}:${groupId ?? link.templateId}`,
    edited: false,
    pack: {
      packId: link.packId,
      templateId: link.templateId,
      upstreamChanged: false,
      managed: link.managed,
    },
    updatedAt: now,
  }
}
