import { describe, expect, it } from "vitest"
import { planPack } from "./merge"
import { packPolicyReport } from "./policy"
import { packTemplate, samplePack } from "./testing"

describe("packPolicyReport", () => {
  it("names incoming templates that break a marketplace rule", () => {
    const pack = samplePack([
      packTemplate("clean"),
      packTemplate("email", { body: "Write to me at dana@northwind-gadgets.com instead." }),
    ])
    const plan = planPack(pack, { kind: "file" }, undefined, [], { mode: "import" })
    const report = packPolicyReport(plan, { name: "Dana" })
    expect(report).toMatchObject({ checked: 2, incoming: 2 })
    expect(report.notes.map((note) => note.templateId)).toEqual(["email"])
    expect(report.notes[0].messages[0].en.length).toBeGreaterThan(10)
  })
})
