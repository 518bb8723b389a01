import { isReadOnly } from "~packs/override"
import type { Template } from "./schema"

/** Whether the agent may change or delete this template: not when their organisation manages it. */
export function isEditable(template: Template): boolean {
  return !isReadOnly(template)
}
