import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { parsePack } from "~packs/format"
import { PackRefused, packTemplateKey } from "~packs/merge"
import { packTemplate, samplePack } from "~packs/testing"
import { librarySnapshot } from "../../tests/unit/library-snapshot"
import { CopilotDatabase } from "./db"
import { exportPack, installPack, previewPack, removePack } from "./packs"

const NOW = "2026-01-01T00:00:00.000Z"
let db: CopilotDatabase
beforeEach(() => {
  db = new CopilotDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(() => db.delete())

const importFile = (pack = samplePack(), choices = {}) =>
  installPack(db, pack, { kind: "file" }, { mode: "import", managed: false, now: NOW, choices })

describe("installPack", () => {
  it("installs a pack and previews the next one without writing", async () => {
    await importFile()
    expect(await db.templates.count()).toBe(2)
    expect(await db.packs.get("com.example.team")).toMatchObject({
      version: 1,
      source: { kind: "file" },
    })
    const before = await librarySnapshot(db)
    const plan = await previewPack(db, samplePack([packTemplate("c")], { version: 2 }), {
      kind: "file",
    })
    expect(plan.added.map((template) => template.id)).toEqual(["c"])
    expect(await librarySnapshot(db)).toBe(before)
  })

  it("changes nothing when a write fails half-way", async () => {
    await importFile()
    await db.templates.update(packTemplateKey("com.example.team", "a"), {
      edited: true,
      body: "Mine",
    })
    const before = await librarySnapshot(db)
    const failing = vi.spyOn(db.packs, "put").mockRejectedValueOnce(new Error("disk full"))
    const v2 = samplePack([packTemplate("a", { body: "Theirs" }), packTemplate("z")], {
      version: 2,
    })
    await expect(importFile(v2, { a: "take-theirs" })).rejects.toThrow("disk full")
    failing.mockRestore()
    expect(await librarySnapshot(db)).toBe(before)
  })

  it("refuses a pack id taken by another source, changing nothing", async () => {
    await installPack(
      db,
      samplePack(),
      { kind: "url", url: "https://a.example.com/p.json" },
      {
        mode: "update",
        managed: false,
        now: NOW,
      },
    )
    const before = await librarySnapshot(db)
    await expect(importFile(samplePack(undefined, { version: 2 }))).rejects.toThrow(PackRefused)
    expect(await librarySnapshot(db)).toBe(before)
  })

  it("stores script-like text verbatim: templates are text, never markup", async () => {
    const body = '<script>alert(1)</script> <img src=x onerror="alert(1)"> Hi {{ buyer.name }}'
    await importFile(samplePack([packTemplate("a", { body, title: "<b>bold</b>" })]))
    expect(await db.templates.get(packTemplateKey("com.example.team", "a"))).toMatchObject({
      body,
      title: "<b>bold</b>",
    })
  })

  it("removes a pack, or keeps its templates as personal copies", async () => {
    await importFile()
    await removePack(db, "com.example.team", true, NOW)
    expect((await db.templates.toArray()).map((template) => template.origin)).toEqual([
      "user",
      "user",
    ])
    expect(await db.packs.count()).toBe(0)
  })
})

describe("exportPack", () => {
  it("exports a selection as a valid pack that imports elsewhere", async () => {
    await importFile()
    await db.templates.put({
      id: "user 1",
      groupId: "user 1",
      title: "My own",
      body: "Hello {{ buyer.name }}",
      language: "es",
      intents: [],
      orderStates: [],
      sites: ["ebay"],
      tags: [],
      pinned: true,
      origin: "user",
      edited: true,
      createdAt: NOW,
      updatedAt: NOW,
    })
    const meta = {
      id: "com.example.mine",
      name: "Mine",
      version: 3,
      publisher: "Me",
      description: "",
    }
    const text = await exportPack(db, meta, ["user 1", packTemplateKey("com.example.team", "a")])
    const parsed = parsePack(text)
    expect(parsed.ok && parsed.value.pack).toMatchObject({
      id: "com.example.mine",
      languages: ["es", "en"],
    })
    expect(parsed.ok && parsed.value.templates.map((template) => template.id)).toEqual([
      "user-1",
      "a",
    ])
    await expect(exportPack(db, meta, [])).rejects.toThrow("at least one template")
  })
})
