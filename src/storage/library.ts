/** The library editor's reads, and its writes: each one a single Dexie transaction. */
import { editTemplate } from "~packs/override"
import { applyDraft, type TemplateDraft } from "~templates/draft"
import { isEditable } from "~templates/editable"
import type { Template } from "~templates/schema"
import { tombstonesFor } from "~templates/undo"
import type { CopilotDatabase } from "./db"
import { listTemplates, type UsageSummary, usageByTemplate } from "./templates"

const READ_ONLY = "This template cannot be changed here: it is read-only."

function assertEditable(templates: readonly Template[]) {
  if (!templates.every(isEditable)) throw new Error(READ_ONLY)
}

export async function saveDraft(
  db: CopilotDatabase,
  draft: TemplateDraft,
  now: string,
  newId: () => string = () => `user:${crypto.randomUUID()}`,
): Promise<Template> {
  return db.transaction("rw", db.templates, async () => {
    const existing = draft.id ? await db.templates.get(draft.id) : undefined
    if (draft.id && !existing) throw new Error("That template no longer exists.")
    if (existing) assertEditable([existing])
    const template = applyDraft(draft, existing, newId, now)
    await db.templates.put(template)
    return template
  })
}

/** Deletes the templates and returns them as they were, for undo. */
export async function deleteTemplates(
  db: CopilotDatabase,
  ids: string[],
  now: string,
): Promise<Template[]> {
  return db.transaction("rw", db.templates, db.starterTombstones, async () => {
    const deleted = (await db.templates.bulkGet(ids)).filter((template) => template !== undefined)
    assertEditable(deleted)
    await db.starterTombstones.bulkPut(tombstonesFor(deleted, now))
    await db.templates.bulkDelete(deleted.map((template) => template.id))
    return deleted
  })
}

/** Puts deleted templates back exactly, tombstones lifted. */
export async function restoreTemplates(db: CopilotDatabase, templates: Template[]) {
  await db.transaction("rw", db.templates, db.starterTombstones, async () => {
    await db.starterTombstones.bulkDelete(templates.map((template) => template.id))
    await db.templates.bulkPut(templates)
  })
}

export type BulkChange =
  | { kind: "folder"; folder?: string }
  | { kind: "addTag"; tag: string }
  | { kind: "pinned"; pinned: boolean }

/** Applies one change to many templates; edits to starters are marked so updates keep them. */
export async function changeTemplates(
  db: CopilotDatabase,
  ids: string[],
  change: BulkChange,
  now: string,
): Promise<number> {
  return db.transaction("rw", db.templates, async () => {
    const found = (await db.templates.bulkGet(ids)).filter((template) => template !== undefined)
    // Pinning is the agent's own preference, allowed on any template.
    if (change.kind !== "pinned") assertEditable(found)
    const changed = found.map((template): Template => {
      if (change.kind === "pinned") return { ...template, pinned: change.pinned, updatedAt: now }
      if (change.kind === "folder")
        return editTemplate(template, { folder: change.folder?.trim() || undefined }, now)
      if (template.tags.includes(change.tag)) return template
      return editTemplate(template, { tags: [...template.tags, change.tag] }, now)
    })
    await db.templates.bulkPut(changed)
    return changed.length
  })
}

export interface LibrarySnapshot {
  templates: Template[]
  usage: Map<string, UsageSummary>
}

/** Every template and how often each was inserted, read together. */
export async function readLibrary(db: CopilotDatabase): Promise<LibrarySnapshot> {
  return db.transaction("r", db.templates, db.usage, async () => {
    const [templates, usage] = await Promise.all([listTemplates(db), usageByTemplate(db)])
    return { templates, usage }
  })
}
