/**
 * Fuzz test of pack import: thousands of malformed pack files go through the real import path
 * (parse, plan, Dexie transaction). Each must be refused with a clear message, never crash, and
 * leave the library exactly as it was.
 */
import fc from "fast-check"
import { afterAll, beforeAll, expect, it } from "vitest"
import { serializePack } from "~packs/format"
import { PACK_LIMITS } from "~packs/schema"
import { packTemplate, samplePack } from "~packs/testing"
import { CopilotDatabase } from "~storage/db"
import { importPackFile, installPack } from "~storage/packs"
import { librarySnapshot } from "./library-snapshot"

const RUNS = 10_000
const NOW = "2026-01-01T00:00:00.000Z"
const DEEP = "__DEEP_NESTING__"

type Json = Record<string, unknown>

const SCRIPTS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "javascript:alert(document.cookie)",
  "{{ '<script>' }}",
  "\u202Eevil\u0000",
]

const base = () =>
  JSON.parse(
    serializePack(
      samplePack(
        [
          packTemplate("a"),
          packTemplate("b", { language: "es", groupId: "a" }),
          packTemplate("c", { folder: "Returns", sites: ["amazon"] }),
        ],
        { version: 7 },
      ),
    ),
  ) as Json

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value)
// Defects are applied in turn; one that an earlier defect already broke the place of writes
// into a scratch object instead (the file is invalid already).
const metaOf = (pack: Json): Json => (isObject(pack.pack) ? pack.pack : {})
const templateOf = (pack: Json, index: number): Json => {
  const templates = pack.templates
  return Array.isArray(templates) && isObject(templates[index]) ? templates[index] : {}
}
const REQUIRED_META = ["id", "name", "version", "publisher", "languages"]
const REQUIRED_TEMPLATE = ["id", "title", "body", "language"]
// Never a value that happens to fit (an empty list, a whole number that could be a version).
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.double().filter((value) => !Number.isInteger(value)),
  fc.boolean(),
  fc.constant({}),
  fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
)

/** One defect each: every one of them makes the file unacceptable. */
const defect: fc.Arbitrary<(pack: Json) => void> = fc.oneof(
  fc.tuple(fc.constantFrom(...REQUIRED_META), wrongValue).map(([key, value]) => (pack: Json) => {
    metaOf(pack)[key] = value
  }),
  fc
    .tuple(fc.nat(2), fc.constantFrom(...REQUIRED_TEMPLATE, "intents", "tags", "sites"), wrongValue)
    .map(([index, key, value]) => (pack: Json) => {
      templateOf(pack, index)[key] = value
    }),
  fc.constantFrom(...REQUIRED_META).map((key) => (pack: Json) => {
    delete metaOf(pack)[key]
  }),
  fc.tuple(fc.nat(2), fc.constantFrom(...REQUIRED_TEMPLATE)).map(([index, key]) => (pack: Json) => {
    delete templateOf(pack, index)[key]
  }),
  fc.constantFrom("format", "formatVersion", "pack", "templates").map((key) => (pack: Json) => {
    delete pack[key]
  }),
  fc
    .tuple(fc.nat(2), fc.constantFrom("title", "body"), fc.integer({ min: 1, max: 40_000 }))
    .map(([index, key, extra]) => (pack: Json) => {
      templateOf(pack, index)[key] = "x".repeat(key === "title" ? 200 + extra : 20_000 + extra)
    }),
  fc.integer({ min: 101, max: 5_000 }).map((length) => (pack: Json) => {
    metaOf(pack).name = "n".repeat(length)
  }),
  fc.nat(2).map((index) => (pack: Json) => {
    templateOf(pack, index).id = templateOf(pack, (index + 1) % 3).id
  }),
  fc
    .tuple(
      fc.nat(2),
      fc.constantFrom("{% if %}", "{{ ", "{% for x in %}", "{% endif %}", "{{ a | }}"),
    )
    .map(([index, broken]) => (pack: Json) => {
      templateOf(pack, index).body = `Hello ${broken} there`
    }),
  fc
    .tuple(fc.nat(2), fc.constantFrom("english", "EN", "e", "", "en-US", "ñe"))
    .map(([index, language]) => (pack: Json) => {
      templateOf(pack, index).language = language
    }),
  fc
    .constantFrom("Team Pack", "team", "-a.b", "a..b", "", "<b>x</b>.com")
    .map((id) => (pack: Json) => {
      metaOf(pack).id = id
    }),
  fc.constantFrom(0, -1, 1.5, "2", 2 ** 40).map((version) => (pack: Json) => {
    metaOf(pack).version = version
  }),
  fc.constantFrom("seller-reply-copilot.Pack", "", 1, null).map((format) => (pack: Json) => {
    pack.format = format
  }),
  fc.constantFrom(0, 2, "1", null).map((formatVersion) => (pack: Json) => {
    pack.formatVersion = formatVersion
  }),
  fc.nat(2).map((index) => (pack: Json) => {
    templateOf(pack, index).intents = ["order_status", "not_an_intent"]
  }),
  fc.constantFrom("pack", "templates", "title").map((key) => (pack: Json) => {
    if (key === "title") templateOf(pack, 0).title = DEEP
    else pack[key] = DEEP
  }),
  // Valid files the library must still refuse: older than installed, or another source's id.
  fc.integer({ min: 1, max: 4 }).map((version) => (pack: Json) => {
    metaOf(pack).version = version
  }),
  fc.constant((pack: Json) => {
    metaOf(pack).id = "com.example.subscribed"
  }),
)

/** How the defective pack reaches the importer: text, bytes, or damaged bytes. */
const encoding = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: "text" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "bytes" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("truncated" as const),
      keep: fc.double({ min: 0, max: 0.99, noNaN: true }),
    }),
  },
)

const invalidUtf8 = fc.constantFrom([0xff], [0xc0, 0x80], [0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80])

interface Case {
  text?: string
  bytes?: Uint8Array
}

const malformed: fc.Arbitrary<Case> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .record({
        defects: fc.array(defect, { minLength: 1, maxLength: 3 }),
        script: fc.option(fc.tuple(fc.nat(2), fc.constantFrom(...SCRIPTS))),
        depth: fc.integer({ min: 1_000, max: 50_000 }),
        how: encoding,
      })
      .map(({ defects, script, depth, how }): Case => {
        const pack = base()
        if (script)
          templateOf(pack, script[0]).body = `${script[1]} ${templateOf(pack, script[0]).body}`
        for (const apply of defects) apply(pack)
        const text = JSON.stringify(pack).replace(
          `"${DEEP}"`,
          `${"[".repeat(depth)}${"]".repeat(depth)}`,
        )
        if (how.kind === "text") return { text }
        if (how.kind === "bytes") return { bytes: new TextEncoder().encode(text) }
        return { text: text.slice(0, Math.floor(text.length * how.keep)) }
      }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(invalidUtf8, fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([bad, at]): Case => {
        const bytes = new TextEncoder().encode(serializePack(samplePack()))
        const cut = Math.floor(bytes.length * at)
        return {
          bytes: new Uint8Array([...bytes.subarray(0, cut), ...bad, ...bytes.subarray(cut)]),
        }
      }),
  },
  {
    weight: 3,
    arbitrary: fc
      .jsonValue({ maxDepth: 4 })
      .map((value) => ({ text: JSON.stringify(value) ?? "" })),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ text })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        "<!doctype html><title>Sign in</title>",
        "",
        "\uFEFF",
        "null",
        `{"format":"seller-reply-copilot.pack","formatVersion":1,"pack":${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}}`,
      )
      .map((text) => ({ text })),
  },
  // Rare and costly: over the size or template-count limits.
  {
    weight: 1,
    arbitrary: fc.constantFrom("size", "count").map((limit): Case => {
      if (limit === "size")
        return { text: `${serializePack(samplePack())}${" ".repeat(PACK_LIMITS.bytes)}` }
      const many = Array.from({ length: PACK_LIMITS.templates + 1 }, (_, index) =>
        packTemplate(`t${index}`),
      )
      return { text: serializePack(samplePack(many)) }
    }),
  },
)

let db: CopilotDatabase
let before: string

beforeAll(async () => {
  db = new CopilotDatabase(`fuzz-${crypto.randomUUID()}`)
  await installPack(
    db,
    samplePack(undefined, { version: 5 }),
    { kind: "file" },
    {
      mode: "import",
      managed: false,
      now: NOW,
    },
  )
  await installPack(
    db,
    samplePack([packTemplate("s")], { id: "com.example.subscribed" }),
    { kind: "url", url: "https://packs.example.com/s.json" },
    { mode: "update", managed: false, now: NOW },
  )
  before = await librarySnapshot(db)
})
afterAll(() => db.delete())

it(`refuses ${RUNS.toLocaleString("en")} malformed packs clearly, changing nothing`, async () => {
  const messages = new Map<string, number>()
  let runs = 0
  await fc.assert(
    fc.asyncProperty(malformed, async (input) => {
      runs++
      const error = await importPackFile(db, input.bytes ?? input.text ?? "", { now: NOW }).then(
        () => undefined,
        (refusal: unknown) => refusal,
      )
      expect(error).toBeInstanceOf(Error)
      const message = (error as Error).message
      // A sentence an agent can read: not empty, not a stack trace, not a raw object.
      expect(message.length).toBeGreaterThan(20)
      expect(message.length).toBeLessThan(1_500)
      expect(message).not.toMatch(/\bat .*:\d+:\d+|\[object Object\]|undefined is not/)
      const kind = message.split(/[:(]/)[0].trim().slice(0, 70)
      messages.set(kind, (messages.get(kind) ?? 0) + 1)
      if (runs % 1_000 === 0) expect(await librarySnapshot(db)).toBe(before)
    }),
    { numRuns: RUNS },
  )
  expect(await librarySnapshot(db)).toBe(before)
  console.log(
    `pack fuzz: ${runs} malformed packs refused, library unchanged; messages by kind:\n  ${[
      ...messages,
    ]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, count]) => `${count} × ${kind}`)
      .join("\n  ")}`,
  )
}, 120_000)
