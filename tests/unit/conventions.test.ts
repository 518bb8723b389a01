/**
 * Checks of the codebase itself: things a build cannot catch because they live in strings.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { ORDER_STATES } from "~context/schema"
import { SELLER_CENTRAL_HOSTS } from "~sites/amazon/hosts"
import { EBAY_HOSTS } from "~sites/ebay/hosts"

const ROOT = join(__dirname, "..", "..")
const read = (path: string) => readFileSync(join(ROOT, path), "utf8")

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !name.includes(".test.") ? [path] : []
  })
}

describe("content script registration", () => {
  it("runs on exactly the Seller Central hosts the Amazon adapter knows", () => {
    const entry = read("src/contents/amazon-sidebar.tsx")
    const matches = [...entry.matchAll(/"https:\/\/([^/"]+)\/\*"/g)].map((match) => match[1])
    expect(matches.sort()).toEqual(Object.keys(SELLER_CENTRAL_HOSTS).sort())
  })

  it("runs on exactly the eBay hosts the eBay adapter knows", () => {
    const entry = read("src/contents/ebay-sidebar.tsx")
    const matches = [...entry.matchAll(/"https:\/\/([^/"]+)\/\*"/g)].map((match) => match[1])
    expect(matches.sort()).toEqual(Object.keys(EBAY_HOSTS).sort())
    expect(matches).toContain("mesg.ebay.com")
  })
})

describe("UI strings", () => {
  const english = JSON.parse(read("assets/_locales/en/messages.json")) as Record<string, unknown>
  const spanish = JSON.parse(read("assets/_locales/es/messages.json")) as Record<string, unknown>

  it("names messages the way Chrome accepts (letters, digits, underscores)", () => {
    expect(Object.keys(english).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([])
  })

  it("has every string in English and Spanish", () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort())
  })

  it("defines every key the code and the manifest use", () => {
    const used = new Set<string>()
    for (const file of sourceFiles("src")) {
      for (const match of read(file).matchAll(/\bt\("([A-Za-z0-9_]+)"/g)) used.add(match[1])
    }
    for (const match of read("package.json").matchAll(/__MSG_([A-Za-z]+)__/g)) used.add(match[1])
    expect(used.size).toBeGreaterThan(20)
    expect([...used].filter((key) => !(key in english))).toEqual([])
  })

  it("names every order state a suggestion can give as its reason, and every severity", () => {
    for (const state of ORDER_STATES) expect(english).toHaveProperty(`orderState_${state}`)
    for (const severity of ["block", "warn", "info"])
      expect(english).toHaveProperty(`severity_${severity}`)
  })

  it("names every fact the sidebar lists", () => {
    const factList = read("src/ui/sidebar/FactList.tsx")
    for (const match of factList.matchAll(/: "(fact[A-Za-z]+)"/g))
      expect(english).toHaveProperty(match[1])
  })
})

describe("background messages", () => {
  it("has one handler file per contract, named after it", async () => {
    const { CONTRACTS } = await import("~messaging/contracts")
    const handlers = readdirSync(join(ROOT, "src/background/messages")).map((name) =>
      name.replace(/\.ts$/, ""),
    )
    expect(handlers.sort()).toEqual(Object.keys(CONTRACTS).sort())
    for (const name of handlers) {
      expect(read(`src/background/messages/${name}.ts`)).toContain(`defineHandler("${name}"`)
    }
  })
})
