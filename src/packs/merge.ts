/**
 * Planning what a pack does to the library (pure): which templates it adds, changes, leaves alone,
 * and where it meets an agent's local edit. Rules (docs/pack-format.md):
 * - a local edit is never overwritten by a subscription update: it is kept and flagged
 *   `upstreamChanged`; on a file import the agent chooses keep-mine or take-theirs per conflict;
 * - a template the pack no longer has is removed, unless the agent edited it: then it stays as a
 *   personal copy (origin "user", same id, so its pin and usage stay);
 * - a personal copy whose id the pack offers again counts as a local edit of it;
 * - one pack id belongs to one source: a file, or one URL.
 */

import * as z from "zod/mini"
import type { Template, UpstreamContent } from "~templates/schema"
import { type Pack, type PackMeta, PackMetaSchema, type PackTemplate } from "./schema"

export const PackSourceSchema = z.union([
  z.object({ kind: z.literal("file") }),
  z.object({ kind: z.literal("url"), url: z.string() }),
])
export type PackSource = z.infer<typeof PackSourceSchema>

/** A pack installed in the library (the `packs` table). */
export const InstalledPackSchema = z.extend(PackMetaSchema, {
  source: PackSourceSchema,
  managed: z.boolean(),
  installedAt: z.string(),
  updatedAt: z.string(),
})
export type InstalledPack = z.infer<typeof InstalledPackSchema>

export type ConflictChoice = "keep-mine" | "take-theirs"

export interface PackConflict {
  theirs: PackTemplate
  mine: Template
}

export interface PackPlan {
  meta: PackMeta
  source: PackSource
  previousVersion?: number
  added: PackTemplate[]
  /** The pack changed them and the agent did not (or a personal copy joins it again). */
  changed: PackConflict[]
  unchanged: PackTemplate[]
  conflicts: PackConflict[]
  /** Gone from the pack: deleted, or kept as personal copies when edited locally. */
  removed: { mine: Template; keptAsCopy: boolean }[]
}

export class PackRefused extends Error {}

export function packTemplateKey(packId: string, templateId: string): string {
  return `pack:${packId}:${templateId}`
}

/** Every template of a pack (and personal copies of them) has an id that starts with this. */
export function packKeyPrefix(packId: string): string {
  return `pack:${packId}:`
}

function sourceUrl(url: string): string {
  // The integrity pin (#sha256=…) is part of what is trusted, not of where the pack lives.
  return url.split("#")[0]
}

export function describeSource(source: PackSource): string {
  return source.kind === "file" ? "a file import" : sourceUrl(source.url)
}

export function sameSource(a: PackSource, b: PackSource): boolean {
  if (a.kind === "file" || b.kind === "file") return a.kind === b.kind
  return sourceUrl(a.url) === sourceUrl(b.url)
}

/** A pack template's content; a group id equal to the template's own id means no group. */
export function upstreamOf(template: PackTemplate): UpstreamContent {
  const { id, groupId, ...content } = template
  return groupId === undefined || groupId === id ? content : { ...content, groupId }
}

function contentKey(content: UpstreamContent): string {
  return JSON.stringify([
    content.groupId ?? null,
    content.title,
    content.body,
    content.language,
    content.intents,
    content.orderStates,
    content.sites,
    content.tags,
    content.folder ?? null,
  ])
}

function sameContent(a: UpstreamContent, b: UpstreamContent): boolean {
  return contentKey(a) === contentKey(b)
}

/** What the agent sees of a library template, in the pack's terms (ids unprefixed). */
export function localContent(template: Template, packId: string): UpstreamContent {
  const prefix = packKeyPrefix(packId)
  const strip = (value: string) => (value.startsWith(prefix) ? value.slice(prefix.length) : value)
  const groupId = strip(template.groupId)
  return {
    groupId: groupId === strip(template.id) ? undefined : groupId,
    title: template.title,
    body: template.body,
    language: template.language,
    intents: template.intents,
    orderStates: template.orderStates,
    sites: template.sites,
    tags: template.tags,
    folder: template.folder,
  }
}

/** A local edit: the agent changed a pack template, or it is a personal copy. */
export function hasLocalEdit(template: Template): boolean {
  return template.origin !== "pack" || template.edited
}

export interface PlanOptions {
  /** "update": a subscription refresh, where the version must increase. */
  mode: "import" | "update"
}

/**
 * Plans installing `pack` over what the library has of it: `installed` (its pack record, if any)
 * and `current` (the templates whose id starts with its prefix). Throws PackRefused when the pack
 * cannot be applied at all.
 */
export function planPack(
  pack: Pack,
  source: PackSource,
  installed: InstalledPack | undefined,
  current: readonly Template[],
  { mode }: PlanOptions,
): PackPlan {
  const meta = pack.pack
  if (installed && !sameSource(installed.source, source)) {
    throw new PackRefused(
      `The pack id "${meta.id}" is already used by a pack installed from ${describeSource(installed.source)}; this one comes from ${describeSource(source)}. Remove that pack first, or give this one another id.`,
    )
  }
  if (installed && meta.version < installed.version) {
    throw new PackRefused(
      `This copy of "${meta.name}" is older (version ${meta.version}) than the one installed (version ${installed.version}): nothing was changed.`,
    )
  }
  const plan: PackPlan = {
    meta,
    source,
    previousVersion: installed?.version,
    added: [],
    changed: [],
    unchanged: [],
    conflicts: [],
    removed: [],
  }
  if (mode === "update" && installed && meta.version === installed.version) {
    // Same version: already applied. A changed body needs a new version number to be picked up.
    plan.unchanged = pack.templates
    return plan
  }
  const byId = new Map(current.map((template) => [template.id, template]))
  const offered = new Set<string>()
  for (const theirs of pack.templates) {
    const key = packTemplateKey(meta.id, theirs.id)
    offered.add(key)
    const mine = byId.get(key)
    const upstream = upstreamOf(theirs)
    if (!mine) {
      plan.added.push(theirs)
    } else if (sameContent(localContent(mine, meta.id), upstream)) {
      if (mine.origin === "pack" && !mine.edited) plan.unchanged.push(theirs)
      else plan.changed.push({ theirs, mine })
    } else if (!hasLocalEdit(mine)) {
      plan.changed.push({ theirs, mine })
    } else if (mine.pack?.upstream && sameContent(mine.pack.upstream, upstream)) {
      // The pack did not change it: the agent's edit simply stays.
      plan.unchanged.push(theirs)
    } else {
      plan.conflicts.push({ theirs, mine })
    }
  }
  for (const mine of current) {
    if (offered.has(mine.id) || mine.origin !== "pack") continue
    plan.removed.push({ mine, keptAsCopy: mine.edited })
  }
  return plan
}

export interface PlanWrites {
  put: Template[]
  delete: string[]
  pack: InstalledPack
}

export interface ApplyOptions {
  /** Per conflict, keyed by the pack's template id; the default is keep-mine. */
  choices?: Readonly<Record<string, ConflictChoice>>
  managed: boolean
  now: string
  installedAt?: string
}

function fromPack(
  packId: string,
  theirs: PackTemplate,
  managed: boolean,
  now: string,
  mine?: Template,
): Template {
  const id = packTemplateKey(packId, theirs.id)
  return {
    id,
    groupId: packTemplateKey(packId, theirs.groupId ?? theirs.id),
    title: theirs.title,
    body: theirs.body,
    language: theirs.language,
    intents: theirs.intents,
    orderStates: theirs.orderStates,
    sites: theirs.sites,
    tags: theirs.tags,
    folder: theirs.folder,
    pinned: mine?.pinned ?? false,
    origin: "pack",
    edited: false,
    pack: { packId, templateId: theirs.id, upstreamChanged: false, managed },
    createdAt: mine?.createdAt ?? now,
    updatedAt: now,
  }
}

/** Turns a pack template into a personal template: the pack no longer touches it. */
export function toPersonalCopy(template: Template, now: string): Template {
  const { pack: _link, ...rest } = template
  return { ...rest, origin: "user", edited: true, updatedAt: now }
}

/** The writes that carry out a plan, with the agent's conflict choices. */
export function applyPlan(plan: PackPlan, options: ApplyOptions): PlanWrites {
  const { managed, now } = options
  const packId = plan.meta.id
  const put: Template[] = []
  for (const theirs of plan.added) put.push(fromPack(packId, theirs, managed, now))
  for (const { theirs, mine } of plan.changed)
    put.push(fromPack(packId, theirs, managed, now, mine))
  for (const { theirs, mine } of plan.conflicts) {
    const choice = options.choices?.[theirs.id] ?? "keep-mine"
    if (choice === "take-theirs") {
      put.push(fromPack(packId, theirs, managed, now, mine))
    } else {
      const link = fromPack(packId, theirs, managed, now, mine).pack!
      put.push({
        ...mine,
        origin: "pack",
        edited: true,
        pack: { ...link, upstream: upstreamOf(theirs), upstreamChanged: true },
        updatedAt: now,
      })
    }
  }
  const remove: string[] = []
  for (const { mine, keptAsCopy } of plan.removed) {
    if (keptAsCopy) put.push(toPersonalCopy(mine, now))
    else remove.push(mine.id)
  }
  return {
    put,
    delete: remove,
    pack: {
      ...plan.meta,
      source: plan.source,
      managed,
      installedAt: options.installedAt ?? now,
      updatedAt: now,
    },
  }
}

/** Writes for templates already in the library whose pack link must follow a managed change. */
export function relinkManaged(templates: readonly Template[], managed: boolean): Template[] {
  return templates
    .filter((template) => template.pack && template.pack.managed !== managed)
    .map((template) => ({ ...template, pack: { ...template.pack!, managed } }))
}

export interface PlanSummary {
  packId: string
  name: string
  version: number
  previousVersion?: number
  added: number
  changed: number
  unchanged: number
  removed: number
  keptAsCopies: number
  conflicts: { templateId: string; title: string; mineTitle: string; language: string }[]
}

export function summarizePlan(plan: PackPlan): PlanSummary {
  return {
    packId: plan.meta.id,
    name: plan.meta.name,
    version: plan.meta.version,
    previousVersion: plan.previousVersion,
    added: plan.added.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged.length,
    removed: plan.removed.length,
    keptAsCopies: plan.removed.filter((entry) => entry.keptAsCopy).length,
    conflicts: plan.conflicts.map(({ theirs, mine }) => ({
      templateId: theirs.id,
      title: theirs.title,
      mineTitle: mine.title,
      language: theirs.language,
    })),
  }
}

/** Everything the library has of one pack, removed or kept as personal copies. */
export function planRemoval(
  current: readonly Template[],
  keepCopies: boolean,
  now: string,
): { put: Template[]; delete: string[] } {
  const linked = current.filter((template) => template.origin === "pack")
  return keepCopies
    ? { put: linked.map((template) => toPersonalCopy(template, now)), delete: [] }
    : { put: [], delete: linked.map((template) => template.id) }
}
