import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parsePack, serializePack } from "./format"
import { PACK_LIMITS } from "./schema"
import { packTemplate, samplePack } from "./testing"

const text = (value: unknown) => JSON.stringify(value)

function errorOf(input: string | Uint8Array): string {
  const result = parsePack(input)
  if (result.ok) throw new Error("expected the pack to be refused")
  return result.error
}

describe("parsePack", () => {
  it("reads a valid pack and fills in optional lists", () => {
    const raw = samplePack() as unknown as { templates: Record<string, unknown>[] }
    delete raw.templates[0].tags
    delete raw.templates[0].sites
    const result = parsePack(text(raw))
    expect(result.ok && result.value.templates[0]).toMatchObject({ tags: [], sites: [] })
  })

  it("round-trips what it writes, from text and from bytes", () => {
    const pack = samplePack()
    const written = serializePack(pack)
    expect(parsePack(written)).toEqual({ ok: true, value: pack })
    expect(parsePack(new TextEncoder().encode(written))).toEqual({ ok: true, value: pack })
  })

  it("names the path of the first problems", () => {
    const pack = samplePack([
      packTemplate("a"),
      packTemplate("b", { language: "english" }),
      packTemplate("c", { title: "" }),
      packTemplate("d", { intents: ["nope" as never] }),
      packTemplate("e", { language: 3 as never }),
    ])
    const error = errorOf(text(pack))
    expect(error).toContain(
      'templates[1].language: expected a two-letter language code such as "en"',
    )
    expect(error).toContain("templates[2].title: must not be empty")
    expect(error).toContain("templates[3].intents[0]: expected one of")
    expect(error).toContain("(and 1 more)")
  })

  it("says which fields are missing", () => {
    const { pack: _meta, ...rest } = samplePack()
    expect(errorOf(text(rest))).toBe("The pack has problems: pack: missing (expected an object).")
  })

  it("refuses duplicate template ids and bodies the renderer cannot parse", () => {
    const error = errorOf(
      text(
        samplePack([packTemplate("a"), packTemplate("a"), packTemplate("c", { body: "{% if %}" })]),
      ),
    )
    expect(error).toContain('templates[1].id: "a" is already used by templates[0]')
    expect(error).toContain("templates[2].body: This template could not be read")
  })

  it("tells other files apart from packs", () => {
    expect(errorOf("<!doctype html><html></html>")).toBe(
      "This is a web page (HTML), not a pack file.",
    )
    expect(errorOf("{ not json")).toMatch(/^The pack is not valid JSON/)
    expect(errorOf(text({ hello: 1 }))).toMatch(/^This file is not a Seller Reply Copilot pack/)
    expect(errorOf(text({ ...samplePack(), formatVersion: 2 }))).toContain("Update the extension")
    expect(errorOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toContain("not UTF-8")
  })

  it("enforces the size and count limits", () => {
    expect(errorOf("x".repeat(PACK_LIMITS.bytes + 1))).toContain("larger than 5 MB")
    const many = samplePack(
      Array.from({ length: PACK_LIMITS.templates + 1 }, (_, index) => packTemplate(`t${index}`)),
    )
    expect(errorOf(text(many))).toContain("templates: too many entries (at most 10000)")
  })

  it("checks the pack id and version", () => {
    expect(errorOf(text(samplePack(undefined, { id: "Team Pack" })))).toContain(
      "pack.id: expected a reverse-DNS style id",
    )
    expect(errorOf(text(samplePack(undefined, { version: 1.5 })))).toContain(
      "pack.version: expected a whole number, got 1.5",
    )
  })
})

describe("docs/pack-format.md", () => {
  it("shows an example that is a valid pack", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "pack-format.md"), "utf8")
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? ""
    const result = parsePack(example)
    expect(result.ok ? result.value.templates.length : result.error).toBe(2)
  })
})
