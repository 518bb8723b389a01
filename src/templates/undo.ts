/**
 * Deletions the agent can take back. The page keeps the deleted templates exactly as they were;
 * restoring puts them back and lifts the tombstones the deletion left for starter templates.
 */
import type { StarterTombstone } from "~storage/db"
import type { Template } from "./schema"

export interface UndoEntry {
  id: number
  /** The templates as they were before the deletion. */
  templates: Template[]
}

/** How many deletions stay undoable; older ones are forgotten. */
export const UNDO_LIMIT = 5

export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [...stack, entry].slice(-UNDO_LIMIT)
}

export function dropUndo(stack: readonly UndoEntry[], id: number): UndoEntry[] {
  return stack.filter((entry) => entry.id !== id)
}

/** Starter templates are tombstoned when deleted, so an extension update does not revive them. */
export function tombstonesFor(templates: readonly Template[], now: string): StarterTombstone[] {
  return templates
    .filter((template) => template.origin === "starter")
    .map((template) => ({ id: template.id, deletedAt: now }))
}
