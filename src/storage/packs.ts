/**
 * Packs in the library: every import, update and removal is one Dexie transaction over the tables
 * it touches, so a failure leaves the library exactly as it was.
 */
import { parsePack, serializePack } from "~packs/format"
import {
  applyPlan,
  type ConflictChoice,
  localContent,
  type PackPlan,
  type PackSource,
  packKeyPrefix,
  planPack,
  planRemoval,
  relinkManaged,
} from "~packs/merge"
import {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  type Pack,
  type PackMeta,
  type PackTemplate,
} from "~packs/schema"
import type { Template } from "~templates/schema"
import type { CopilotDatabase } from "./db"

async function packTemplates(db: CopilotDatabase, packId: string): Promise<Template[]> {
  return db.templates.where("id").startsWith(packKeyPrefix(packId)).toArray()
}

/** What importing `pack` would do, without changing anything. */
export async function previewPack(
  db: CopilotDatabase,
  pack: Pack,
  source: PackSource,
): Promise<PackPlan> {
  return db.transaction("r", db.templates, db.packs, async () =>
    planPack(
      pack,
      source,
      await db.packs.get(pack.pack.id),
      await packTemplates(db, pack.pack.id),
      {
        mode: "import",
      },
    ),
  )
}

export interface InstallOptions {
  mode: "import" | "update"
  choices?: Readonly<Record<string, ConflictChoice>>
  managed: boolean
  now: string
  /** Written in the same transaction, so a subscription and its pack never disagree. */
  afterPlan?: (plan: PackPlan) => Promise<unknown>
}

/** Plans and applies `pack` in one transaction; returns the plan that was applied. */
export async function installPack(
  db: CopilotDatabase,
  pack: Pack,
  source: PackSource,
  options: InstallOptions,
): Promise<PackPlan> {
  return db.transaction("rw", [db.templates, db.packs, db.subscriptions], async () => {
    const installed = await db.packs.get(pack.pack.id)
    const current = await packTemplates(db, pack.pack.id)
    const plan = planPack(pack, source, installed, current, { mode: options.mode })
    const writes = applyPlan(plan, {
      choices: options.choices,
      managed: options.managed,
      now: options.now,
      installedAt: installed?.installedAt,
    })
    const rewritten = new Set(writes.put.map((template) => template.id))
    const relinked = relinkManaged(
      current.filter((template) => !rewritten.has(template.id)),
      options.managed,
    )
    await db.templates.bulkDelete(writes.delete)
    await db.templates.bulkPut([...writes.put, ...relinked])
    await db.packs.put(writes.pack)
    await options.afterPlan?.(plan)
    return plan
  })
}

/** Removes a pack; its templates go, or stay as personal copies. */
export async function removePack(
  db: CopilotDatabase,
  packId: string,
  keepCopies: boolean,
  now: string,
): Promise<void> {
  await db.transaction("rw", db.templates, db.packs, async () => {
    const writes = planRemoval(await packTemplates(db, packId), keepCopies, now)
    await db.templates.bulkDelete(writes.delete)
    await db.templates.bulkPut(writes.put)
    await db.packs.delete(packId)
  })
}

/** Ids in a pack file allow fewer characters than library ids. */
function packSafeId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._:-]/g, "-").replace(/^[^A-Za-z0-9]+/, "")
  return (safe || "template").slice(0, 100)
}

function toPackTemplate(template: Template): PackTemplate {
  const link = template.pack
  const { groupId, ...content } = localContent(template, link?.packId ?? "")
  const id = link?.templateId ?? packSafeId(template.id)
  const group = groupId && (link ? groupId : packSafeId(groupId))
  return { id, ...(group && group !== id ? { groupId: group } : {}), ...content }
}

export type ExportMeta = Omit<PackMeta, "languages">

/** The library, or the templates in `templateIds`, as a pack file (checked by reading it back). */
export async function exportPack(
  db: CopilotDatabase,
  meta: ExportMeta,
  templateIds?: readonly string[],
): Promise<string> {
  const templates = templateIds
    ? (await db.templates.bulkGet([...templateIds])).filter((template) => template !== undefined)
    : await db.templates.toArray()
  if (templates.length === 0) throw new Error("Choose at least one template to export.")
  const seen = new Set<string>()
  const packTemplates = templates.map(toPackTemplate).map((template) => {
    // Two library ids can map to one pack id: number the later ones.
    let id = template.id
    for (let n = 2; seen.has(id); n++) id = `${template.id.slice(0, 95)}-${n}`
    seen.add(id)
    return { ...template, id }
  })
  const text = serializePack({
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    pack: { ...meta, languages: [...new Set(templates.map((template) => template.language))] },
    templates: packTemplates,
  })
  const check = parsePack(text)
  if (!check.ok) throw new Error(`This selection cannot be exported. ${check.error}`)
  return text
}

/** Reads a pack file and installs it (a file import). Throws an Error an agent can read. */
export async function importPackFile(
  db: CopilotDatabase,
  input: string | Uint8Array,
  options: Omit<InstallOptions, "mode" | "managed">,
): Promise<PackPlan> {
  const parsed = parsePack(input)
  if (!parsed.ok) throw new Error(parsed.error)
  return installPack(
    db,
    parsed.value,
    { kind: "file" },
    { ...options, mode: "import", managed: false },
  )
}
