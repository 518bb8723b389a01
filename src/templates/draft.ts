/**
 * What the library editor sends to be saved, and the checks that keep a bad draft in the form
 * with a human reason instead of losing it at the storage boundary.
 */

import * as z from "zod/mini"
import { editTemplate } from "~packs/override"
import { type Template, TemplateSchema } from "./schema"

const TITLE_MAX = 200
const BODY_MAX = 20_000
const TAG_MAX = 60
const FOLDER_MAX = 200

/** A template as the agent edits it; the background keeps origin, revision and dates. */
export const TemplateDraftSchema = z.extend(
  z.omit(TemplateSchema, {
    id: true,
    groupId: true,
    origin: true,
    starterRevision: true,
    edited: true,
    pack: true,
    createdAt: true,
    updatedAt: true,
  }),
  {
    /** Absent for a new template. */
    id: z.optional(TemplateSchema.shape.id),
    /** Absent for a new reply; an existing group's id for a new translation of it. */
    groupId: z.optional(TemplateSchema.shape.groupId),
  },
)
export type TemplateDraft = z.infer<typeof TemplateDraftSchema>

export type DraftField = "title" | "body" | "language" | "tags" | "folder"

/** A problem with one field; `message` is a UI message key, `detail` its substitution. */
export interface DraftProblem {
  field: DraftField
  message: string
  detail?: string
}

export function validateDraft(draft: TemplateDraft): DraftProblem[] {
  const problems: DraftProblem[] = []
  if (!draft.title.trim()) problems.push({ field: "title", message: "libraryErrorTitleEmpty" })
  else if (draft.title.length > TITLE_MAX)
    problems.push({ field: "title", message: "libraryErrorTooLong", detail: String(TITLE_MAX) })
  if (!draft.body.trim()) problems.push({ field: "body", message: "libraryErrorBodyEmpty" })
  else if (draft.body.length > BODY_MAX)
    problems.push({ field: "body", message: "libraryErrorTooLong", detail: String(BODY_MAX) })
  if (!/^[a-z]{2}$/.test(draft.language))
    problems.push({ field: "language", message: "libraryErrorLanguage" })
  const longTag = draft.tags.find((tag) => tag.length > TAG_MAX)
  if (longTag !== undefined)
    problems.push({ field: "tags", message: "libraryErrorTagTooLong", detail: String(TAG_MAX) })
  if ((draft.folder ?? "").length > FOLDER_MAX)
    problems.push({ field: "folder", message: "libraryErrorTooLong", detail: String(FOLDER_MAX) })
  return problems
}

/** Tags as typed, comma-separated: trimmed, empty ones dropped, each once. */
export function parseTags(input: string): string[] {
  return [
    ...new Set(
      input
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ]
}

export function draftOf(template: Template): TemplateDraft {
  const { id, groupId, title, body, language, intents, orderStates, sites, tags, folder, pinned } =
    template
  return { id, groupId, title, body, language, intents, orderStates, sites, tags, folder, pinned }
}

export function newDraft(language: string, folder?: string): TemplateDraft {
  return {
    title: "",
    body: "",
    language,
    intents: [],
    orderStates: [],
    sites: [],
    tags: [],
    folder,
    pinned: false,
  }
}

/** A separate reply starting as a copy: its own group, not pinned. */
export function duplicateDraft(template: Template, copyTitle: string): TemplateDraft {
  const { id: _id, groupId: _groupId, ...rest } = draftOf(template)
  return { ...rest, title: copyTitle.slice(0, TITLE_MAX), pinned: false }
}

/** A new translation of the same reply: same group and conditions, another language. */
export function translationDraft(template: Template, language: string): TemplateDraft {
  const { id: _id, ...rest } = draftOf(template)
  return { ...rest, language, pinned: false }
}

/** A stored template with the draft's changes, or a new one; edits to starters are marked. */
export function applyDraft(
  draft: TemplateDraft,
  existing: Template | undefined,
  newId: () => string,
  now: string,
): Template {
  const { id: _id, groupId, ...fields } = draft
  const folder = fields.folder?.trim() || undefined
  if (existing) {
    const { pinned, ...content } = fields
    return { ...editTemplate(existing, { ...content, folder }, now), pinned }
  }
  const id = newId()
  return {
    ...fields,
    folder,
    id,
    groupId: groupId ?? id,
    origin: "user",
    edited: false,
    createdAt: now,
    updatedAt: now,
  }
}
