import { beforeEach, describe, expect, it, vi } from "vitest"
import { defineHandler, isTrustedSender } from "./handler"

const EXTENSION_ID = "abcdefghijklmnopabcdefghijklmnop"
beforeEach(() => {
  vi.stubGlobal("chrome", {
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => `chrome-extension://${EXTENSION_ID}/${path}`,
    },
  })
})

const threadUrl = "https://sellercentral.amazon.com/messaging/inbox?fi=responseNeeded"

describe("isTrustedSender", () => {
  it("trusts our content script on a marketplace page and our own pages", () => {
    expect(isTrustedSender({ id: EXTENSION_ID, url: threadUrl })).toBe(true)
    expect(
      isTrustedSender({ id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html` }),
    ).toBe(true)
  })

  it("rejects other extensions, other sites and senders without a URL", () => {
    expect(isTrustedSender({ id: "another-extension", url: threadUrl })).toBe(false)
    expect(isTrustedSender({ id: EXTENSION_ID, url: "https://evil.example/messaging/inbox" })).toBe(
      false,
    )
    expect(isTrustedSender({ id: EXTENSION_ID })).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
  })
})

async function call(handler: ReturnType<typeof defineHandler>, body: unknown, url = threadUrl) {
  let answer: unknown
  await handler({ name: "set-pinned", body, sender: { id: EXTENSION_ID, url } } as never, {
    send: (value: unknown) => {
      answer = value
    },
  })
  return answer
}

describe("defineHandler", () => {
  it("validates the request and the answer", async () => {
    const handle = vi.fn(async () => ({}))
    const handler = defineHandler("set-pinned", handle)
    expect(await call(handler, { templateId: "starter:a:en", pinned: true })).toEqual({
      ok: true,
      data: {},
    })
    expect(await call(handler, { templateId: 42 })).toEqual({
      ok: false,
      error: "The copilot could not read what this page sent.",
    })
    expect(handle).toHaveBeenCalledTimes(1)
  })

  it("refuses untrusted senders before doing anything", async () => {
    const handle = vi.fn(async () => ({}))
    const answer = await call(
      defineHandler("set-pinned", handle),
      { templateId: "a", pinned: true },
      "https://evil.example/",
    )
    expect(answer).toMatchObject({ ok: false })
    expect(handle).not.toHaveBeenCalled()
  })

  it("turns a failure into a readable error", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {})
    const handler = defineHandler("set-pinned", async () => {
      throw new Error("That template no longer exists.")
    })
    expect(await call(handler, { templateId: "a", pinned: true })).toEqual({
      ok: false,
      error: "That template no longer exists.",
    })
  })
})
