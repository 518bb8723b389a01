import { describe, expect, it } from "vitest"
import type { Template } from "~templates/schema"
import {
  applyPlan,
  type InstalledPack,
  PackRefused,
  type PackSource,
  packTemplateKey,
  planPack,
  planRemoval,
  summarizePlan,
} from "./merge"
import { editTemplate } from "./override"
import type { Pack } from "./schema"
import { packTemplate, samplePack } from "./testing"

const FILE: PackSource = { kind: "file" }
const URL_SOURCE: PackSource = { kind: "url", url: "https://packs.example.com/team.json" }
const NOW = "2026-01-01T00:00:00.000Z"
const LATER = "2026-02-01T00:00:00.000Z"

/** Installs `pack` over `state` the way storage does, returning the new state. */
function install(
  pack: Pack,
  state: { installed?: InstalledPack; templates: Template[] },
  options: {
    source?: PackSource
    mode?: "import" | "update"
    choices?: Record<string, "keep-mine" | "take-theirs">
    now?: string
  } = {},
) {
  const plan = planPack(pack, options.source ?? FILE, state.installed, state.templates, {
    mode: options.mode ?? "import",
  })
  const writes = applyPlan(plan, {
    managed: false,
    now: options.now ?? NOW,
    choices: options.choices,
  })
  const byId = new Map(state.templates.map((template) => [template.id, template]))
  for (const id of writes.delete) byId.delete(id)
  for (const template of writes.put) byId.set(template.id, template)
  return { plan, state: { installed: writes.pack, templates: [...byId.values()] } }
}

const empty = { templates: [] as Template[] }
const edit = (template: Template, body: string): Template => editTemplate(template, { body }, NOW)
const find = (templates: Template[], id: string) =>
  templates.find((template) => template.id === packTemplateKey("com.example.team", id))!

describe("planPack", () => {
  it("adds every template of a new pack, linked to it", () => {
    const { plan, state } = install(samplePack(), empty)
    expect(summarizePlan(plan)).toMatchObject({ added: 2, changed: 0, unchanged: 0, conflicts: [] })
    expect(find(state.templates, "a")).toMatchObject({
      origin: "pack",
      edited: false,
      groupId: "pack:com.example.team:a",
      pack: { packId: "com.example.team", templateId: "a", upstreamChanged: false },
    })
  })

  it("sorts a second version into changed, unchanged, conflicts and removed", () => {
    const v1 = samplePack([
      packTemplate("a"),
      packTemplate("b"),
      packTemplate("c"),
      packTemplate("d"),
    ])
    const { state } = install(v1, empty)
    state.templates = state.templates.map((template) =>
      template.id.endsWith(":b") || template.id.endsWith(":d") ? edit(template, "Mine") : template,
    )
    const v2 = samplePack(
      [
        packTemplate("a", { body: "New a" }),
        packTemplate("b", { body: "New b" }),
        packTemplate("e"),
      ],
      { version: 2 },
    )
    const { plan } = install(v2, state)
    expect(summarizePlan(plan)).toMatchObject({
      added: 1,
      changed: 1,
      unchanged: 0,
      removed: 2,
      keptAsCopies: 1,
      conflicts: [{ templateId: "b" }],
    })
  })

  it("keeps a local edit through an update and flags that upstream changed", () => {
    let { state } = install(samplePack(), empty, { source: URL_SOURCE, mode: "update" })
    state.templates = state.templates.map((template) => edit(template, "My words"))
    state.templates[0].pinned = true
    const v2 = samplePack([packTemplate("a", { body: "Their words" }), packTemplate("b")], {
      version: 2,
    })
    ;({ state } = install(v2, state, { source: URL_SOURCE, mode: "update", now: LATER }))
    const a = find(state.templates, "a")
    expect(a).toMatchObject({ body: "My words", edited: true, pinned: true })
    expect(a.pack).toMatchObject({ upstreamChanged: true, upstream: { body: "Their words" } })
    // b was edited too but the pack did not change it: no badge.
    expect(find(state.templates, "b").pack?.upstreamChanged).toBe(false)
    // The next version that leaves "a" alone keeps both the edit and the badge.
    ;({ state } = install(
      samplePack([packTemplate("a", { body: "Their words" }), packTemplate("b")], { version: 3 }),
      state,
      { source: URL_SOURCE, mode: "update" },
    ))
    expect(find(state.templates, "a")).toMatchObject({
      body: "My words",
      pack: { upstreamChanged: true },
    })
  })

  it("takes theirs for a conflict when the agent chooses so, keeping the pin", () => {
    let { state } = install(samplePack(), empty)
    state.templates = state.templates.map((template) => ({
      ...edit(template, "Mine"),
      pinned: true,
    }))
    const v2 = samplePack(
      [packTemplate("a", { body: "Theirs" }), packTemplate("b", { body: "Theirs" })],
      {
        version: 2,
      },
    )
    ;({ state } = install(v2, state, { choices: { a: "take-theirs" } }))
    expect(find(state.templates, "a")).toMatchObject({
      body: "Theirs",
      edited: false,
      pinned: true,
    })
    expect(find(state.templates, "b")).toMatchObject({ body: "Mine", edited: true })
  })

  it("treats an edit that matches the new version as resolved", () => {
    const { state } = install(samplePack(), empty)
    state.templates = state.templates.map((template) => edit(template, "Agreed"))
    const v2 = samplePack([packTemplate("a", { body: "Agreed" }), packTemplate("b")], {
      version: 2,
    })
    const result = install(v2, state)
    expect(result.plan.conflicts).toEqual([])
    expect(find(result.state.templates, "a")).toMatchObject({ edited: false, body: "Agreed" })
  })

  it("keeps templates removed upstream as personal copies only when edited", () => {
    let { state } = install(samplePack(), empty)
    state.templates = state.templates.map((template) =>
      template.id.endsWith(":a") ? edit(template, "Mine") : template,
    )
    ;({ state } = install(samplePack([], { version: 2 }), state))
    expect(state.templates).toHaveLength(1)
    expect(state.templates[0]).toMatchObject({ origin: "user", body: "Mine" })
    expect(state.templates[0].pack).toBeUndefined()
    // The pack brings it back: the personal copy is the agent's edit of it.
    const back = install(samplePack([packTemplate("a", { body: "Theirs" })], { version: 3 }), state)
    expect(back.plan.conflicts.map((conflict) => conflict.theirs.id)).toEqual(["a"])
  })

  it("refuses a pack id that belongs to another source, and versions that go back", () => {
    const { state } = install(samplePack(undefined, { version: 5 }), empty, { source: URL_SOURCE })
    expect(() => install(samplePack(undefined, { version: 6 }), state, { source: FILE })).toThrow(
      PackRefused,
    )
    expect(() =>
      install(samplePack(undefined, { version: 6 }), state, {
        source: { kind: "url", url: "https://elsewhere.example.org/team.json" },
      }),
    ).toThrow(/already used by a pack installed from https:\/\/packs.example.com\/team.json/)
    expect(() =>
      install(samplePack(undefined, { version: 4 }), state, { source: URL_SOURCE }),
    ).toThrow("older (version 4) than the one installed (version 5)")
    // A new integrity pin on the same address is the same source.
    expect(() =>
      install(samplePack(undefined, { version: 6 }), state, {
        source: {
          kind: "url",
          url: `${(URL_SOURCE as { url: string }).url}#sha256=${"0".repeat(64)}`,
        },
      }),
    ).not.toThrow()
  })

  it("ignores a same-version copy on update", () => {
    const { state } = install(samplePack(), empty, { source: URL_SOURCE, mode: "update" })
    const changedBody = samplePack([packTemplate("a", { body: "Sneaky" })])
    const { plan } = install(changedBody, state, { source: URL_SOURCE, mode: "update" })
    expect(summarizePlan(plan)).toMatchObject({ added: 0, changed: 0, removed: 0 })
  })
})

describe("planRemoval", () => {
  it("deletes the pack's templates or keeps them all as personal copies", () => {
    const { state } = install(samplePack(), empty)
    expect(planRemoval(state.templates, false, LATER).delete).toHaveLength(2)
    const kept = planRemoval(state.templates, true, LATER)
    expect(kept.put.map((template) => template.origin)).toEqual(["user", "user"])
    expect(kept.put[0].pack).toBeUndefined()
  })
})
