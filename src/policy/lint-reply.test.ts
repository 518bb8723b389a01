import { describe, expect, it } from "vitest"
import { renderTemplate } from "~templates/render"
import { lintRenderedReply } from "./lint-reply"

const render = (source: string) =>
  renderTemplate(source, { seller: { signature: "Dana" }, locale: "en-US" }, "en")

describe("lintRenderedReply", () => {
  it("leaves placeholders for missing facts to the missing-fact check", () => {
    const reply = render(
      "Your tracking number is {{ order.trackingNumber }}.\n{{ seller.signature }}",
    )
    expect(reply.unresolved).toEqual(["order.trackingNumber"])
    expect(lintRenderedReply(reply, { marketplace: "amazon" })).toEqual([])
  })

  it("still reports a placeholder typed into the template by hand, and other rules", () => {
    const reply = render("Your tracking number is [tracking number]. Write to dana@shop.com")
    const rules = lintRenderedReply(reply, { marketplace: "amazon" }).map((finding) => finding.rule)
    expect(rules).toContain("placeholders")
    expect(rules).toContain("email-addresses")
  })

  it("checks nothing when the template could not be rendered", () => {
    expect(lintRenderedReply(render("{{ order.nope }}"), { marketplace: "amazon" })).toEqual([])
  })
})
