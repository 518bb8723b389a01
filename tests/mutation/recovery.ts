/**
 * How much of a page's context an adapter still reads once the page has drifted: every fixture is
 * mutated many times (mutate.ts), each variant is extracted, validated, and its facts compared
 * with the fixture's `<name>.expected.json`.
 *
 * - recovered: an expected fact read with the same value;
 * - missing: an expected fact left out (acceptable: the sidebar says "not found");
 * - wrong: a fact read with a different value (worse than missing: a wrong fact in a reply);
 * - extra: a fact the fixture does not show, read anyway.
 *
 * Facts taken from the URL (marketplace, page kind) are not counted: mutations never touch them.
 */
import { readFileSync } from "node:fs"
import { type PageContext, PageContextSchema } from "~context/schema"
import type { SiteAdapter } from "~sites/types"
import { loadHtml } from "../unit/dom-fixture"
import { hashSeed, type MutationKind, mutate, snapshot } from "./mutate"

export interface RecoveryFixture {
  name: string
  url: string
  /** Absolute path of the HTML file; the expected context sits next to it as `.expected.json`. */
  file: string
}

export interface RecoveryOptions {
  adapter: SiteAdapter
  fixtures: readonly RecoveryFixture[]
  variantsPerFixture: number
  seed: number
  /** The clock the expected contexts were written against (pages with relative times). */
  now?: string
  /** Wrong values and failures kept as examples per fixture (all are counted). Default 20. */
  keepExamples?: number
}

export interface Failure {
  fixture: string
  variant: number
  kind: "exception" | "schema"
  message: string
  mutations: string
}

export interface WrongValue {
  fixture: string
  variant: number
  path: string
  expected: unknown
  actual: unknown
  mutations: string
}

export interface Tally {
  /** Expected facts compared (expected leaves × variants). */
  checked: number
  recovered: number
  missing: number
  wrong: number
  extra: number
}

export interface FixtureRecovery extends Tally {
  fixture: string
  site: string
  variants: number
  /** recovered / checked. */
  share: number
  /** Share on the unmutated page: 1 unless the adapter or this comparison is off. */
  baselineShare: number
  failures: Failure[]
  failureCount: number
  wrongExamples: WrongValue[]
  /** Wrong values per field path (`thread.messages.length`, `order.items[0].title`). */
  wrongByPath: Record<string, number>
  /** Wrong values per mutation kind present in the variant (a variant may have several). */
  wrongByKind: Partial<Record<MutationKind, number>>
  /** Wrong values per variant whose mutations are all of one kind: the clearest causes. */
  wrongBySingleKind: Partial<Record<MutationKind, number>>
  extraByPath: Record<string, number>
}

export interface RecoveryResult extends Tally {
  seed: number
  variantsPerFixture: number
  share: number
  /** wrong / checked. */
  wrongShare: number
  failureCount: number
  fixtures: FixtureRecovery[]
}

// ---------------------------------------------------------------------------------------------
// Fixture pages: parsed once, mutated and reverted per variant

/**
 * One parsed fixture (declarative shadow roots attached). Variants are made in place and reverted
 * (`MutationResult.revert`), so the page is parsed once and keeps its window (computed styles).
 */
export class FixturePage {
  readonly url: URL
  readonly document: Document
  private readonly initial: string
  private readonly close: () => void

  constructor(html: string, url: string) {
    const loaded = loadHtml(html, url)
    this.url = loaded.url
    this.document = loaded.document
    this.initial = snapshot(loaded.document)
    this.close = () => loaded.dom.window.close()
  }

  static load(fixture: RecoveryFixture): FixturePage {
    return new FixturePage(readFileSync(fixture.file, "utf8"), fixture.url)
  }

  /** Throws unless the page is exactly as parsed (reverts restored it, extraction changed nothing). */
  assertPristine(what: string): void {
    if (snapshot(this.document) !== this.initial)
      throw new Error(`${what}: the page was not restored after its variants`)
  }

  dispose(): void {
    this.close()
  }
}

export function expectedContext(fixture: RecoveryFixture): unknown {
  return JSON.parse(readFileSync(fixture.file.replace(/\.html$/, ".expected.json"), "utf8"))
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** Taken from the URL, not the page: not counted. */
const EXCLUDED_PATHS = new Set(["marketplace", "page.kind", "page.url"])

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

export interface Comparison extends Tally {
  wrongValues: { path: string; expected: unknown; actual: unknown }[]
  extraPaths: string[]
}

function normalizeText(text: string, noise: readonly string[]): string {
  let t = text
  for (const n of noise) t = t.split(n).join(" ")
  return t.replace(/\s+/g, " ").trim()
}

/**
 * Same fact: numbers and booleans exactly; strings up to whitespace (block boundaries and shadow
 * roots change line breaks, not the fact) and up to the noise text the mutations inserted.
 */
function sameValue(expected: unknown, actual: unknown, noise: readonly string[]): boolean {
  if (expected === actual) return true
  if (typeof expected === "string" && typeof actual === "string")
    return normalizeText(expected, noise) === normalizeText(actual, noise)
  return false
}

function leaves(value: unknown, path: string, out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) {
    out.push([`${path}.length`, value.length])
    value.forEach((v, i) => {
      leaves(v, `${path}[${i}]`, out)
    })
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out)
  } else if (value !== undefined) out.push([path, value])
  return out
}

/** Pairs expected and actual list entries (messages, items) by how many facts they share. */
function matchEntries(
  expected: unknown[],
  actual: unknown[],
  noise: readonly string[],
): Map<number, number> {
  const pairs: { e: number; a: number; score: number }[] = []
  expected.forEach((e, ei) => {
    const eLeaves = new Map(leaves(e, ""))
    actual.forEach((a, ai) => {
      let score = 0
      for (const [path, value] of leaves(a, "")) {
        if (eLeaves.has(path) && sameValue(eLeaves.get(path), value, noise)) score++
      }
      pairs.push({ e: ei, a: ai, score })
    })
  })
  pairs.sort((x, y) => y.score - x.score || Math.abs(x.e - x.a) - Math.abs(y.e - y.a) || x.e - y.e)
  const match = new Map<number, number>()
  const used = new Set<number>()
  for (const { e, a } of pairs) {
    if (match.has(e) || used.has(a)) continue
    match.set(e, a)
    used.add(a)
  }
  return match
}

/** Compares a context with the expected one (both without `page.url`). */
export function compareContexts(
  expected: unknown,
  actual: unknown,
  noise: readonly string[] = [],
): Comparison {
  const result: Comparison = {
    checked: 0,
    recovered: 0,
    missing: 0,
    wrong: 0,
    extra: 0,
    wrongValues: [],
    extraPaths: [],
  }
  const missingAll = (value: unknown, path: string) => {
    const n = leaves(value, path).length
    result.checked += n
    result.missing += n
  }
  const extraAll = (value: unknown, path: string) => {
    for (const [p] of leaves(value, path)) {
      result.extra++
      result.extraPaths.push(p)
    }
  }
  const scalar = (e: unknown, a: unknown, path: string) => {
    result.checked++
    if (a === undefined) result.missing++
    else if (sameValue(e, a, noise)) result.recovered++
    else {
      result.wrong++
      result.wrongValues.push({ path, expected: e, actual: a })
    }
  }
  const walk = (e: unknown, a: unknown, path: string) => {
    if (EXCLUDED_PATHS.has(path)) return
    if (a === undefined) return missingAll(e, path)
    if (Array.isArray(e)) {
      if (!Array.isArray(a)) return scalar(e.length, a, `${path}.length`)
      if (e.every((v) => !isObject(v) && !Array.isArray(v))) {
        // Lists of values (other buyers' order ids): each value is a fact, in any order.
        for (const v of e) {
          result.checked++
          if (a.some((x) => sameValue(v, x, noise))) result.recovered++
          else result.missing++
        }
        return
      }
      scalar(e.length, a.length, `${path}.length`)
      const match = matchEntries(e, a, noise)
      e.forEach((entry, i) => {
        const j = match.get(i)
        if (j === undefined) missingAll(entry, `${path}[${i}]`)
        else walk(entry, a[j], `${path}[${i}]`)
      })
      return
    }
    if (isObject(e)) {
      if (!isObject(a)) return missingAll(e, path)
      for (const [k, v] of Object.entries(e)) walk(v, a[k], path ? `${path}.${k}` : k)
      for (const [k, v] of Object.entries(a)) {
        const p = path ? `${path}.${k}` : k
        if (!(k in e) && !EXCLUDED_PATHS.has(p)) extraAll(v, p)
      }
      return
    }
    scalar(e, a, path)
  }
  walk(expected, actual, "")
  return result
}

// ---------------------------------------------------------------------------------------------
// Measure

function withoutUrl(context: PageContext): unknown {
  const { url: _url, ...page } = context.page
  return { ...context, page }
}

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

export interface FixtureRun {
  seed: number
  /** Variants `from` (inclusive) to `to` (exclusive): a part of a fixture's run, for workers. */
  from?: number
  to: number
  /** ISO time `Date` reads during extraction; the real clock when absent. */
  now?: string
  keepExamples?: number
}

/** Runs `fn` with `new Date()` and `Date.now()` reading `now` (the way vi.setSystemTime does). */
export function withClock<T>(now: string | undefined, fn: () => T): T {
  if (!now) return fn()
  const RealDate = Date
  const fixed = RealDate.parse(now)
  if (Number.isNaN(fixed)) throw new Error(`invalid clock ${now}`)
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed)
      else super(...(args as [string | number]))
    }
    static now() {
      return fixed
    }
  }
  globalThis.Date = FixedDate as DateConstructor
  try {
    return fn()
  } finally {
    globalThis.Date = RealDate
  }
}

/**
 * Mutates one fixture once per variant and compares what the adapter reads each time. Variant `n`
 * depends only on the seed, the site, the fixture name and `n`: runs split into parts give the
 * same figures as one run.
 */
export function measureFixture(
  adapter: SiteAdapter,
  fixture: RecoveryFixture,
  run: FixtureRun,
): FixtureRecovery {
  const { seed, from = 0, to, now, keepExamples = 20 } = run
  const read = (doc: Document, url: URL) => withClock(now, () => adapter.extract(doc, url))
  const expected = expectedContext(fixture)
  const page = FixturePage.load(fixture)
  const out: FixtureRecovery = {
    fixture: fixture.name,
    site: adapter.site,
    variants: to - from,
    checked: 0,
    recovered: 0,
    missing: 0,
    wrong: 0,
    extra: 0,
    share: 0,
    baselineShare: 0,
    failures: [],
    failureCount: 0,
    wrongExamples: [],
    wrongByPath: {},
    wrongByKind: {},
    wrongBySingleKind: {},
    extraByPath: {},
  }
  const fail = (failure: Failure) => {
    out.failureCount++
    if (out.failures.length < keepExamples) out.failures.push(failure)
  }
  try {
    const baseline = compareContexts(expected, withoutUrl(read(page.document, page.url)))
    out.baselineShare = baseline.checked ? baseline.recovered / baseline.checked : 1
    for (let variant = from; variant < to; variant++) {
      const mutation = mutate(page.document, hashSeed(seed, adapter.site, fixture.name, variant))
      const at = { fixture: fixture.name, variant, mutations: mutation.description }
      let context: PageContext
      try {
        context = read(page.document, page.url)
      } catch (error) {
        fail({ ...at, kind: "exception", message: errorMessage(error) })
        const lost = compareContexts(expected, {})
        out.checked += lost.checked
        out.missing += lost.checked
        continue
      } finally {
        mutation.revert()
      }
      const parsed = PageContextSchema.safeParse(context)
      if (!parsed.success)
        fail({ ...at, kind: "schema", message: JSON.stringify(parsed.error.issues).slice(0, 500) })
      const comparison = compareContexts(expected, withoutUrl(context), mutation.noise)
      out.checked += comparison.checked
      out.recovered += comparison.recovered
      out.missing += comparison.missing
      out.wrong += comparison.wrong
      out.extra += comparison.extra
      for (const path of comparison.extraPaths) bump(out.extraByPath, path)
      if (comparison.wrong === 0) continue
      const kinds = [...new Set(mutation.mutations.map((m) => m.kind))]
      for (const kind of kinds) bump(out.wrongByKind, kind, comparison.wrong)
      if (kinds.length === 1) bump(out.wrongBySingleKind, kinds[0], comparison.wrong)
      for (const wrong of comparison.wrongValues) {
        bump(out.wrongByPath, wrong.path)
        if (out.wrongExamples.length < keepExamples) out.wrongExamples.push({ ...at, ...wrong })
      }
    }
    page.assertPristine(`${adapter.site}/${fixture.name}`)
  } finally {
    page.dispose()
  }
  out.share = out.checked ? out.recovered / out.checked : 1
  return out
}

const addCounts = (into: Record<string, number>, from: Record<string, number | undefined>) => {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + (n ?? 0)
}

/** One fixture's figures from parts of its run (in variant order). */
export function mergeFixtureParts(parts: FixtureRecovery[], keepExamples = 20): FixtureRecovery {
  const [first] = parts
  const out: FixtureRecovery = {
    ...first,
    variants: 0,
    checked: 0,
    recovered: 0,
    missing: 0,
    wrong: 0,
    extra: 0,
    failures: [],
    failureCount: 0,
    wrongExamples: [],
    wrongByPath: {},
    wrongByKind: {},
    wrongBySingleKind: {},
    extraByPath: {},
  }
  for (const part of parts) {
    for (const key of ["variants", "checked", "recovered", "missing", "wrong", "extra"] as const)
      out[key] += part[key]
    out.failureCount += part.failureCount
    out.failures.push(...part.failures)
    out.wrongExamples.push(...part.wrongExamples)
    addCounts(out.wrongByPath, part.wrongByPath)
    addCounts(out.wrongByKind, part.wrongByKind)
    addCounts(out.wrongBySingleKind, part.wrongBySingleKind)
    addCounts(out.extraByPath, part.extraByPath)
  }
  out.failures = out.failures.slice(0, keepExamples)
  out.wrongExamples = out.wrongExamples.slice(0, keepExamples)
  out.share = out.checked ? out.recovered / out.checked : 1
  return out
}

/** Every fixture of one adapter, `variantsPerFixture` variants each, in this process. */
export function measureRecovery(options: RecoveryOptions): RecoveryResult {
  const fixtures = options.fixtures.map((fixture) =>
    measureFixture(options.adapter, fixture, {
      seed: options.seed,
      to: options.variantsPerFixture,
      now: options.now,
      keepExamples: options.keepExamples,
    }),
  )
  return combineRecovery(fixtures, options.seed, options.variantsPerFixture)
}

/** Overall figures of several fixtures (or several adapters' results). */
export function combineRecovery(
  fixtures: FixtureRecovery[],
  seed: number,
  variantsPerFixture: number,
): RecoveryResult {
  const sum = (key: keyof Tally) => fixtures.reduce((total, f) => total + f[key], 0)
  const checked = sum("checked")
  const recovered = sum("recovered")
  const wrong = sum("wrong")
  return {
    seed,
    variantsPerFixture,
    checked,
    recovered,
    missing: sum("missing"),
    wrong,
    extra: sum("extra"),
    share: checked ? recovered / checked : 1,
    wrongShare: checked ? wrong / checked : 0,
    failureCount: fixtures.reduce((total, f) => total + f.failureCount, 0),
    fixtures,
  }
}
