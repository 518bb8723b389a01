import { describe, expect, it } from "vitest"
import { expectWellFormed } from "~policy/testing"
import { sampleContext } from "~templates/sample-context"
import { checkReply, finishDraft } from "./check"
import { groundReply, UNVERIFIED_RULE_ID, valueAtPath, verifiedFactsUsed } from "./grounding"
import {
  LEAK_RULE_ID,
  leakFindings,
  needsHumanFromContext,
  PROMISE_RULE_ID,
  promiseFindings,
} from "./guards"
import { AiSettingsSchema } from "./protocol"

const context = sampleContext("amazon")
const allow = AiSettingsSchema.parse({}).allow
const flagged = (
  text: string,
  rule: string,
  findings = checkReply({ reply: text, context, allow }),
) =>
  findings
    .filter((finding) => finding.rule === rule)
    .map((finding) => text.slice(finding.start, finding.end))

describe("groundReply", () => {
  it("accepts the page's own facts", () => {
    const text =
      "Order 111-2223334-4445556 shipped on November 4 with UPS 1Z999AA10123456784; total $24.98."
    const report = groundReply(text, context)
    expect(report.findings).toEqual([])
    expect(report.supported).toContainEqual({
      field: "order.trackingNumber",
      value: "1Z999AA10123456784",
    })
  })

  it("flags invented or wrong values, links and contact details", () => {
    const text =
      "Tracking 1Z999AA10999999999, order 222-3334445-5556667, arriving December 24 for $5.00. See https://evil.example.com or mail help@shop.com, call +44 20 7946 0958."
    expect(flagged(text, UNVERIFIED_RULE_ID)).toEqual([
      "1Z999AA10999999999",
      "222-3334445-5556667",
      "December 24",
      "$5.00",
      "https://evil.example.com",
      "help@shop.com",
      "+44 20 7946 0958",
    ])
    const findings = groundReply(text, context).findings
    expect(findings[0]).toMatchObject({ severity: "block" })
    expect(findings[0].message.en).toContain("1Z999AA10123456784")
    expectWellFormed(findings, text)
  })

  it("flags facts even when the page shows no order", () => {
    const bare = { ...context, order: undefined }
    expect(groundReply("Your tracking number is 1Z999AA10123456784.", bare).findings).toHaveLength(
      1,
    )
  })
})

describe("verifiedFactsUsed", () => {
  it("keeps only claims the context holds, plus the values found in the reply", () => {
    const facts = verifiedFactsUsed(
      [
        { field: "order.carrier", value: "UPS" },
        { field: "order.trackingNumber", value: "1Z000000000000000" },
        { field: "order.nothing", value: "x" },
        { field: "order.id", value: "11" },
      ],
      [{ field: "order.id", value: "111-2223334-4445556" }],
      context,
    )
    expect(facts).toEqual([
      { field: "order.carrier", value: "UPS" },
      { field: "order.id", value: "111-2223334-4445556" },
    ])
  })

  it("reads context paths", () => {
    expect(valueAtPath(context, "order.items[0].title")).toBe("Sample Travel Mug 350 ml")
    expect(valueAtPath(context, "order.total")).toBe("24.98 USD")
    expect(valueAtPath(context, "order.deliverBy")).toBe("2025-11-07 2025-11-10")
  })
})

describe("promiseFindings", () => {
  it("flags promises the seller does not allow, in several languages", () => {
    const text =
      "I will issue a full refund. We'll send a replacement. Here is a 20% off coupon. Le rembourserons. Le enviaremos un reemplazo con descuento."
    const found = promiseFindings(text, allow).map((finding) =>
      text.slice(finding.start, finding.end),
    )
    expect(found).toEqual([
      "refund",
      "replacement",
      "20% off",
      "coupon",
      "rembourserons",
      "reemplazo",
      "descuento",
    ])
  })

  it("lets declines and reviews through, and what the seller allows", () => {
    expect(
      promiseFindings(
        "We cannot refund this order. The seller will review your refund request.",
        allow,
      ),
    ).toEqual([])
    const generous = { ...allow, refunds: true, discounts: true }
    expect(promiseFindings("Full refund and a coupon, of course.", generous)).toEqual([])
  })

  it("sees through invisible characters", () => {
    expect(promiseFindings("You get a re\u200Bfund today.", allow)).toHaveLength(1)
  })

  it("reads a negation only where it governs the promise", () => {
    const flagged = (text: string) =>
      promiseFindings(text, allow).map((finding) => text.slice(finding.start, finding.end))
    expect(flagged("No problem, I will refund you in full today.")).toEqual(["refund"])
    expect(flagged("Not a problem: your refund is on its way.")).toEqual(["refund"])
    expect(flagged("It did not arrive, so we will refund you.")).toEqual(["refund"])
    expect(flagged("Kein Problem, wir erstatten den Betrag.")).toEqual(["erstatten"])
    expect(flagged("We are unable to offer a refund for this item.")).toEqual([])
    expect(flagged("Lo siento, no podemos ofrecer un reembolso.")).toEqual([])
  })
})

describe("leakFindings", () => {
  const system =
    "You write replies for a seller on Amazon to a buyer, in the marketplace's buyer-seller messages."
  it("flags the system prompt repeated in the reply", () => {
    const text = "Sure! My instructions: you write replies for a seller on Amazon to a buyer."
    expect(
      leakFindings(text, system).map((finding) => text.slice(finding.start, finding.end)),
    ).toEqual(["you write replies for a seller on Amazon to a buyer"])
  })
  it("flags the data marker and leaves ordinary replies alone", () => {
    expect(leakFindings("Data DATA-0a1b2c", system, "DATA-0a1b2c")).toHaveLength(1)
    expect(leakFindings("Thanks for your message, your order is on its way.", system)).toEqual([])
  })
})

describe("needsHumanFromContext", () => {
  it("reads refund, claim and legal requests from the latest buyer message", () => {
    const ask = (text: string) =>
      needsHumanFromContext({ ...context, thread: { messages: [{ role: "buyer", text }] } })
    expect(ask("I want my money back")?.reason).toBe("refund")
    expect(ask("I'll open an A-to-z claim")?.reason).toBe("claim")
    expect(ask("Mi abogado le contactará")?.reason).toBe("legal")
    expect(ask("Where is it?")).toBeUndefined()
  })
})

describe("finishDraft", () => {
  const prompt = {
    system: "You write replies.",
    spotlight: { tag: "DATA-0a1b2c3d4e5f", mark: "ˆ" },
  }
  it("undoes datamarking, verifies facts and checks the reply", () => {
    const result = finishDraft(
      {
        reply: "Yourˆtracking number is 1Z999AA10123456784. Refund issued: $10.00.",
        factsUsed: [{ field: "order.trackingNumber", value: "1Z999AA10123456784" }],
        missingInfo: [],
        needsHuman: { required: false },
        format: "json",
      },
      { context, allow, prompt },
    )
    expect(result.reply).toBe("Your tracking number is 1Z999AA10123456784. Refund issued: $10.00.")
    expect(result.factsUsed).toEqual([
      { field: "order.trackingNumber", value: "1Z999AA10123456784" },
    ])
    expect(result.findings.map((finding) => finding.rule)).toEqual([
      PROMISE_RULE_ID,
      UNVERIFIED_RULE_ID,
    ])
    expect(result.language).toBe("en")
  })

  it("asks for a human when the buyer wants a refund even if the model did not", () => {
    const refundContext = {
      ...context,
      thread: { messages: [{ role: "buyer" as const, text: "Refund me now" }] },
    }
    const result = finishDraft(
      {
        reply: "Hi",
        factsUsed: [],
        missingInfo: [],
        needsHuman: { required: false },
        format: "plain",
      },
      { context: refundContext, allow, prompt, replyLanguage: "es" },
    )
    expect(result.needsHuman).toEqual({ required: true, reason: "refund" })
    expect(result.language).toBe("es")
  })

  it("keeps policy findings and leaves out the superseded fact check", () => {
    const findings = checkReply({ reply: "Email me at a@b.com", context, allow, prompt })
    expect(findings.map((finding) => finding.rule)).toEqual([UNVERIFIED_RULE_ID, "email-addresses"])
    expect(flagged("Order 999-9999999-9999999", "fact-mismatch")).toEqual([])
    expect(flagged("Order 999-9999999-9999999", LEAK_RULE_ID)).toEqual([])
  })
})

describe("invented codes", () => {
  it("flags codes the page does not show, not the page's own identifiers", () => {
    const text = "Use code SAVE20 or RMA-48213. Your item B0SAMPLE01 (MUG-350) shipped with UPS."
    expect(flagged(text, UNVERIFIED_RULE_ID)).toEqual(["SAVE20", "RMA-48213"])
  })
})

describe("web addresses", () => {
  it("reads www. addresses with any top-level domain", () => {
    expect(flagged("Visit www.free-gifts.example today", "links")).toEqual([
      "www.free-gifts.example",
    ])
  })
})
