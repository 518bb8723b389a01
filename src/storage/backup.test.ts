import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { packTemplate, samplePack } from "~packs/testing"
import { librarySnapshot } from "../../tests/unit/library-snapshot"
import { createBackup, keepSecrets, restoreBackup, withoutSecrets } from "./backup"
import { CopilotDatabase } from "./db"
import { installPack } from "./packs"
import { SettingsSchema } from "./settings"

const NOW = "2026-01-01T00:00:00.000Z"
let db: CopilotDatabase
beforeEach(() => {
  db = new CopilotDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(() => db.delete())

const settings = SettingsSchema.parse({ sellerName: "Dana", signature: "Dana, Northwind" })

describe("secrets", () => {
  it("never writes a key named apiKey, at any depth", () => {
    const value = {
      apiKey: "a",
      aiSettings: { apiKey: "sk-1", model: "m" },
      list: [{ APIKEY: "x" }],
    }
    expect(withoutSecrets(value)).toEqual({ aiSettings: { model: "m" }, list: [{}] })
  })

  it("keeps this browser's secrets when restoring", () => {
    const restored = { aiSettings: { model: "other" }, sellerName: "B" }
    const current = { aiSettings: { apiKey: "sk-mine", model: "m" }, sellerName: "A" }
    expect(keepSecrets(restored, current)).toEqual({
      aiSettings: { apiKey: "sk-mine", model: "other" },
      sellerName: "B",
    })
  })
})

describe("backup and restore", () => {
  it("restores the library, pins and settings exactly", async () => {
    await installPack(
      db,
      samplePack([packTemplate("a"), packTemplate("b")]),
      { kind: "file" },
      {
        mode: "import",
        managed: false,
        now: NOW,
      },
    )
    await db.templates.toCollection().modify({ pinned: true })
    await db.starterTombstones.put({ id: "starter:x:en", deletedAt: NOW })
    const before = await librarySnapshot(db)
    const text = await createBackup(db, { ...settings, apiKey: "sk-secret" } as never, NOW)
    expect(text).not.toContain("sk-secret")

    await db.templates.clear()
    await db.packs.clear()
    const result = await restoreBackup(db, text, SettingsSchema.parse({}))
    expect(result.settings.sellerName).toBe("Dana")
    expect(result.templates).toBe(2)
    expect(await librarySnapshot(db)).toBe(before)
  })

  it("changes nothing for a damaged backup", async () => {
    const text = await createBackup(db, settings, NOW)
    await installPack(
      db,
      samplePack(),
      { kind: "file" },
      { mode: "import", managed: false, now: NOW },
    )
    const before = await librarySnapshot(db)
    const broken = JSON.parse(text)
    broken.templates = [{ id: 1 }]
    await expect(restoreBackup(db, JSON.stringify(broken), settings)).rejects.toThrow(
      "The backup is damaged; nothing was restored: templates[0].id",
    )
    await expect(restoreBackup(db, "{", settings)).rejects.toThrow("not valid JSON")
    const duplicated = JSON.parse(await createBackup(db, settings, NOW))
    duplicated.templates.push(duplicated.templates[0])
    await expect(restoreBackup(db, JSON.stringify(duplicated), settings)).rejects.toThrow(
      "nothing changed",
    )
    expect(await librarySnapshot(db)).toBe(before)
  })
})
