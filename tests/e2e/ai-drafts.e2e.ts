import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { UNVERIFIED_RULE_ID } from "~ai/grounding"
import { AMAZON_FIXTURES, AMAZON_SERVED_FILES } from "../fixtures/amazon"
import {
  collectPageErrors,
  type LaunchedExtension,
  launchWithExtension,
  SCREENSHOTS,
  serveFixtures,
} from "../harness/extension"
import { type OpenAiTestServer, startOpenAiServer } from "../harness/openai-server"

const THREAD = "us-inbox-v3-thread-shipped"
const REAL_TRACKING = "1Z999AA10123456784"
const INVENTED_TRACKING = "1Z999AA10999999999"

let server: OpenAiTestServer
let extension: LaunchedExtension

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  server = await startOpenAiServer()
  extension = await launchWithExtension({ viewport: { width: 1280, height: 860 } })
  await serveFixtures(extension.context, AMAZON_SERVED_FILES)
})
afterAll(async () => {
  await extension?.close()
  await server?.close()
})

/** A model answer in the structured shape the worker asks for, streamed in small chunks. */
function modelAnswer(reply: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    reply,
    language: "en",
    factsUsed: [{ field: "order.id", value: "112-4456789-1234567" }],
    missingInfo: [],
    needsHuman: { required: false },
    ...extra,
  })
}

async function openThread(): Promise<Page> {
  const fixture = AMAZON_FIXTURES.find((candidate) => candidate.name === THREAD)
  if (!fixture) throw new Error(`No fixture named ${THREAD}`)
  const page = await extension.context.newPage()
  await page.goto(fixture.url)
  await page.getByTestId("sidebar").waitFor()
  return page
}

/** Sets the provider up through the options page, as an agent would, and tests the connection. */
async function configureProvider(provider: "custom" | "openai"): Promise<void> {
  const options = await extension.context.newPage()
  await options.goto(extension.extensionUrl("options.html"))
  await options.getByTestId("ai-provider").selectOption(provider)
  await options.getByTestId("ai-base-url").fill(server.baseUrl)
  await options.getByTestId("ai-api-key").fill("sk-test-key")
  await options.getByTestId("ai-model").fill("test-model")
  await options.getByTestId("ai-test-connection").click()
  const result = options.getByTestId("ai-test-result")
  await result.waitFor()
  expect(await result.getAttribute("data-ok")).toBe("true")
  expect(await result.textContent()).toContain("test-model")
  await options.screenshot({
    path: join(SCREENSHOTS, `ai-options-${provider}.png`),
    fullPage: true,
  })
  await options.getByTestId("ai-save").click()
  await options.getByTestId("ai-save-status").filter({ hasText: "Saved." }).waitFor()
  // Saving asked Chrome for the host (headless Chromium leaves its prompt unanswered).
  expect(await options.getByTestId("ai-host-access").getAttribute("data-state")).toMatch(
    /asking|granted/,
  )
  expect(await options.getByTestId("ai-host-access").textContent()).toContain("127.0.0.1")
  await options.close()
}

const draftText = (page: Page) => page.getByTestId("ai-reply").getByTestId("preview")
const phase = (page: Page) => page.getByTestId("ai-phase").getAttribute("data-phase")

describe("AI drafts", () => {
  it("without a provider, says how to set one up and templates keep working", async () => {
    const page = await openThread()
    await page.getByTestId("ai-setup").waitFor()
    expect(await page.getByTestId("ai-draft").count()).toBe(0)
    await page.getByTestId("insert").waitFor()
    expect(await page.getByTestId("preview").textContent()).toBeTruthy()
    const [options] = await Promise.all([
      extension.context.waitForEvent("page", (opened) => opened.url().includes("options.html")),
      page.getByTestId("ai-setup").getByRole("button").click(),
    ])
    await page.close()
    // Chrome's built-in model is offered exactly when this browser can run it.
    await options.getByTestId("ai-provider").waitFor()
    const builtIn = await options.evaluate(async () => {
      const api = (globalThis as { LanguageModel?: { availability(): Promise<string> } })
        .LanguageModel
      return api ? await api.availability() : "absent"
    })
    const offered = options.locator('[data-testid="ai-provider"] option[value="chrome-prompt-api"]')
    await expect.poll(() => offered.count()).toBe(/absent|unavailable/.test(builtIn) ? 0 : 1)
    await options.close()
  })

  it("configured in the options page, streams a draft; an invented fact is flagged and Insert asks first", async () => {
    await configureProvider("custom")
    expect(server.requests.at(-1)?.headers.authorization).toBe("Bearer sk-test-key")
    const page = await openThread()
    const errors = collectPageErrors(page)
    const reply = `Hi Michael, your order 112-4456789-1234567 is on its way with UPS. Tracking number: ${INVENTED_TRACKING}. Thank you for your patience.`
    server.enqueue({ text: modelAnswer(reply), chunkSize: 12, chunkDelayMs: 60 })
    await page.getByTestId("ai-draft").click()

    // Text appears while the stream is still running.
    await expect
      .poll(async () => (await draftText(page).textContent())?.length ?? 0)
      .toBeGreaterThan(0)
    expect(await phase(page)).toBe("streaming")
    const partial = (await draftText(page).textContent()) ?? ""
    expect(partial.length).toBeLessThan(reply.length)

    await expect.poll(() => phase(page), { timeout: 15_000 }).toBe("done")
    expect(await draftText(page).textContent()).toBe(reply)
    expect(server.requests.at(-1)?.api).toBe("chat")
    const flagged = draftText(page).locator(`[data-rule="${UNVERIFIED_RULE_ID}"]`)
    expect(await flagged.textContent()).toContain(INVENTED_TRACKING)
    expect(await page.getByTestId("ai-facts-used").textContent()).toContain("112-4456789-1234567")
    await page
      .getByTestId("sidebar")
      .screenshot({ path: join(SCREENSHOTS, "ai-draft-sidebar.png") })

    const replyBox = page.locator("kat-textarea textarea")
    await page.getByTestId("insert").click()
    await page.getByTestId("confirm-insert").waitFor()
    expect(await replyBox.inputValue()).toBe("")
    await page.getByRole("button", { name: "Insert anyway" }).click()
    await expect.poll(() => replyBox.inputValue()).toContain(INVENTED_TRACKING)
    expect(await replyBox.inputValue()).not.toContain(REAL_TRACKING)
    errors.assertNone("thread with an AI draft")
    await page.close()
  })

  it("says plainly when a reply needs the seller's decision, and Insert asks first", async () => {
    const page = await openThread()
    server.enqueue({
      text: modelAnswer("Hi Michael, we are looking into a refund for you. [refund amount]", {
        needsHuman: { required: true, reason: "refund", note: "The buyer asks for a refund." },
        missingInfo: ["refund amount"],
      }),
    })
    await page.getByTestId("ai-draft").click()
    const banner = page.getByTestId("ai-needs-human")
    await banner.waitFor()
    expect(await banner.textContent()).toContain("refund")
    expect(await page.getByTestId("ai-missing-info").textContent()).toContain("refund amount")
    // The placeholder is marked missing (the word "refund" inside it may carry a stronger mark).
    expect(
      await draftText(page).locator('[data-unresolved="[refund amount]"]').count(),
    ).toBeGreaterThan(0)
    await page.getByTestId("insert").click()
    expect(await page.getByTestId("confirm-insert").textContent()).toContain("needs your decision")
    await page
      .getByTestId("sidebar")
      .screenshot({ path: join(SCREENSHOTS, "ai-draft-needs-human.png") })
    await page.close()
  })

  it("shows exactly what will be sent, as text", async () => {
    const page = await openThread()
    await page.getByTestId("ai-show-prompt").click()
    const user = page.getByTestId("ai-prompt-user")
    await expect.poll(() => user.textContent()).toContain("112-4456789-1234567")
    expect(await page.getByTestId("ai-prompt-system").textContent()).toBeTruthy()
    await page.getByTestId("ai-prompt-close").click()
    expect(await page.getByTestId("ai-prompt-preview").count()).toBe(0)
    await page.close()
  })

  it("Cancel stops the stream at the provider and keeps the partial draft, ready to insert", async () => {
    const page = await openThread()
    const reply = "Hello Michael, thank you for writing. ".repeat(20)
    server.enqueue({ text: modelAnswer(reply), chunkSize: 10, chunkDelayMs: 100 })
    await page.getByTestId("ai-draft").click()
    await expect
      .poll(async () => (await draftText(page).textContent())?.length ?? 0)
      .toBeGreaterThan(20)
    const aborted = server.nextAbort()
    await page.getByTestId("ai-cancel").click()
    await aborted
    expect(await page.getByTestId("ai-error").getAttribute("data-code")).toBe("cancelled")
    const kept = (await draftText(page).textContent()) ?? ""
    expect(kept.length).toBeGreaterThan(20)
    await page.waitForTimeout(400)
    expect(await draftText(page).textContent()).toBe(kept)
    await page.getByTestId("insert").click()
    await expect.poll(() => page.locator("kat-textarea textarea").inputValue()).toBe(kept)
    await page.close()
  })

  it("a refused key (401) ends with a clear message", async () => {
    const page = await openThread()
    server.enqueue({ status: 401 })
    await page.getByTestId("ai-draft").click()
    const error = page.getByTestId("ai-error")
    await error.waitFor()
    expect(await error.getAttribute("data-code")).toBe("unauthorized")
    expect(await error.textContent()).toContain("refused the API key")
    await page.close()
  })

  it("a rate limit (429) shows the wait, then the draft arrives", async () => {
    const page = await openThread()
    server.enqueue({ status: 429, headers: { "retry-after": "2" } }, { text: modelAnswer("Hi!") })
    await page.getByTestId("ai-draft").click()
    const waiting = page.getByTestId("ai-waiting")
    await waiting.waitFor()
    expect(await waiting.textContent()).toMatch(/trying again in [12] s/)
    await expect.poll(() => phase(page), { timeout: 10_000 }).toBe("done")
    expect(await draftText(page).textContent()).toBe("Hi!")
    await page.close()
  })

  it("rewrites the shown reply through the OpenAI (Responses API) preset", async () => {
    await configureProvider("openai")
    const page = await openThread()
    server.enqueue({ text: modelAnswer("Your order has shipped."), chunkDelayMs: 20 })
    await page.getByTestId("ai-rewrite").click()
    await page.getByTestId("ai-rewrite-shorter").click()
    await expect.poll(() => phase(page), { timeout: 15_000 }).toBe("done")
    expect(await draftText(page).textContent()).toBe("Your order has shipped.")
    const request = server.requests.at(-1)
    expect(request?.api).toBe("responses")
    expect(request?.path).toBe("/v1/responses")
    await page.close()
  })

  it("keeps the partial draft when the worker goes away mid-stream", async () => {
    const page = await openThread()
    server.enqueue({ text: modelAnswer("Hello Michael, ".repeat(40)), chunkDelayMs: 150 })
    await page.getByTestId("ai-draft").click()
    await expect
      .poll(async () => (await draftText(page).textContent())?.length ?? 0)
      .toBeGreaterThan(5)
    // Chrome stops an extension's service worker when it is idle or crashes: do the same.
    const extensionPage = await extension.context.newPage()
    await extensionPage.goto(extension.extensionUrl("options.html"))
    const cdp = await extension.context.newCDPSession(extensionPage)
    await cdp.send("ServiceWorker.enable")
    await cdp.send("ServiceWorker.stopAllWorkers")
    const error = page.getByTestId("ai-error")
    await error.waitFor()
    expect(await error.getAttribute("data-code")).toBe("disconnected")
    expect((await draftText(page).textContent())?.length).toBeGreaterThan(5)
    await page.close()
  })
})
