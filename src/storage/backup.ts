/**
 * Backup and restore of the whole library (templates with their pins, packs, subscriptions,
 * deleted starters) and the settings, as one JSON file. Secrets (any key named apiKey) never
 * leave the browser, and a restore keeps the ones this browser has.
 */
import * as z from "zod/mini"
import type { ParseResult } from "~packs/decode"
import { describeProblems } from "~packs/format"
import { InstalledPackSchema } from "~packs/merge"
import { SubscriptionSchema } from "~packs/subscription"
import { TemplateSchema } from "~templates/schema"
import type { CopilotDatabase } from "./db"
import { type Settings, SettingsSchema } from "./settings"

export const BACKUP_FORMAT = "seller-reply-copilot.backup"
export const BACKUP_FORMAT_VERSION = 1

const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  templates: z.array(TemplateSchema).check(z.maxLength(50_000)),
  packs: z.array(InstalledPackSchema),
  subscriptions: z.array(SubscriptionSchema),
  starterTombstones: z.array(z.object({ id: z.string(), deletedAt: z.string() })),
  settings: SettingsSchema,
})
export type Backup = z.infer<typeof BackupSchema>

const SECRET_KEY = /^apiKey$/i

type Json = unknown

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** A deep copy without any property named apiKey. */
export function withoutSecrets(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutSecrets)
  if (!isPlainObject(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_KEY.test(key))
      .map(([key, inner]) => [key, withoutSecrets(inner)]),
  )
}

/** `restored`, with the secrets `current` holds put back at the same places. */
export function keepSecrets(restored: Json, current: Json): Json {
  if (!isPlainObject(current)) return restored
  const result: Record<string, Json> = isPlainObject(restored) ? { ...restored } : {}
  for (const [key, inner] of Object.entries(current)) {
    if (SECRET_KEY.test(key)) result[key] = inner
    else if (isPlainObject(inner)) {
      const merged = keepSecrets(result[key], inner)
      if (isPlainObject(merged) && Object.keys(merged).length > 0) result[key] = merged
    }
  }
  return result
}

export async function createBackup(
  db: CopilotDatabase,
  settings: Settings,
  now: string,
): Promise<string> {
  const backup = await db.transaction(
    "r",
    [db.templates, db.packs, db.subscriptions, db.starterTombstones],
    async () => ({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now,
      templates: await db.templates.toArray(),
      packs: await db.packs.toArray(),
      subscriptions: await db.subscriptions.toArray(),
      starterTombstones: await db.starterTombstones.toArray(),
      settings: withoutSecrets(settings),
    }),
  )
  return `${JSON.stringify(backup, null, 2)}\n`
}

export function parseBackup(text: string): ParseResult<Backup> {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""))
  } catch {
    return { ok: false, error: "This file is not a backup: it is not valid JSON." }
  }
  if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) {
    return { ok: false, error: "This file is not a Seller Reply Copilot backup." }
  }
  const parsed = BackupSchema.safeParse(json)
  if (!parsed.success) {
    return {
      ok: false,
      error: describeProblems(
        "The backup is damaged; nothing was restored:",
        parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
      ),
    }
  }
  return { ok: true, value: parsed.data }
}

/**
 * Replaces the library with the backup's in one transaction and returns the settings to save
 * (the backup's, with this browser's secrets kept). Nothing changes when the file is invalid.
 */
export async function restoreBackup(
  db: CopilotDatabase,
  text: string,
  currentSettings: Settings,
): Promise<{ settings: Settings; templates: number }> {
  const parsed = parseBackup(text)
  if (!parsed.ok) throw new Error(parsed.error)
  const backup = parsed.value
  const settings = SettingsSchema.parse(keepSecrets(backup.settings, currentSettings))
  const replace = db.transaction(
    "rw",
    [db.templates, db.packs, db.subscriptions, db.starterTombstones],
    async () => {
      await Promise.all([
        db.templates.clear(),
        db.packs.clear(),
        db.subscriptions.clear(),
        db.starterTombstones.clear(),
      ])
      await db.templates.bulkAdd(backup.templates)
      await db.packs.bulkAdd(backup.packs)
      await db.subscriptions.bulkAdd(backup.subscriptions)
      await db.starterTombstones.bulkAdd(backup.starterTombstones)
    },
  )
  await replace.catch((error: unknown) => {
    console.error("[copilot] restore failed", error)
    throw new Error("The backup could not be restored (two entries share an id?); nothing changed.")
  })
  return { settings, templates: backup.templates.length }
}
