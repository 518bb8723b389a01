import { describe, expect, it } from "vitest"
import { highlightPieces, missingMarks } from "./highlight"

describe("highlightPieces", () => {
  it("cuts text into plain and marked pieces", () => {
    const block = { start: 6, end: 13, kind: "block" as const, title: "email" }
    expect(highlightPieces("Write a@b.com now", [block])).toEqual([
      { text: "Write ", mark: undefined },
      { text: "a@b.com", mark: block },
      { text: " now", mark: undefined },
    ])
  })

  it("lets the stronger mark win where marks overlap", () => {
    const warn = { start: 0, end: 8, kind: "warn" as const, title: "w" }
    const block = { start: 4, end: 6, kind: "block" as const, title: "b" }
    expect(
      highlightPieces("abcdefgh", [warn, block]).map((piece) => [piece.text, piece.mark?.kind]),
    ).toEqual([
      ["abcd", "warn"],
      ["ef", "block"],
      ["gh", "warn"],
    ])
  })

  it("ignores spans outside the text", () => {
    expect(highlightPieces("abc", [{ start: 2, end: 9, kind: "info", title: "" }])).toEqual([
      { text: "abc", mark: undefined },
    ])
  })
})

describe("missingMarks", () => {
  it("finds each placeholder's offsets", () => {
    expect(
      missingMarks(
        [
          { kind: "text", text: "Tracking: " },
          { kind: "missing", text: "[tracking number]", path: "order.trackingNumber" },
          { kind: "text", text: "." },
        ],
        "missing",
      ),
    ).toEqual([
      { start: 10, end: 27, kind: "missing", title: "missing", id: "order.trackingNumber" },
    ])
  })
})
