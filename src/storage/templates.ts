import type { TemplateUsage } from "~suggest/rank"
import type { StarterTemplate, Template } from "~templates/schema"
import type { CopilotDatabase, UsageEvent } from "./db"

export function starterTemplateId(key: string, language: string): string {
  return `starter:${key}:${language}`
}

export function expandStarter(entry: StarterTemplate, now: string): Template[] {
  return Object.entries(entry.translations).map(([language, { title, body }]) => ({
    id: starterTemplateId(entry.key, language),
    groupId: `starter:${entry.key}`,
    title,
    body,
    language,
    intents: entry.intents,
    orderStates: entry.orderStates,
    sites: entry.sites,
    tags: entry.tags,
    folder: entry.folder,
    pinned: false,
    origin: "starter",
    starterRevision: entry.revision,
    edited: false,
    createdAt: now,
    updatedAt: now,
  }))
}

export interface StarterInstallReport {
  added: number
  updated: number
  keptEdited: number
}

/**
 * Adds starter templates the library does not have yet and refreshes unedited ones to a newer
 * revision. Templates the user edited, and starters the user deleted, are left alone.
 */
export async function installStarterLibrary(
  db: CopilotDatabase,
  library: StarterTemplate[],
  now: string,
): Promise<StarterInstallReport> {
  const report: StarterInstallReport = { added: 0, updated: 0, keptEdited: 0 }
  await db.transaction("rw", db.templates, db.starterTombstones, async () => {
    const shipped = library.flatMap((entry) => expandStarter(entry, now))
    const ids = shipped.map((template) => template.id)
    const [existing, tombstones] = await Promise.all([
      db.templates.bulkGet(ids),
      db.starterTombstones.bulkGet(ids),
    ])
    const writes: Template[] = []
    shipped.forEach((template, index) => {
      const current = existing[index]
      if (tombstones[index]) return
      if (!current) {
        writes.push(template)
        report.added++
      } else if (current.edited) {
        report.keptEdited++
      } else if ((current.starterRevision ?? 0) < (template.starterRevision ?? 0)) {
        writes.push({ ...template, pinned: current.pinned, createdAt: current.createdAt })
        report.updated++
      }
    })
    await db.templates.bulkPut(writes)
  })
  return report
}

export async function listTemplates(db: CopilotDatabase): Promise<Template[]> {
  return db.templates.toArray()
}

export async function setPinned(db: CopilotDatabase, id: string, pinned: boolean, now: string) {
  const changed = await db.templates.update(id, { pinned, updatedAt: now })
  if (changed === 0) throw new Error("That template no longer exists.")
}

/** Records what the agent did with a suggestion; `passedOver` are the ones shown above it. */
export async function recordUsage(
  db: CopilotDatabase,
  event: UsageEvent,
  passedOver: readonly string[] = [],
) {
  await db.transaction("rw", db.templates, db.usage, async () => {
    if (!(await db.templates.get(event.templateId)))
      throw new Error("That template no longer exists.")
    await db.usage.add(event)
    await db.usage.bulkAdd(
      passedOver
        .filter((templateId) => templateId !== event.templateId)
        .map((templateId) => ({ templateId, kind: "ignored" as const, at: event.at })),
    )
  })
}

export interface UsageSummary extends TemplateUsage {
  lastUsedAt?: string
}

export async function usageByTemplate(db: CopilotDatabase): Promise<Map<string, UsageSummary>> {
  const summary = new Map<string, UsageSummary>()
  await db.usage.each((event) => {
    const entry = summary.get(event.templateId) ?? { inserted: 0, edited: 0, ignored: 0 }
    entry[event.kind]++
    if (event.kind === "inserted" && (!entry.lastUsedAt || event.at > entry.lastUsedAt)) {
      entry.lastUsedAt = event.at
    }
    summary.set(event.templateId, entry)
  })
  return summary
}
