import { createHash } from "node:crypto"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { serializePack } from "~packs/format"
import { packTemplateKey } from "~packs/merge"
import { fetchPackUrl } from "~packs/subscription"
import { packTemplate, samplePack } from "~packs/testing"
import { librarySnapshot } from "../../tests/unit/library-snapshot"
import { CopilotDatabase } from "./db"
import {
  checkSubscription,
  listSubscriptions,
  subscribe,
  syncManagedSubscriptions,
  unsubscribe,
} from "./subscriptions"

const URL_ = "https://packs.example.com/team.json"
const T0 = "2026-01-01T00:00:00.000Z"
const T1 = "2026-01-02T00:00:00.000Z"
let db: CopilotDatabase
beforeEach(() => {
  db = new CopilotDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(() => db.delete())

type Answer = () => Response
/** A fetch that answers from a queue and records the request headers. */
function server(...answers: Answer[]) {
  const requests: Headers[] = []
  const fetch = (async (_url: string, init?: RequestInit) => {
    requests.push(new Headers(init?.headers))
    const next = answers.shift()
    if (!next) throw new Error("no answer queued")
    return next()
  }) as typeof globalThis.fetch
  return { fetch, requests }
}

const json =
  (body: string, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { headers: { "content-type": "application/json", ...headers } })
const v1 = serializePack(samplePack())
const v2 = serializePack(
  samplePack([packTemplate("a", { body: "Version two" }), packTemplate("b")], { version: 2 }),
)

describe("subscriptions", () => {
  it("subscribes, then follows 304 and 200 answers, keeping a local edit", async () => {
    const { fetch, requests } = server(
      json(v1, { etag: '"v1"', "last-modified": "Mon, 01 Dec 2025 00:00:00 GMT" }),
      () => new Response(null, { status: 304 }),
      json(v2, { etag: '"v2"' }),
    )
    const first = await subscribe(db, URL_, { now: T0, fetch })
    expect(first).toMatchObject({ packId: "com.example.team", lastGoodVersion: 1, etag: '"v1"' })
    const a = packTemplateKey("com.example.team", "a")
    await db.templates.update(a, { body: "My edit", edited: true })

    const unchanged = await checkSubscription(db, URL_, { now: T1, fetch })
    expect(requests[1].get("if-none-match")).toBe('"v1"')
    expect(requests[1].get("if-modified-since")).toBe("Mon, 01 Dec 2025 00:00:00 GMT")
    expect(unchanged).toMatchObject({ lastCheckedAt: T1, lastGoodVersion: 1 })

    const updated = await checkSubscription(db, URL_, { now: T1, fetch })
    expect(updated).toMatchObject({ lastGoodVersion: 2, etag: '"v2"', lastUpdatedAt: T1 })
    expect(await db.templates.get(a)).toMatchObject({
      body: "My edit",
      pack: { upstreamChanged: true, upstream: { body: "Version two" } },
    })
  })

  it.each([
    [
      "a web page",
      () => new Response("<html></html>", { headers: { "content-type": "text/html" } }),
      "This URL returned a web page, not a pack.",
    ],
    [
      "a 404",
      () => new Response("nope", { status: 404, statusText: "Not Found" }),
      "The server answered 404 Not Found.",
    ],
    [
      "an older version",
      json(serializePack(samplePack(undefined, { version: 1 }))),
      "older (version 1)",
    ],
    [
      "a broken pack",
      json('{"format":"seller-reply-copilot.pack","formatVersion":1}'),
      "pack: missing",
    ],
    [
      "another pack",
      json(serializePack(samplePack(undefined, { id: "org.other.pack", version: 3 }))),
      "now serves another pack",
    ],
    [
      "a 50 MB body",
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              controller.enqueue(new Uint8Array(1024 * 1024))
            },
          }),
          { headers: { "content-type": "application/json" } },
        ),
      "larger than 5 MB",
    ],
    [
      "a dropped connection",
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(v2.slice(0, 100)))
              controller.error(new TypeError("network error"))
            },
          }),
          { headers: { "content-type": "application/json" } },
        ),
      "The download was interrupted",
    ],
    [
      "no network",
      () => {
        throw new TypeError("Failed to fetch")
      },
      "Could not reach packs.example.com",
    ],
  ])(
    "keeps the last good copy after %s, and records the error",
    async (_label, answer, message) => {
      const { fetch } = server(json(serializePack(samplePack(undefined, { version: 2 }))), answer)
      await subscribe(db, URL_, { now: T0, fetch })
      const before = await db.templates.toArray()
      const failed = await checkSubscription(db, URL_, { now: T1, fetch })
      expect(failed.lastError).toEqual({ message: expect.stringContaining(message), at: T1 })
      expect(failed.lastGoodVersion).toBe(2)
      expect(await db.templates.toArray()).toEqual(before)
    },
  )

  it("checks the integrity pin", async () => {
    const pin = createHash("sha256").update(v1).digest("hex")
    const good = server(json(v1))
    await subscribe(db, `${URL_}#sha256=${pin}`, { now: T0, fetch: good.fetch })
    const tampered = server(json(v1.replace("Team replies", "Evil replies")))
    await expect(
      subscribe(db, `${URL_.replace("team", "other")}#sha256=${pin}`, {
        now: T0,
        fetch: tampered.fetch,
      }),
    ).rejects.toThrow("does not match the integrity pin")
  })

  it("refuses a second subscription to the same address, pinned or not", async () => {
    await subscribe(db, URL_, { now: T0, fetch: server(json(v1)).fetch })
    await expect(
      subscribe(db, `${URL_}#sha256=${"a".repeat(64)}`, { now: T0, fetch: server(json(v1)).fetch }),
    ).rejects.toThrow("already subscribed")
  })

  it("times out a server that stops sending", async () => {
    const stalled = (async (_url: string, init?: RequestInit) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new Uint8Array([0x7b]))
            init?.signal?.addEventListener("abort", () => controller.error(init.signal?.reason))
          },
        }),
        { headers: { "content-type": "application/json" } },
      )) as typeof fetch
    const result = fetchPackUrl(URL_, { fetch: stalled, timeoutMs: 50 })
    await expect(result).rejects.toThrow("The download was interrupted")
  })

  it("does not keep a failed subscription of an agent, and changes nothing", async () => {
    const before = await librarySnapshot(db)
    const { fetch } = server(json("<html>"))
    await expect(subscribe(db, URL_, { now: T0, fetch })).rejects.toThrow("web page")
    await expect(subscribe(db, "ftp://x", { now: T0, fetch })).rejects.toThrow("https://")
    expect(await librarySnapshot(db)).toBe(before)
  })

  it("unsubscribes, keeping personal copies on request", async () => {
    await subscribe(db, URL_, { now: T0, fetch: server(json(v1)).fetch })
    await unsubscribe(db, URL_, true, T1)
    expect(await listSubscriptions(db)).toEqual([])
    expect((await db.templates.toArray()).map((template) => template.origin)).toEqual([
      "user",
      "user",
    ])
  })
})

describe("managed subscriptions", () => {
  it("adds, marks, locks and releases subscriptions as the policy says", async () => {
    const fresh = await syncManagedSubscriptions(db, [{ url: URL_, locked: true }], T0)
    expect(fresh).toEqual([URL_])
    const { fetch } = server(json(v1))
    await checkSubscription(db, URL_, { now: T0, fetch })
    const a = await db.templates.get(packTemplateKey("com.example.team", "a"))
    expect(a?.pack?.managed).toBe(true)
    await expect(unsubscribe(db, URL_, false, T1)).rejects.toThrow("Your organisation requires")

    // Unlocked: the agent may leave, and the policy does not bring it back.
    await syncManagedSubscriptions(db, [{ url: URL_, locked: false }], T1)
    await unsubscribe(db, URL_, false, T1)
    expect(await syncManagedSubscriptions(db, [{ url: URL_, locked: false }], T1)).toEqual([])
    expect(await listSubscriptions(db)).toEqual([])
    expect(await db.templates.count()).toBe(0)
  })

  it("turns subscriptions the policy dropped into ordinary ones", async () => {
    await syncManagedSubscriptions(db, [{ url: URL_, locked: true }], T0)
    await checkSubscription(db, URL_, { now: T0, fetch: server(json(v1)).fetch })
    await syncManagedSubscriptions(db, [], T1)
    expect(await db.subscriptions.get(URL_)).toMatchObject({ managed: false, locked: false })
    const a = await db.templates.get(packTemplateKey("com.example.team", "a"))
    expect(a?.pack?.managed).toBe(false)
  })
})
