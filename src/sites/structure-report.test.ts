// @vitest-environment jsdom
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { ON_BEHALF_MARKERS } from "~sites/amazon/selectors"
import { reportFileName, structureReport } from "~sites/structure-report"
import { AMAZON_FIXTURES } from "../../tests/fixtures/amazon"
import { loadFixture, loadHtml } from "../../tests/unit/dom-fixture"

const NOW = new Date("2025-11-24T10:00:00Z")
const ORDER_ID = /\d{3}-\d{7}-\d{7}/g

const fixture = (name: string) => {
  const found = AMAZON_FIXTURES.find((f) => f.name === name)
  if (!found) throw new Error(`no fixture ${name}`)
  return found
}

function report(name: string): { source: Document; html: string; reparsed: Document } {
  const f = fixture(name)
  const { document, url } = loadFixture(f.file, f.url)
  const html = structureReport(document, url, NOW)
  return { source: document, html, reparsed: loadHtml(html, f.url).document }
}

/** Every node in document order, descending into open shadow roots (before light children). */
function walk(node: Node, visit: (node: Node) => void): void {
  visit(node)
  const shadow = (node as Element).shadowRoot
  if (shadow) for (const child of Array.from(shadow.childNodes)) walk(child, visit)
  for (const child of Array.from(node.childNodes)) walk(child, visit)
}

function elements(doc: Document): Element[] {
  const out: Element[] = []
  walk(doc.documentElement, (node) => {
    if (node.nodeType === 1) out.push(node as Element)
  })
  return out
}

function tagCounts(doc: Document): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const el of elements(doc)) counts[el.localName] = (counts[el.localName] ?? 0) + 1
  return counts
}

/** Order ids in document order: text nodes and attribute values (not form values: emptied). */
function orderIds(doc: Document, withFormValues = false): string[] {
  const out: string[] = []
  walk(doc.documentElement, (node) => {
    if (node.nodeType === 3) out.push(...((node as Text).data.match(ORDER_ID) ?? []))
    if (node.nodeType !== 1) return
    const el = node as Element
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === "value" && el.localName === "input" && !withFormValues) continue
      out.push(...(attr.value.match(ORDER_ID) ?? []))
    }
  })
  return out
}

const PERSONAL_KEYS = new Set([
  "name",
  "firstName",
  "author",
  "text",
  "subject",
  "id",
  "orderIds",
  "buyerNames",
  "title",
  "asin",
  "sku",
  "trackingNumber",
  "street",
  "city",
  "region",
  "postalCode",
  "country",
  "email",
  "phone",
])
const NOT_PERSONAL = new Set(["You", "Amazon"])

/** Personal strings of a fixture's expected context (message texts also line by line). */
function personalValues(name: string): string[] {
  const expected = JSON.parse(
    readFileSync(fixture(name).file.replace(/\.html$/, ".expected.json"), "utf8"),
  ) as unknown
  const values = new Set<string>()
  const visit = (value: unknown, key: string): void => {
    if (typeof value === "string") {
      if (!PERSONAL_KEYS.has(key) || NOT_PERSONAL.has(value) || value.length < 3) return
      values.add(value)
      if (key === "text")
        for (const line of value.split("\n")) {
          // Amazon's own template sentences are kept on purpose.
          if (ON_BEHALF_MARKERS.some((marker) => marker.test(line))) continue
          if (line.trim().length >= 6) values.add(line.trim())
        }
      return
    }
    if (Array.isArray(value)) for (const item of value) visit(item, key)
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) visit(v, k)
  }
  visit(expected, "")
  return [...values]
}

const CHECKED = [
  "es-thread-shipped",
  "us-inbox-v3-thread-shipped",
  "de-legacy-thread-unshipped",
  "uk-thread-amazon-on-behalf-fba",
  "us-thread-order-id-only",
  "us-order-details-shipped",
  "fr-order-details",
  "it-order-details",
  "es-order-details",
  "jp-order-details",
  "us-contact-buyer",
  "us-inbox-half-loaded-unknown-layout",
]

describe("structureReport", () => {
  for (const name of CHECKED) {
    describe(name, () => {
      const { source, html, reparsed } = report(name)

      it("contains none of the page's personal values", () => {
        const values = personalValues(name)
        expect(values.length).toBeGreaterThan(0)
        for (const value of values) expect(html, value).not.toContain(value)
        // Order ids anywhere on the page (other buyers' too) and the ones in the URL.
        const ids = new Set([
          ...orderIds(source, true),
          ...(fixture(name).url.match(ORDER_ID) ?? []),
        ])
        for (const id of ids) expect(html).not.toContain(id)
      })

      it("keeps the structure: elements per tag, data-test-ids, shadow roots", () => {
        expect(tagCounts(reparsed)).toEqual(tagCounts(source))
        const testIds = (doc: Document) =>
          elements(doc)
            .map((el) => el.getAttribute("data-test-id"))
            .filter((id): id is string => id !== null)
        expect(testIds(reparsed)).toEqual(testIds(source))
        const hosts = (doc: Document) =>
          elements(doc)
            .filter((el) => el.shadowRoot)
            .map((el) => el.localName)
        expect(hosts(reparsed)).toEqual(hosts(source))
        expect(html.split('<template shadowrootmode="open">').length - 1).toBe(hosts(source).length)
        const attrs = (doc: Document) =>
          elements(doc).map((el) => `${el.localName}[${el.getAttributeNames().join(",")}]`)
        expect(attrs(reparsed)).toEqual(attrs(source))
      })

      it("maps each order id to one replacement everywhere", () => {
        const before = orderIds(source)
        const after = orderIds(reparsed)
        expect(after.length).toBe(before.length)
        const mapping = new Map<string, string>()
        before.forEach((id, i) => {
          expect(after[i]).not.toBe(id)
          expect(mapping.get(id) ?? after[i]).toBe(after[i])
          mapping.set(id, after[i])
        })
        // Different ids stay different.
        expect(new Set(mapping.values()).size).toBe(mapping.size)
      })
    })
  }

  it("replaces the same order id the same way in text, links and the URL header", () => {
    const { html, reparsed } = report("us-inbox-v3-thread-shipped")
    const link = elements(reparsed).find((el) => el.matches('a[href*="/orders-v3/order/"]'))
    const id = link?.getAttribute("href")?.match(ORDER_ID)?.[0]
    expect(id).toMatch(/^1\d{2}-\d{7}-\d{7}$/)
    expect(link?.textContent).toBe(id)
    // The subject and the list of conversations show it too.
    expect(html.split(id as string).length - 1).toBe(4)
    const de = report("de-legacy-thread-unshipped")
    const header = /URL: (\S+)/.exec(de.html)?.[1] ?? ""
    const ss = new URL(header).searchParams.get("ss")
    expect(ss).toMatch(/^3\d{2}-\d{7}-\d{7}$/)
    expect(de.html).toContain(`/orders-v3/order/${ss}`)
  })

  it("keeps known labels, UI words and date formats, masks the rest by shape", () => {
    const { html } = report("us-inbox-v3-thread-shipped")
    for (const kept of [
      "<span>Order ID</span>",
      "<span>Tracking ID</span>",
      'kat-label text="Ship by"',
      'label="Send"',
      ">Send</button>",
      "<span>Shipped on</span>",
      ">UPS<",
      '<span class="bsm-message-sender">You</span>',
      'class="buyer-name">Xxxxxxx Xxxx</span>',
      "<span>Thu, Nov 00, 0000</span>",
      "Order ID: ",
      'aria-label="Buyer messages"',
      'data-test-id="order-summary-card"',
      'role="listbox"',
      'type="search"',
      ">$00.00<",
    ])
      expect(html).toContain(kept)
    expect(html).toMatch(/ASIN: B0[A-Z0-9]{8}</)
    expect(html).toMatch(/>1Z[0-9A-Z]{16}</)
    expect(html).toMatch(/tracknum=1Z[0-9A-Z]{16}"/)
    expect(html).not.toContain("INTERNAL-HIDDEN-SPAN")
    expect(html).not.toContain("TEMPLATE-TEXT")
    expect(html).not.toContain("onerror")
  })

  it("keeps the header, the kept URL parameters and no user agent", () => {
    const { html } = report("us-contact-buyer")
    expect(html.startsWith("<!DOCTYPE html>\n<!--")).toBe(true)
    expect(html).toContain("Date: 2025-11-24T10:00:00.000Z")
    expect(html).toMatch(/URL: https:\/\/sellercentral\.amazon\.com\/messaging\/contact\?orderID=1/)
    expect(html).toContain("marketplaceID=ATVPDKIKX0DER")
    expect(html).not.toContain(navigator.userAgent)
    expect(report("uk-thread-amazon-on-behalf-fba").html).toContain("?fi=responseNeeded&cc=")
    // Amazon's own on-behalf opening stays readable, the buyer's detail does not.
    const uk = report("uk-thread-amazon-on-behalf-fba").html
    expect(uk).toContain("contacted by a customer regarding the order identified below.")
    expect(uk).not.toContain("marked as delivered")
  })

  it("removes script contents, form values, image sources and personal attributes", () => {
    const html = `<!DOCTYPE html><html><head><title>Order 123-4567890-1234567</title>
<script>window.buyer = "Jane Roe"</script><script type="application/json">{"email":"jane@x.com"}</script>
<meta name="description" content="Jane Roe's orders"></head><body>
<form><input type="text" name="q" value="Jane Roe"><input type="hidden" name="token" value="abcdef123456">
<input type="submit" value="Send"><input type="radio" name="r" value="SHIPPING_INFO">
<textarea name="message">Dear Jane, my address is 12 Elm St</textarea></form>
<img src="https://images.example.com/jane-roe-avatar.jpg" alt="Jane Roe" title="Photo of Jane Roe">
<a href="mailto:jane.roe@example.com">jane.roe@example.com</a> <a href="tel:+1-206-555-0100">+1 206-555-0100</a>
<span data-buyer-name="jane" data-state="expanded" data-customer-email="jane.roe@example.com" aria-label="Conversation with Jane Roe">Jane Roe wrote: hello</span>
<div id="thread-123-4567890-1234567" class="thread order-123-4567890-1234567"><a href="/orders-v3/order/123-4567890-1234567?ref=Jane">123-4567890-1234567</a></div>
<a href="https://www.amazon.com/Jane-Roe-Custom-Mug/dp/B0ABCDEFGH/ref=sr_1_1?keywords=jane+roe+mug">Mug</a>
<div onclick="alert('Jane')" style="background:url(https://x.example/jane.png)">x</div>
<p>Tracking: TBA123456789012 and DE123456789DE and jane.roe@example.com twice</p>
<template><p>Jane Roe in a template</p></template>
</body></html>`
    const url =
      "https://sellercentral.amazon.com/messaging/thread?orderId=123-4567890-1234567&buyer=Jane%20Roe&fi=responseNeeded"
    const { document } = loadHtml(html, url)
    const out = structureReport(document, new URL(url), NOW)
    for (const leaked of [
      "Jane",
      "jane",
      "Roe",
      "123-4567890-1234567",
      "Elm St",
      "555-0100",
      "B0ABCDEFGH",
      "TBA123456789012",
      "DE123456789DE",
      "abcdef123456",
    ])
      expect(out, leaked).not.toContain(leaked)
    expect(out).toContain("/* script content removed (25 characters) */")
    expect(out).toMatch(/<textarea name="message"><\/textarea>/)
    expect(out).toContain('name="q" value=""')
    expect(out).toContain('type="submit" value="Send"')
    expect(out).toContain('value="SHIPPING_INFO"')
    expect(out).toContain('data-state="expanded"')
    expect(out).toContain('src="data:image/gif;base64,')
    expect(out).toContain("user1@example.invalid")
    expect(out.match(/user1@example\.invalid/g)?.length).toBe(4)
    expect(out).toContain("fi=responseNeeded")
    expect(out).toMatch(/\/dp\/B0[A-Z0-9]{8}\//)
    expect(out).toMatch(/>Tracking: TBA\d{12} xxx DE\d{9}DE xxx user1@example\.invalid xxxxx</)
    const id = /<a href="\/orders-v3\/order\/(1\d{2}-\d{7}-\d{7})\?ref=Xxxx">(\S+)<\/a>/.exec(out)
    expect(id?.[2]).toBe(id?.[1])
    expect(out).toContain(`id="thread-${id?.[1]}" class="thread order-${id?.[1]}"`)
    expect(out).toContain(`orderId=${id?.[1]}&buyer=Xxxx+Xxx&fi=responseNeeded`)
    expect(out).not.toContain("alert")
  })
})

describe("reportFileName", () => {
  it("names the file after the host and the time, in UTC, to the minute", () => {
    expect(reportFileName(new URL("https://sellercentral.amazon.com/messaging/inbox"), NOW)).toBe(
      "page-structure-sellercentral.amazon.com-2025-11-24T10-00.html",
    )
  })
})
