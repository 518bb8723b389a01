// @vitest-environment jsdom
import { describe, expect, it } from "vitest"
import { loadHtml } from "../../tests/unit/dom-fixture"
import {
  cleanText,
  closestDeep,
  containsDeep,
  deepQuerySelector,
  deepQuerySelectorAll,
  findLabeled,
  isHidden,
  labeledText,
  visibleText,
} from "./dom"

const URL = "https://sellercentral.amazon.com/messaging/inbox"

function page(body: string, head = "") {
  return loadHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, URL)
    .document
}

describe("deepQuerySelectorAll", () => {
  it("finds elements inside nested open shadow roots, in document order", () => {
    const doc = page(`
      <p class="x" id="a"></p>
      <kat-box id="host1">
        <template shadowrootmode="open">
          <p class="x" id="b"></p>
          <kat-inner><template shadowrootmode="open"><p class="x" id="c"></p></template></kat-inner>
          <slot></slot>
        </template>
        <p class="x" id="d"></p>
      </kat-box>
      <p class="x" id="e"></p>`)
    expect(deepQuerySelectorAll(doc, "p.x").map((el) => el.id)).toEqual(["a", "b", "c", "d", "e"])
    expect(doc.querySelectorAll("p.x")).toHaveLength(3)
    expect(deepQuerySelector(doc, "#c")?.id).toBe("c")
  })

  it("does not enter closed shadow roots and survives invalid selectors", () => {
    const doc = page(
      `<kat-x><template shadowrootmode="closed"><p class="x"></p></template></kat-x>`,
    )
    expect(deepQuerySelectorAll(doc, "p.x")).toEqual([])
    expect(deepQuerySelectorAll(doc, "p[[[")).toEqual([])
    expect(deepQuerySelector(doc, "::::")).toBeNull()
  })

  it("walks up through shadow roots", () => {
    const doc = page(
      `<section class="pane"><kat-a><template shadowrootmode="open"><span id="in"></span></template></kat-a></section>`,
    )
    const inner = deepQuerySelector(doc, "#in")!
    expect(closestDeep(inner, "section.pane")).not.toBeNull()
    expect(containsDeep(doc.querySelector("section")!, inner)).toBe(true)
  })
})

describe("visibleText", () => {
  it("skips hidden content of every kind", () => {
    const doc = page(
      `<div id="m">
        Visible
        <span hidden>H1</span>
        <span aria-hidden="true">H2</span>
        <span style="display: none">H3</span>
        <span style="visibility:hidden">H4</span>
        <template>H5</template>
        <script>var h6 = "H6"</script>
        <style>.h7{}</style>
        <noscript>H8</noscript>
        <textarea>H9</textarea>
        end
      </div>`,
    )
    expect(visibleText(doc.getElementById("m"))).toBe("Visible end")
  })

  it("checks the computed style of the starting element only when asked", () => {
    const doc = page(
      `<div class="gone" id="m">text</div>`,
      "<style>.gone { display: none }</style>",
    )
    const el = doc.getElementById("m")!
    expect(visibleText(el)).toBe("text")
    expect(visibleText(el, { computed: true })).toBe("")
    expect(isHidden(el)).toBe(true)
  })

  it("strips invisible and bidi characters and normalises spaces", () => {
    const doc = page(
      `<p id="m">Wh&#8203;ere&#8206; is &#8238;my&#8236;&nbsp;&nbsp; pack&#173;age&#xFEFF;?&#8290;&#8297;</p>`,
    )
    expect(visibleText(doc.getElementById("m"))).toBe("Where is my package?")
    expect(cleanText("a\u{E0001}b\u{E007F}c\u2066d\u2069")).toBe("abcd")
  })

  it("keeps paragraph breaks in multiline mode (blocks, <br>, at most one blank line)", () => {
    const doc = page(`<div id="m">
        <p>Hello,</p>
        <p>first line<br>second line</p>
        <div><div><div>deep block</div></div></div>
        <br><br><br><br>
        <p>Bye</p>
      </div>`)
    const el = doc.getElementById("m")
    expect(visibleText(el, { multiline: true })).toBe(
      "Hello,\n\nfirst line\nsecond line\n\ndeep block\n\nBye",
    )
    expect(visibleText(el)).toBe("Hello, first line second line deep block Bye")
  })

  it("keeps newlines of pre-wrapped text", () => {
    const doc = page(`<div id="m" style="white-space: pre-wrap">line 1
line 2</div>`)
    expect(visibleText(doc.getElementById("m"), { multiline: true })).toBe("line 1\nline 2")
  })

  it("reads open shadow roots and slotted content, not unslotted light children", () => {
    const doc = page(`
      <kat-label id="l"><template shadowrootmode="open"><span>Order ID</span></template></kat-label>
      <kat-card id="c"><template shadowrootmode="open"><b>Title:</b> <slot></slot></template>slotted</kat-card>
      <kat-nos id="n"><template shadowrootmode="open"><i>shadow only</i></template>not rendered</kat-nos>`)
    expect(visibleText(doc.getElementById("l"))).toBe("Order ID")
    expect(visibleText(doc.getElementById("c"))).toBe("Title: slotted")
    expect(visibleText(doc.getElementById("n"))).toBe("shadow only")
  })

  it("keeps markup-looking text as text", () => {
    const doc = page(`<p id="m">&lt;img src=x onerror=alert(1)&gt;</p>`)
    expect(visibleText(doc.getElementById("m"))).toBe("<img src=x onerror=alert(1)>")
    expect(doc.querySelector("img")).toBeNull()
  })

  it("returns an empty string for nothing", () => {
    expect(visibleText(null)).toBe("")
    expect(visibleText(undefined)).toBe("")
  })
})

describe("findLabeled", () => {
  const ORDER_ID_LABELS = [
    "Order ID",
    "Bestellnummer",
    "N° de commande",
    "Numero ordine",
    "Número de pedido",
    "注文番号",
  ]

  it.each([
    ["sibling span", `<div><span>Order ID:</span> <span>111-2222222-3333333</span></div>`],
    ["same text node", `<div>Order ID: 111-2222222-3333333</div>`],
    ["text then link", `<div>Order ID: <a href="#">111-2222222-3333333</a></div>`],
    ["cells", `<table><tr><td><b>Bestellnummer</b></td><td>111-2222222-3333333</td></tr></table>`],
    ["dt/dd", `<dl><dt>N° de commande</dt><dd>111-2222222-3333333</dd></dl>`],
    [
      "columns",
      `<div class="row"><div class="col"><span>Numero ordine</span></div><div class="col"><span>111-2222222-3333333</span></div></div>`,
    ],
    [
      "label in shadow root",
      `<div><kat-label><template shadowrootmode="open"><label><span>Número de pedido</span></label></template></kat-label><span>111-2222222-3333333</span></div>`,
    ],
    ["Japanese, full-width colon", `<div>注文番号：111-2222222-3333333</div>`],
    ["segments", `<div>ASIN: B000000000 · Order ID: 111-2222222-3333333</div>`],
    ["French spacing", `<div>N° de commande : 111-2222222-3333333</div>`],
  ])("%s", (_name, html) => {
    const doc = page(html)
    expect(labeledText(doc.body, ORDER_ID_LABELS)).toBe("111-2222222-3333333")
  })

  it("skips hidden labels and skipped subtrees", () => {
    const doc = page(`
      <div hidden>Order ID: 999-9999999-9999999</div>
      <ul class="list"><li>Order ID: 888-8888888-8888888</li></ul>
      <div>Order ID: 111-2222222-3333333</div>`)
    const skip = (el: Element) => el.classList.contains("list")
    expect(findLabeled(doc.body, ORDER_ID_LABELS, { skip }).map((f) => f.text)).toEqual([
      "111-2222222-3333333",
    ])
  })

  it("does not take the next row when a label has no value of its own", () => {
    const doc = page(
      `<div><div><span>Order ID</span><span>111-2222222-3333333</span></div><div>Carrier</div></div><div>UPS later text</div>`,
    )
    expect(labeledText(doc.body, ["Carrier"])).toBeUndefined()
  })

  it("applies an acceptance test and returns the value element", () => {
    const doc = page(`<div>Status: <b>Shipped</b></div><div>Status: <b>123</b></div>`)
    expect(labeledText(doc.body, ["Status"], (t) => /^\d+$/.test(t))).toBe("123")
    const [first] = findLabeled(doc.body, ["Status"])
    expect(first.element?.localName).toBe("b")
  })
})
