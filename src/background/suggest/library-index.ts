/**
 * The search index of the template library, rebuilt only when the library changed: building it
 * costs far more than a ranking, and the sidebar asks for a ranking on every keystroke.
 */
import { LibraryIndex } from "~suggest/search"
import type { Template } from "~templates/schema"

let cached: { signature: string; index: LibraryIndex } | undefined

/** Changes whenever a template is added, removed or edited (edits move `updatedAt`). */
function librarySignature(templates: readonly Template[]): string {
  let latest = ""
  let idSum = 0
  for (const template of templates) {
    if (template.updatedAt > latest) latest = template.updatedAt
    for (let i = 0; i < template.id.length; i++)
      idSum = (idSum * 31 + template.id.charCodeAt(i)) | 0
  }
  return `${templates.length}:${latest}:${idSum}`
}

export function libraryIndex(templates: readonly Template[]): LibraryIndex {
  const signature = librarySignature(templates)
  if (cached?.signature !== signature) cached = { signature, index: new LibraryIndex(templates) }
  return cached.index
}
