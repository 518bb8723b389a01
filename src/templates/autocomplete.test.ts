import { describe, expect, it } from "vitest"
import { completeVariable, insertVariable, matchVariables, variableQueryAt } from "./autocomplete"
import { VARIABLES } from "./variables"

const paths = (query: string, language: "en" | "es" = "en") =>
  matchVariables(query, VARIABLES, language).map((variable) => variable.path)

describe("insertVariable", () => {
  it("inserts at the cursor and puts the cursor after the variable", () => {
    expect(insertVariable("Hi !", 3, 3, "buyer.firstName")).toEqual({
      text: "Hi {{ buyer.firstName }}!",
      cursor: 24,
    })
  })

  it("replaces the selection", () => {
    expect(insertVariable("Hi NAME!", 3, 7, "buyer.name").text).toBe("Hi {{ buyer.name }}!")
  })
})

describe("variableQueryAt", () => {
  it("finds what is typed after an open {{", () => {
    expect(variableQueryAt("Hi {{ ord", 9)).toEqual({ start: 6, query: "ord" })
    expect(variableQueryAt("Hi {{", 5)).toEqual({ start: 5, query: "" })
    expect(variableQueryAt("Hi {{order.tr", 13)).toEqual({ start: 5, query: "order.tr" })
  })

  it("stays closed outside an open output tag", () => {
    expect(variableQueryAt("Hi {{ order.id }} and", 21)).toBeUndefined()
    expect(variableQueryAt("Hi { ord", 8)).toBeUndefined()
    expect(variableQueryAt("Hi {{ order id", 14)).toBeUndefined()
    expect(variableQueryAt("{% if order.id %}", 12)).toBeUndefined()
  })

  it("reads only what is before the cursor", () => {
    expect(variableQueryAt("Hi {{ ord and more", 9)).toEqual({ start: 6, query: "ord" })
  })
})

describe("matchVariables", () => {
  it("offers every variable before anything is typed", () => {
    expect(paths("")).toHaveLength(VARIABLES.length)
  })

  it("puts paths that start with the query first, then segments, then labels", () => {
    expect(paths("order.t")).toEqual(["order.trackingNumber", "order.total"])
    expect(paths("track")[0]).toBe("order.trackingNumber")
    expect(paths("first")[0]).toBe("buyer.firstName")
    expect(paths("city")).toEqual(["order.shipTo.city"])
  })

  it("matches labels in the agent's language, accents ignored", () => {
    expect(paths("numero de seguimiento", "es")).toEqual(["order.trackingNumber"])
    expect(paths("tracking number", "en")).toEqual(["order.trackingNumber"])
  })

  it("offers nothing for a query no variable matches", () => {
    expect(paths("zzz")).toEqual([])
  })
})

describe("completeVariable", () => {
  it("completes the partial name and closes the tag", () => {
    const text = "Hi {{ ord"
    const at = variableQueryAt(text, text.length)!
    expect(completeVariable(text, text.length, at, "order.id")).toEqual({
      text: "Hi {{ order.id }}",
      cursor: 17,
    })
  })

  it("reuses closing braces already typed and swallows the rest of the name", () => {
    const text = "Hi {{ or }} there"
    const at = variableQueryAt(text, 8)!
    expect(completeVariable(text, 8, at, "order.id").text).toBe("Hi {{ order.id }} there")
    const middle = "Hi {{ orXYZ, bye"
    const atMiddle = variableQueryAt(middle, 8)!
    expect(completeVariable(middle, 8, atMiddle, "order.id").text).toBe("Hi {{ order.id }}, bye")
  })
})
