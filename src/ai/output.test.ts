import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type OutputError, parseModelOutput, ReplyExtractor } from "./output"

const answer = {
  reply: 'Hi "Alex",\nyour order shipped 😀 — tracking [tracking number].\\ Thanks',
  language: "en",
  factsUsed: [{ field: "order.id", value: "111-2223334-4445556" }],
  missingInfo: ["tracking number"],
  needsHuman: { required: true, reason: "refund", note: "Buyer wants money back" },
}

function streamed(text: string, sizes: number[]): string {
  const extractor = new ReplyExtractor()
  let out = ""
  let at = 0
  for (const size of sizes) {
    out += extractor.push(text.slice(at, at + size))
    at += size
  }
  return out + extractor.push(text.slice(at))
}

describe("parseModelOutput", () => {
  it("reads JSON as asked", () => {
    const output = parseModelOutput(JSON.stringify(answer))
    expect(output).toEqual({ ...answer, format: "json" })
  })

  it("reads JSON inside a code fence", () => {
    const output = parseModelOutput(`\`\`\`json\n${JSON.stringify(answer)}\n\`\`\``)
    expect(output.format).toBe("fenced")
    expect(output.reply).toBe(answer.reply)
  })

  it("takes plain text as the reply", () => {
    expect(parseModelOutput("  Hello, it shipped today.\n")).toEqual({
      reply: "Hello, it shipped today.",
      factsUsed: [],
      missingInfo: [],
      needsHuman: { required: false },
      format: "plain",
    })
  })

  it("drops bad optional fields instead of the whole answer", () => {
    const output = parseModelOutput(
      JSON.stringify({
        reply: "Hi",
        factsUsed: "nope",
        missingInfo: [1],
        needsHuman: { required: true, reason: "angry" },
        language: "English",
      }),
    )
    expect(output).toEqual({
      reply: "Hi",
      factsUsed: [],
      missingInfo: [],
      needsHuman: { required: true, reason: "other" },
      format: "json",
    })
  })

  it("tells truncated from malformed", () => {
    const full = JSON.stringify(answer)
    const error = (text: string) => {
      try {
        parseModelOutput(text)
      } catch (caught) {
        return (caught as OutputError).code
      }
    }
    expect(error(full.slice(0, 40))).toBe("truncated")
    expect(error(`\`\`\`json\n${full.slice(0, 40)}`)).toBe("truncated")
    expect(error('{"reply": "Hi",, }')).toBe("malformed")
    expect(error('{"text": "Hi"}')).toBe("malformed")
    expect(error("   ")).toBe("malformed")
  })
})

describe("ReplyExtractor", () => {
  it("streams only the reply string of JSON, in any chunking", () => {
    const text = JSON.stringify(answer)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 80 }), (sizes) => {
        expect(streamed(text, sizes)).toBe(answer.reply)
      }),
    )
  })

  it("finds the reply after other keys and ignores nested reply keys", () => {
    const text = `{"factsUsed":[{"field":"reply","value":"x"}],"note":{"reply":"no"},"reply":"Yes \\u00e9\\ud83d\\ude00"}`
    expect(streamed(text, [5, 7, 3, 9, 2, 1, 1, 1, 1, 1, 1])).toBe("Yes é😀")
  })

  it("passes plain text through and unwraps a fenced JSON answer", () => {
    expect(streamed("Hello there, it shipped.", [3, 4])).toBe("Hello there, it shipped.")
    expect(streamed('```json\n{"reply": "Hi"}\n```', [2, 3, 4])).toBe("Hi")
  })

  it("yields text as soon as it arrives", () => {
    const extractor = new ReplyExtractor()
    expect(extractor.push('{"reply": "Hel')).toBe("Hel")
    expect(extractor.push("lo\\")).toBe("lo")
    expect(extractor.push('n"')).toBe("\n")
    expect(extractor.push(', "language": "en"}')).toBe("")
  })
})
