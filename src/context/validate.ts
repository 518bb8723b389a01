import { type PageContext, PageContextSchema } from "./schema"

export interface CheckedContext {
  context: PageContext
  /** Paths of values that failed validation and were dropped ("order.items.3.unitPrice"). */
  dropped: string[]
}

type Container = Record<string | number, unknown>

function parentOf(root: unknown, path: PropertyKey[]): Container | undefined {
  let node = root as Container | undefined
  for (const key of path.slice(0, -1)) {
    node = node?.[key as string] as Container | undefined
    if (node === undefined || node === null || typeof node !== "object") return undefined
  }
  return node
}

/** Removes the invalid value; when a required value is missing, removes what requires it. */
function removeInvalid(root: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const target = path.slice(0, depth)
    const parent = parentOf(root, target)
    const key = target[depth - 1] as string | number
    if (!parent || parent[key] === undefined) continue
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
    return target
  }
  return undefined
}

const MAX_REPAIRS = 50

/**
 * Validates an extracted context. A value the page showed in an unexpected shape is dropped, not
 * trusted, so one odd field never costs the agent the rest of what was read.
 */
export function checkContext(raw: unknown): CheckedContext | undefined {
  const draft = structuredClone(raw)
  const dropped: string[] = []
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    const result = PageContextSchema.safeParse(draft)
    if (result.success) return { context: result.data, dropped }
    const path = result.error.issues[0].path
    // Marketplace and page identity are required: without them there is no context at all.
    if (path.length === 0 || path[0] === "marketplace" || path[0] === "page") return undefined
    const removed = removeInvalid(draft, path)
    if (!removed || removed[0] === "marketplace" || removed[0] === "page") return undefined
    dropped.push(removed.join("."))
  }
  return undefined
}
