import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { evaluateCorpus, parseCorpus } from "./evaluate"
import { RULES } from "./lint"

const CORPUS = parseCorpus(
  readFileSync(join(__dirname, "..", "..", "tests", "fixtures", "policy", "corpus.jsonl"), "utf8"),
)
const LANGUAGES = ["en", "es", "de", "fr", "it"]

describe("policy corpus", () => {
  it("is large, in five languages, about half compliant, with unique sentences", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(320)
    for (const language of LANGUAGES) {
      expect(
        CORPUS.filter((entry) => entry.language === language).length,
        language,
      ).toBeGreaterThanOrEqual(50)
    }
    expect(CORPUS.every((entry) => LANGUAGES.includes(entry.language))).toBe(true)
    const compliant = CORPUS.filter((entry) => entry.violations.length === 0).length / CORPUS.length
    expect(compliant).toBeGreaterThan(0.4)
    expect(compliant).toBeLessThan(0.6)
    expect(new Set(CORPUS.map((entry) => entry.text)).size).toBe(CORPUS.length)
  })

  it("labels only rules that exist and apply on the sentence's marketplace", () => {
    const rules = new Map(RULES.map((rule) => [rule.id, rule]))
    for (const entry of CORPUS) {
      for (const id of entry.violations) {
        expect(rules.get(id)?.marketplaces, `${id} in ${entry.text}`).toContain(entry.marketplace)
      }
    }
  })
})

describe("evaluateCorpus", () => {
  it("meets the quality bar: precision and recall of at least 0.95 overall", () => {
    const { overall, sentences } = evaluateCorpus(CORPUS)
    expect(overall.precision).toBeGreaterThanOrEqual(0.95)
    expect(overall.recall).toBeGreaterThanOrEqual(0.95)
    expect(sentences.precision).toBeGreaterThanOrEqual(0.95)
    expect(sentences.recall).toBeGreaterThanOrEqual(0.95)
  })

  it("scores every labelled rule at 0.85 or better", () => {
    const { perRule } = evaluateCorpus(CORPUS)
    for (const [rule, score] of Object.entries(perRule)) {
      expect(score.precision, `${rule} precision`).toBeGreaterThanOrEqual(0.85)
      expect(score.recall, `${rule} recall`).toBeGreaterThanOrEqual(0.85)
    }
  })

  it("counts true and false positives and negatives per rule", () => {
    const result = evaluateCorpus([
      {
        text: "Call +44 20 7946 0958",
        marketplace: "amazon",
        language: "en",
        violations: ["phone-numbers"],
      },
      { text: "Mail a@b.com", marketplace: "amazon", language: "en", violations: [] },
      { text: "Thanks!", marketplace: "ebay", language: "en", violations: ["links"] },
    ])
    expect(result.perRule["phone-numbers"]).toMatchObject({
      truePositives: 1,
      precision: 1,
      recall: 1,
    })
    expect(result.perRule["email-addresses"]).toMatchObject({ falsePositives: 1, precision: 0 })
    expect(result.perRule.links).toMatchObject({ falseNegatives: 1, recall: 0 })
    expect(result.overall).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 })
    expect(result.misses).toHaveLength(2)
  })

  it("rejects malformed corpus lines with their line number", () => {
    expect(() =>
      parseCorpus(
        '{"text":"a","marketplace":"amazon","language":"en","violations":[]}\n{"text":1}',
      ),
    ).toThrow(/line 2/)
  })
})
