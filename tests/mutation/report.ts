/**
 * Mutation-recovery figures, printed the way the benchmark prints its other figures: how much of
 * each fixture's context the adapters still read once the page has drifted, and how many facts
 * they read wrong.
 */
import { measureAllSuites } from "./parallel"
import type { RecoveryResult } from "./recovery"

export const MUTATION_SEED = 20251124
export const MUTATION_VARIANTS = 1_000
/** At least this share of the expected facts is read with the right value. */
export const RECOVERY_TARGET = 0.5
/** At most this share of the checked facts is read with a wrong value. */
export const WRONG_TARGET = 0.01

const percent = (value: number, digits = 1) => `${(value * 100).toFixed(digits)} %`

function line(label: string, value: string, target: string, met: boolean): string {
  return `${met ? "✓" : "✗"} ${label.padEnd(46)} ${value.padStart(12)}   target ${target}`
}

const top = (counts: Record<string, number | undefined>, n = 4) =>
  Object.entries(counts)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .slice(0, n)
    .map(([key, count]) => `${key} ${count}`)
    .join(", ")

/** The figures as lines: one per fixture, then the overall ones against their targets. */
export function formatRecovery(result: RecoveryResult): string[] {
  const lines = [
    `Mutation recovery: ${result.variantsPerFixture} mutated variants per fixture, seed ${result.seed}`,
  ]
  for (const f of result.fixtures) {
    const wrong = f.wrong ? `, ${f.wrong} wrong (${top(f.wrongByPath, 3)})` : ""
    const failures = f.failureCount ? `, ${f.failureCount} FAILURES` : ""
    lines.push(
      `  ${`${f.site}/${f.fixture}`.padEnd(46)} ${percent(f.share).padStart(8)} recovered${wrong}${failures}`,
    )
  }
  const wrongMet = result.wrong <= WRONG_TARGET * result.checked
  lines.push(
    line(
      "Mutation recovery: facts recovered",
      percent(result.share),
      `≥ ${percent(RECOVERY_TARGET, 0)}`,
      result.share >= RECOVERY_TARGET,
    ),
    line(
      "Mutation recovery: wrong values",
      `${result.wrong} (${percent(result.wrongShare, 2)})`,
      `≤ ${percent(WRONG_TARGET, 0)} of ${result.checked}`,
      wrongMet,
    ),
    line(
      "Mutation recovery: exceptions, schema failures",
      String(result.failureCount),
      "0",
      result.failureCount === 0,
    ),
  )
  const byKind: Record<string, number> = {}
  for (const f of result.fixtures) {
    for (const [kind, n] of Object.entries(f.wrongBySingleKind))
      byKind[kind] = (byKind[kind] ?? 0) + (n ?? 0)
  }
  if (result.wrong) lines.push(`  wrong values in single-kind variants: ${top(byKind, 7)}`)
  return lines
}

export function recoveryMet(result: RecoveryResult): boolean {
  return (
    result.share >= RECOVERY_TARGET &&
    result.wrong <= WRONG_TARGET * result.checked &&
    result.failureCount === 0
  )
}

export interface ReportOptions {
  variantsPerFixture?: number
  seed?: number
  /** Child processes (default: one per core). */
  workers?: number
  log?: (line: string) => void
}

/**
 * Measures every adapter of suites.ts and prints the figures; for `tests/bench/run.ts`:
 * `const { met } = await reportMutationRecovery()`.
 */
export async function reportMutationRecovery(
  options: ReportOptions = {},
): Promise<{ result: RecoveryResult; met: boolean }> {
  const result = await measureAllSuites({
    variantsPerFixture: options.variantsPerFixture ?? MUTATION_VARIANTS,
    seed: options.seed ?? MUTATION_SEED,
    workers: options.workers,
  })
  const log = options.log ?? console.log
  for (const text of formatRecovery(result)) log(text)
  return { result, met: recoveryMet(result) }
}
