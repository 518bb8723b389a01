/**
 * Mutation testing of the page adapters: every fixture of every adapter (tests/mutation/suites.ts)
 * is mutated 1,000 times (elements removed, classes renamed, attributes dropped, children
 * reordered, text moved into shadow roots, nodes duplicated, noise text) and read again. No
 * variant may throw or give a context the schema rejects; most facts must survive, and almost
 * none may come back with a different value. Figures are printed; no timing is asserted.
 */
import { describe, expect, it } from "vitest"
import { cloneWithShadowRoots, mutate, snapshot } from "../mutation/mutate"
import { measureAllSuites } from "../mutation/parallel"
import { compareContexts } from "../mutation/recovery"
import {
  formatRecovery,
  MUTATION_SEED,
  MUTATION_VARIANTS,
  RECOVERY_TARGET,
  WRONG_TARGET,
} from "../mutation/report"
import { MUTATION_SUITES } from "../mutation/suites"
import { loadHtml } from "./dom-fixture"

const PAGE = `<!doctype html><html lang="en"><body>
  <main class="pane" data-id="p1">
    <kat-box><template shadowrootmode="open"><p class="inner" role="note">In the shadow</p></template></kat-box>
    <ul class="list"><li class="a">One</li><li class="b">Two</li><li class="c">Three</li></ul>
    <span aria-label="x" id="s">Text</span>
  </main>
</body></html>`

describe("mutate", () => {
  it("is deterministic for a seed and reverts to the page as parsed", () => {
    const first = loadHtml(PAGE, "https://example.com/").document
    const second = loadHtml(PAGE, "https://example.com/").document
    const before = snapshot(first)
    for (let seed = 0; seed < 300; seed++) {
      const a = mutate(first, seed)
      const b = mutate(second, seed)
      expect(a.mutations.length).toBeGreaterThanOrEqual(1)
      expect(a.mutations.length).toBeLessThanOrEqual(3)
      expect(a.description).toBe(b.description)
      expect(snapshot(first)).toBe(snapshot(second))
      a.revert()
      b.revert()
      expect(snapshot(first)).toBe(before)
    }
  })

  it("uses every kind of mutation", () => {
    const doc = loadHtml(PAGE, "https://example.com/").document
    const kinds = new Set<string>()
    for (let seed = 0; seed < 200; seed++) {
      const result = mutate(doc, seed)
      for (const m of result.mutations) kinds.add(m.kind)
      result.revert()
    }
    expect([...kinds].sort()).toEqual(
      [
        "drop-attribute",
        "duplicate",
        "noise-text",
        "remove",
        "rename-class",
        "shadow-wrap",
        "shuffle-children",
      ].sort(),
    )
  })

  it("moves text into a shadow root of a new custom element", () => {
    const doc = loadHtml(PAGE, "https://example.com/").document
    const result = mutate(doc, 1, { min: 1, max: 1, kinds: ["shadow-wrap"] })
    expect(result.mutations.map((m) => m.kind)).toEqual(["shadow-wrap"])
    const wrapped = Array.from(doc.querySelectorAll("*")).find((el) =>
      el.localName.startsWith("mut-shadow-"),
    )
    expect(wrapped?.shadowRoot?.textContent?.trim()).toBeTruthy()
    result.revert()
  })

  it("copies open shadow roots when cloning", () => {
    const doc = loadHtml(PAGE, "https://example.com/").document
    const copy = cloneWithShadowRoots(doc.documentElement)
    expect(copy.querySelector("kat-box")?.shadowRoot?.querySelector(".inner")?.textContent).toBe(
      "In the shadow",
    )
    expect(snapshot(copy)).toBe(snapshot(doc.documentElement))
  })
})

describe("compareContexts", () => {
  const expected = {
    buyer: { name: "Ann Lee" },
    order: { id: "1", items: [{ title: "A" }, { title: "B" }] },
    page: { kind: "thread", others: { orderIds: ["9", "8"] } },
  }

  it("tells recovered, missing, wrong and extra facts apart", () => {
    const actual = {
      buyer: { name: "Bob" },
      order: { id: "1", items: [{ title: "B" }], trackingNumber: "T" },
      page: { kind: "order", others: { orderIds: ["8"] } },
    }
    const result = compareContexts(expected, actual)
    // buyer.name, order.id, items.length, items[0].title, items[1].title, two other order ids
    expect(result.checked).toBe(7)
    expect(result.recovered).toBe(3) // order.id, items[1].title (matched by content), "8"
    expect(result.wrong).toBe(2) // buyer.name, items.length
    expect(result.missing).toBe(2) // items[0].title, "9"
    expect(result.extraPaths).toEqual(["order.trackingNumber"])
  })

  it("ignores whitespace and inserted noise in texts", () => {
    const result = compareContexts(
      { buyer: { name: "Ann Lee" } },
      { buyer: { name: "Ann  Help Lee" } },
      ["Help"],
    )
    expect(result.recovered).toBe(1)
  })
})

describe("mutation recovery of the page adapters", () => {
  it(`reads ${MUTATION_VARIANTS} mutated variants of every fixture without errors and few wrong facts`, {
    timeout: 600_000,
  }, async () => {
    const result = await measureAllSuites({
      variantsPerFixture: MUTATION_VARIANTS,
      seed: MUTATION_SEED,
    })
    console.log(formatRecovery(result).join("\n"))

    const fixtures = MUTATION_SUITES.flatMap((suite) => suite.fixtures)
    expect(result.fixtures.map((f) => f.fixture)).toEqual(fixtures.map((f) => f.name))
    for (const f of result.fixtures) {
      expect(f.variants, f.fixture).toBeGreaterThanOrEqual(1_000)
      // The unmutated page reads exactly as expected: otherwise the comparison itself is off.
      expect(f.baselineShare, f.fixture).toBe(1)
    }
    const failures = result.fixtures.flatMap((f) => f.failures)
    expect(failures, JSON.stringify(failures.slice(0, 5), null, 2)).toEqual([])
    expect(result.failureCount).toBe(0)
    expect(result.share).toBeGreaterThanOrEqual(RECOVERY_TARGET)
    const examples = result.fixtures.flatMap((f) => f.wrongExamples).slice(0, 10)
    expect(result.wrong, JSON.stringify(examples, null, 2)).toBeLessThanOrEqual(
      WRONG_TARGET * result.checked,
    )
  })
})
