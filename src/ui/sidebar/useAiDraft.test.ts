import { describe, expect, it } from "vitest"
import { replyDraftOf } from "./useAiDraft"

const finding = {
  rule: "unverified-fact",
  severity: "warn" as const,
  start: 0,
  end: 2,
  message: { en: "e", es: "e" },
  source: "grounding",
}

describe("replyDraftOf", () => {
  it("shows nothing before a draft is asked for", () => {
    expect(replyDraftOf({ phase: "idle", text: "" })).toBeUndefined()
  })

  it("marks placeholders left for missing facts, so Insert asks first", () => {
    const draft = replyDraftOf({
      phase: "streaming",
      text: "Your tracking number is [tracking number]. Thanks, [signature]",
    })
    expect(draft?.unresolved).toEqual(["[tracking number]", "[signature]"])
    expect(draft?.segments.map((segment) => segment.kind)).toEqual([
      "text",
      "missing",
      "text",
      "missing",
    ])
    expect(draft?.segments.map((segment) => segment.text).join("")).toBe(draft?.text)
  })

  it("takes the finished reply and its findings once done", () => {
    const draft = replyDraftOf({
      phase: "done",
      text: "streamed",
      result: {
        reply: "Hi there",
        factsUsed: [],
        missingInfo: [],
        needsHuman: { required: false },
        findings: [finding],
        language: "en",
      },
    })
    expect(draft).toMatchObject({ text: "Hi there", unresolved: [], findings: [finding] })
  })

  it("keeps the partial text of a stopped draft", () => {
    const draft = replyDraftOf({
      phase: "error",
      text: "Hello Mich",
      error: { code: "disconnected", message: "gone" },
    })
    expect(draft?.text).toBe("Hello Mich")
  })
})
