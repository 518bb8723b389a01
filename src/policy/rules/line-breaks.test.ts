import { describe, expect, it } from "vitest"
import { complaints } from "../testing"
import { lineBreaksRule } from "./line-breaks"

describe("line-breaks", () => {
  it("warns about more than two consecutive line breaks and collapses them", () => {
    const text = "Hi Anna,\n\n\n\nYour parcel is on its way.\n \n\t\nKind regards"
    const findings = complaints(lineBreaksRule, text)
    expect(findings).toHaveLength(2)
    expect(findings.every((finding) => finding.severity === "warn" && finding.fix === "\n\n")).toBe(
      true,
    )
    let fixed = text
    for (const finding of [...findings].reverse()) {
      fixed = fixed.slice(0, finding.start) + finding.fix + fixed.slice(finding.end)
    }
    expect(fixed).toBe("Hi Anna,\n\nYour parcel is on its way.\n\nKind regards")
  })

  it("keeps Windows line endings in the fix", () => {
    const [finding] = complaints(lineBreaksRule, "a\r\n\r\n\r\nb")
    expect(finding.fix).toBe("\r\n\r\n")
  })

  it("allows two line breaks", () => {
    expect(complaints(lineBreaksRule, "Hello,\n\nthanks.\nBye")).toEqual([])
  })
})
