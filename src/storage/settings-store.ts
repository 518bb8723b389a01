import { Storage } from "@plasmohq/storage"
import { type Settings, SettingsSchema } from "./settings"

/** Settings live in extension storage; only the background and extension pages open it. */
const SETTINGS_KEY = "settings"

export const settingsStorage = new Storage({ area: "local" })

/** Stored settings, with defaults for anything missing or unreadable. */
export async function readSettings(storage = settingsStorage): Promise<Settings> {
  const stored = await storage.get<unknown>(SETTINGS_KEY)
  const parsed = SettingsSchema.safeParse(stored ?? {})
  return parsed.success ? parsed.data : SettingsSchema.parse({})
}

export async function updateSettings(
  patch: Partial<Settings>,
  storage = settingsStorage,
): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readSettings(storage)), ...patch })
  await storage.set(SETTINGS_KEY, next)
  return next
}
