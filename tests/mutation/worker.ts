/**
 * Child process of `measureAllSuites` (parallel.ts): measures the parts of fixture runs it is sent,
 * one at a time, and sends back each part's figures.
 */

import type { WorkerReply, WorkerTask } from "./parallel"
import { measureFixture } from "./recovery"
import { MUTATION_SUITES } from "./suites"

process.on("message", (task: WorkerTask) => {
  let reply: WorkerReply
  try {
    const suite = MUTATION_SUITES[task.suite]
    const fixture = suite.fixtures.find((f) => f.name === task.fixture)
    if (!fixture) throw new Error(`no fixture ${task.fixture} in suite ${task.suite}`)
    reply = { id: task.id, result: measureFixture(suite.adapter, fixture, task.run) }
  } catch (error) {
    reply = {
      id: task.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }
  }
  process.send?.(reply)
})
