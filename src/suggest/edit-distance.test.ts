import { describe, expect, it } from "vitest"
import { isHeavilyEdited, retainedShare } from "./edit-distance"

const inserted = "Hello Ana, your order shipped today with tracking 1Z999. Kind regards, Sam"

describe("retainedShare", () => {
  it("is 1 when the reply is sent as inserted, or only rearranged", () => {
    expect(retainedShare(inserted, inserted)).toBe(1)
    expect(
      retainedShare(
        inserted,
        "Kind regards, Sam. Hello Ana, your order shipped today with tracking 1Z999",
      ),
    ).toBe(1)
  })

  it("counts words as a multiset", () => {
    expect(retainedShare("no no no yes", "no yes")).toBe(0.5)
  })

  it("treats an empty insertion as kept", () => {
    expect(retainedShare("", "anything")).toBe(1)
  })
})

describe("isHeavilyEdited", () => {
  it("is false after a small touch-up and true after a rewrite", () => {
    expect(isHeavilyEdited(inserted, `${inserted} Thanks again!`)).toBe(false)
    expect(isHeavilyEdited(inserted, "Hi, sorry, we are out of stock and will refund you.")).toBe(
      true,
    )
    expect(isHeavilyEdited(inserted, "")).toBe(true)
  })
})
