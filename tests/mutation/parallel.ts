/**
 * Every suite of suites.ts measured on all cores: each fixture's variants are cut into parts,
 * handed out to child processes (worker.ts, run through tsx) and merged back. Variant `n` of a
 * fixture is the same whichever process runs it, so the figures do not depend on the core count.
 */
import { fork } from "node:child_process"
import { statSync } from "node:fs"
import { availableParallelism } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import {
  combineRecovery,
  type FixtureRecovery,
  type FixtureRun,
  measureFixture,
  mergeFixtureParts,
  type RecoveryResult,
} from "./recovery"
import { MUTATION_SUITES } from "./suites"

const HERE = dirname(fileURLToPath(import.meta.url))
const REPO_ROOT = join(HERE, "..", "..")

export interface WorkerTask {
  id: number
  /** Index in MUTATION_SUITES. */
  suite: number
  fixture: string
  run: FixtureRun
}

export type WorkerReply = { id: number; result: FixtureRecovery } | { id: number; error: string }

export interface AllSuitesOptions {
  variantsPerFixture: number
  seed: number
  /** Child processes; 1 or less measures in this process. Default: one per core. */
  workers?: number
  /** Variants per part handed to a worker. Default 250. */
  partSize?: number
  keepExamples?: number
}

function tasksFor(options: AllSuitesOptions): WorkerTask[] {
  const size = Math.max(1, options.partSize ?? 250)
  const tasks: (WorkerTask & { cost: number })[] = []
  MUTATION_SUITES.forEach((suite, index) => {
    for (const fixture of suite.fixtures) {
      // Page size stands for extraction time: the longest parts go out first.
      const bytes = statSync(fixture.file).size
      for (let from = 0; from < options.variantsPerFixture; from += size) {
        const to = Math.min(from + size, options.variantsPerFixture)
        tasks.push({
          id: tasks.length,
          suite: index,
          fixture: fixture.name,
          run: { seed: options.seed, from, to, now: suite.now, keepExamples: options.keepExamples },
          cost: bytes * (to - from),
        })
      }
    }
  })
  return tasks.sort((a, b) => b.cost - a.cost || a.id - b.id)
}

async function runInWorkers(tasks: WorkerTask[], workers: number): Promise<FixtureRecovery[]> {
  const results = new Map<number, FixtureRecovery>()
  const queue = [...tasks]
  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const child = fork(join(HERE, "worker.ts"), [], {
        cwd: REPO_ROOT,
        // A larger young generation: extraction allocates many short-lived objects (about 10 %).
        execArgv: ["--import", "tsx", "--max-semi-space-size=32"],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      })
      let settled = false
      const finish = (error?: Error) => {
        if (settled) return
        settled = true
        child.kill()
        if (error) reject(error)
        else resolve()
      }
      const next = () => {
        const task = queue.shift()
        if (task) child.send(task)
        else finish()
      }
      child.on("message", (reply: WorkerReply) => {
        if ("error" in reply) return finish(new Error(`mutation worker: ${reply.error}`))
        results.set(reply.id, reply.result)
        next()
      })
      child.on("error", finish)
      child.on("exit", (code) => finish(new Error(`mutation worker exited early (code ${code})`)))
      next()
    })
  await Promise.all(Array.from({ length: workers }, worker))
  return tasks.map((task) => results.get(task.id)!)
}

/** Recovery of every adapter in suites.ts over its fixtures. */
export async function measureAllSuites(options: AllSuitesOptions): Promise<RecoveryResult> {
  const tasks = tasksFor(options)
  const workers = Math.min(options.workers ?? availableParallelism(), tasks.length)
  const parts =
    workers > 1
      ? await runInWorkers(tasks, workers)
      : tasks.map((task) => {
          const suite = MUTATION_SUITES[task.suite]
          const fixture = suite.fixtures.find((f) => f.name === task.fixture)!
          return measureFixture(suite.adapter, fixture, task.run)
        })
  // Merge parts per fixture, in suite and fixture order, parts in variant order.
  const fixtures: FixtureRecovery[] = []
  MUTATION_SUITES.forEach((suite, index) => {
    for (const fixture of suite.fixtures) {
      const own = tasks
        .map((task, i) => ({ task, part: parts[i] }))
        .filter(({ task }) => task.suite === index && task.fixture === fixture.name)
        .sort((a, b) => (a.task.run.from ?? 0) - (b.task.run.from ?? 0))
        .map(({ part }) => part)
      fixtures.push(mergeFixtureParts(own, options.keepExamples))
    }
  })
  return combineRecovery(fixtures, options.seed, options.variantsPerFixture)
}
