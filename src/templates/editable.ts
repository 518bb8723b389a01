import type { Template } from "./schema"

/**
 * Whether the agent may change or delete this template. Every template is editable today; templates
 * that someone else controls (managed packs) will answer false here, and the library follows.
 */
export function isEditable(_template: Template): boolean {
  return true
}
