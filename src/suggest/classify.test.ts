import { describe, expect, it } from "vitest"
import { INTENTS } from "~templates/schema"
import { readBuyerMessage } from "./classify"
import { classifyLine } from "./classify-cli"
import { UNKNOWN_LANGUAGE } from "./language"
import { detectWithEld } from "./language-eld"

const read = (text: string) => readBuyerMessage(text, detectWithEld)
const topIntent = async (text: string) => (await read(text)).intents[0].id

describe("readBuyerMessage", () => {
  it.each([
    ["en", "Hi, where is my order? It still hasn't shipped and I need it by Friday"],
    ["es", "¿dónde está mi pedido? lo compré hace una semana"],
    ["de", "Hallo, wann wird meine Bestellung verschickt? Gibt es eine Sendungsnummer?"],
    ["fr", "Bonjour, où en est ma commande ? Je n'ai pas reçu de numéro de suivi"],
    ["it", "Buongiorno, quando spedite il mio ordine? Non ho ancora il tracking"],
  ])("reads a where-is-my-order message in %s, and its language", async (language, text) => {
    const reading = await read(text)
    expect(reading.language).toBe(language)
    expect(reading.intents[0].id).toBe("order_status")
    expect(reading.intents[0].confidence).toBeGreaterThan(0.3)
  })

  it("reports several intents when the buyer asks for several things, most likely first", async () => {
    const reading = await read(
      "The lamp arrived completely smashed, glass everywhere. I want a full refund please.",
    )
    const ids = reading.intents.map(({ id }) => id)
    expect(ids).toContain("damaged_defective")
    expect(ids).toContain("refund_request")
    const confidences = reading.intents.map(({ confidence }) => confidence)
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a))
  })

  it("classifies the buyer's words, not the seller's reply they quote", async () => {
    const quoted = `Thanks, got it today!\n\nOn Mon, 3 Nov 2025, Acme wrote:\n> ${"Your refund for the broken item will be processed. ".repeat(20)}`
    expect(await topIntent(quoted)).toBe("thanks_no_reply")
  })

  it("copes with typos and missing accents", async () => {
    expect(await topIntent("dnde esta mi pedidoo?? no me a llegado nada todavia")).toMatch(
      /order_status|not_received/,
    )
  })

  describe("bad input: a sensible answer, never an exception", () => {
    it.each([
      ["empty", "", "other"],
      ["whitespace", "   \n ", "other"],
      ["an attachment notice", "[Attachment: IMG_2041.jpg]", undefined],
      ["only emoji", "👍🙏", "thanks_no_reply"],
      ["only a sad emoji", "😡", "other"],
    ])("%s", async (_, text, expected) => {
      const reading = await read(text)
      expect(reading.intents.length).toBeGreaterThan(0)
      for (const { id, confidence } of reading.intents) {
        expect(INTENTS).toContain(id)
        expect(confidence).toBeGreaterThanOrEqual(0)
        expect(confidence).toBeLessThanOrEqual(1)
      }
      if (expected) expect(reading.intents[0].id).toBe(expected)
    })

    it("a 20,000-character message", async () => {
      const long = `My parcel never arrived. ${"blah ".repeat(4_000)}`
      const reading = await read(long)
      expect(reading.intents[0].id).toBe("not_received")
    })

    it("a mixed-language message", async () => {
      const reading = await read("Hola, my order no ha llegado todavía, where is it? gracias")
      expect(["order_status", "not_received"]).toContain(reading.intents[0].id)
    })

    it("a detector that knows nothing", async () => {
      const reading = await readBuyerMessage("where is my order", async () => UNKNOWN_LANGUAGE)
      expect(reading.language).toBeUndefined()
      expect(reading.intents[0].id).toBe("order_status")
    })
  })
})

describe("classify command", () => {
  it("writes intents and language for each line", async () => {
    const output = await classifyLine(JSON.stringify({ text: "¿dónde está mi pedido?" }), 1)
    expect(output).toMatchObject({ language: "es", intents: [{ id: "order_status" }] })
  })

  it("says null when the language cannot be told", async () => {
    expect(await classifyLine('{"text": "👍"}', 1)).toEqual({
      intents: [{ id: "thanks_no_reply", confidence: 0.6 }],
      language: null,
    })
  })

  it.each([
    ["", /line 3: empty line/],
    ["not json", /line 3: not valid JSON/],
    ["[1]", /line 3: expected a JSON object/],
    ['{"text": 5}', /line 3: non-string "text"/],
  ])("answers a broken line %j with an error", async (line, message) => {
    const output = await classifyLine(line, 3)
    expect("error" in output && output.error).toMatch(message)
  })
})
