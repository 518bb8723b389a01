import { describe, expect, it } from "vitest"
import { complaints } from "../testing"
import { emojiRule } from "./emoji"

const apply = (text: string) => {
  let result = text
  for (const finding of [...complaints(emojiRule, text)].reverse()) {
    result = result.slice(0, finding.start) + (finding.fix ?? "") + result.slice(finding.end)
  }
  return result
}

describe("emoji", () => {
  it("warns about emojis on Amazon, with a fix that removes them", () => {
    const text = "Thanks so much for your order 😊🎉"
    const findings = complaints(emojiRule, text)
    expect(findings).toHaveLength(1)
    expect(findings[0].severity).toBe("warn")
    expect(apply(text)).toBe("Thanks so much for your order")
  })

  it.each([
    ["flags", "Hola 🇪🇸 qué tal", "Hola  qué tal"],
    ["ZWJ families and skin tones", "Team 👨‍👩‍👧‍👦 and 👍🏽 done", "Team  and  done"],
    ["keycaps", "Step 1️⃣ then 2️⃣", "Step  then"],
    ["hearts with a variation selector", "Thanks ❤️\nBye", "Thanks\nBye"],
  ])("removes %s", (_what, text, fixed) => {
    expect(apply(text)).toBe(fixed)
  })

  it("leaves plain text symbols alone", () => {
    expect(complaints(emojiRule, "Brand® Lamp™ © 2025, 5 × 3 cm, 20 °C, €5 → done")).toEqual([])
  })

  it("applies to Amazon only", () => {
    expect(emojiRule.marketplaces).toEqual(["amazon"])
  })
})
