// @vitest-environment jsdom
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { PageContextSchema } from "~context/schema"
import { AMAZON_FIXTURES } from "../../../tests/fixtures/amazon"
import { longThreadHtml } from "../../../tests/fixtures/amazon/long-thread"
import { loadFixture, loadHtml } from "../../../tests/unit/dom-fixture"
import { insertText } from "../insert"
import { extract, findReplyBox, pageKind, protectedElements } from "./extract"
import { SELLER_CENTRAL_HOSTS } from "./hosts"
import { amazonAdapter } from "./index"

function fixture(name: string) {
  const found = AMAZON_FIXTURES.find((f) => f.name === name)
  if (!found) throw new Error(`no fixture ${name}`)
  return { ...loadFixture(found.file, found.url), file: found.file, href: found.url }
}

function expected(file: string) {
  return JSON.parse(readFileSync(file.replace(/\.html$/, ".expected.json"), "utf8"))
}

describe("fixtures", () => {
  it("cover every required page", () => {
    expect(AMAZON_FIXTURES.length).toBeGreaterThanOrEqual(11)
    for (const f of AMAZON_FIXTURES) expect(pageKind(new URL(f.url))).not.toBeNull()
  })

  it.each(AMAZON_FIXTURES.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    const { document, url } = loadFixture(f.file, f.url)
    const context = extract(document, url)
    const parsed = PageContextSchema.safeParse(context)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    expect(context.page.url).toBe(f.url)
    const { url: _url, ...page } = context.page
    expect({ ...context, page }).toEqual(expected(f.file))
  })
})

describe("the open conversation only", () => {
  const traps = ["113-9988776-5544332", "114-2233445-6677889", "111-5566778-8990011"]

  it("never takes order ids or names from the list of conversations as this thread's", () => {
    const { document, url } = fixture("us-inbox-v3-thread-shipped")
    const { page, ...facts } = extract(document, url)
    const json = JSON.stringify(facts)
    const names = ["Sarah Miller", "Priya Raman", "Carlos Mendoza"]
    for (const id of traps) expect(json).not.toContain(id)
    for (const name of names) expect(json).not.toContain(name)
    // They are kept apart as other buyers' facts, which a reply must not mention.
    expect(page.others).toEqual({ orderIds: traps, buyerNames: names })
  })

  it("reads nothing from a list when no conversation is open", () => {
    const { document, url } = fixture("us-inbox-half-loaded-unknown-layout")
    const context = extract(document, url)
    expect(context.order).toBeUndefined()
    expect(context.buyer).toBeUndefined()
    expect(JSON.stringify(context)).not.toMatch(/\d{3}-\d{7}-\d{7}/)
  })

  it("does not pick an order id from the list on an inbox page without an open thread", () => {
    const f = fixture("us-inbox-v3-thread-shipped")
    const html = readFileSync(f.file, "utf8").replace(
      /<section class="bsm-thread-view"[\s\S]*<\/section>/,
      '<section class="bsm-empty">Select a conversation</section>',
    )
    const { document, url } = loadHtml(
      html,
      "https://sellercentral.amazon.com/messaging/inbox?fi=responseNeeded",
    )
    const context = extract(document, url)
    expect(context.page.kind).toBe("inbox")
    expect(context.thread).toBeUndefined()
    expect(context.order).toBeUndefined()
    expect(context.buyer).toBeUndefined()
  })

  it("still reads the open thread on an inbox URL without cc=", () => {
    const f = fixture("us-inbox-v3-thread-shipped")
    const { document, url } = loadFixture(
      f.file,
      "https://sellercentral.amazon.com/messaging/inbox?fi=responseNeeded",
    )
    const context = extract(document, url)
    expect(context.page.kind).toBe("inbox")
    expect(context.order?.id).toBe("112-4456789-1234567")
    // Without cc= the id comes from the pane... which this layout does not carry.
    expect(context.thread?.messages).toHaveLength(3)
  })

  it("leaves the order out when the pane shows two different order ids", () => {
    const f = fixture("us-inbox-v3-thread-shipped")
    const html = readFileSync(f.file, "utf8").replace(
      '<a href="/orders-v3/order/112-4456789-1234567" target="_blank">112-4456789-1234567</a>',
      '<a href="/orders-v3/order/119-0000000-0000001" target="_blank">119-0000000-0000001</a>',
    )
    const { document, url } = loadHtml(html, f.href)
    const context = extract(document, url)
    expect(context.order).toBeUndefined()
    expect(context.thread?.messages).toHaveLength(3)
    expect(PageContextSchema.safeParse(context).success).toBe(true)
  })

  it.each([
    ["us-inbox-v3-thread-shipped", /bsm-thread-view/g],
    ["de-legacy-thread-unshipped", /thread-detail/g],
    ["uk-thread-amazon-on-behalf-fba", /data-test-id="thread-view"/g],
  ])(
    "finds the open conversation of %s from its reply box when the pane has no known name",
    (name, paneName) => {
      const f = fixture(name)
      const { document, url } = loadHtml(
        readFileSync(f.file, "utf8").replace(paneName, "x-pane"),
        f.href,
      )
      const { url: _url, ...page } = extract(document, url).page
      expect({ ...extract(document, url), page }).toEqual(expected(f.file))
    },
  )

  it("ignores hidden order ids in the pane", () => {
    const { document, url } = fixture("us-inbox-v3-thread-shipped")
    expect(document.querySelector(".bsm-order-card-prefetch")?.textContent).toContain(
      "114-2233445-6677889",
    )
    expect(extract(document, url).order?.id).toBe("112-4456789-1234567")
  })

  it("falls back to the one order id in the messages when the pane shows none", () => {
    const html = `<!DOCTYPE html><html lang="en-US"><body>
      <ul role="listbox"><li role="option">Order ID: 113-1111111-2222222</li><li role="option">Order ID: 113-3333333-4444444</li></ul>
      <section class="bsm-thread-view"><div role="log">
        <div role="article" class="bsm-message bsm-message--inbound"><div class="bsm-message-body">Hi, about order 111-2223334-4445556: it is late.</div></div>
      </div><textarea name="message"></textarea></section></body></html>`
    const { document, url } = loadHtml(
      html,
      "https://sellercentral.amazon.com/messaging/inbox?cc=abc",
    )
    const context = extract(document, url)
    expect(context.order).toEqual({ id: "111-2223334-4445556", items: [] })
  })
})

describe("text is text", () => {
  it("does not scrape hidden text or invisible characters", () => {
    const { document, url } = fixture("us-inbox-v3-thread-shipped")
    const context = extract(document, url)
    const json = JSON.stringify(context)
    for (const hidden of [
      "INTERNAL-HIDDEN-SPAN",
      "ARIA-HIDDEN-TEXT",
      "HIDDEN-ATTRIBUTE-TEXT",
      "TEMPLATE-TEXT",
      "COLLAPSED-DRAFT-TEXT",
    ])
      expect(json).not.toContain(hidden)
    expect(json).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/)
    expect(context.thread?.messages[0].text).toContain("Where is my package?")
  })

  it("keeps markup typed by a buyer literally, without creating elements", () => {
    const { document, url } = fixture("us-inbox-v3-thread-shipped")
    const context = extract(document, url)
    expect(context.thread?.messages[2].text).toBe(
      "Still nothing. The tracking page shows <img src=x onerror=alert(1)> instead of a status.",
    )
    expect(document.querySelector("img[onerror]")).toBeNull()
  })

  it("keeps paragraphs of message bodies", () => {
    const { document, url } = fixture("us-inbox-v3-thread-shipped")
    const [first] = extract(document, url).thread?.messages ?? []
    expect(first.text.split("\n")).toEqual([
      "Hi, my order was supposed to arrive by Nov 19 but the tracking hasn’t updated since Monday. Where is my package?",
      "",
      "Thanks,",
      "Michael",
    ])
  })
})

describe("message roles", () => {
  it("tells Amazon writing on the buyer's behalf from the buyer", () => {
    const { document, url } = fixture("uk-thread-amazon-on-behalf-fba")
    const roles = extract(document, url).thread?.messages.map((m) => m.role)
    expect(roles).toEqual(["marketplace", "seller", "buyer"])
  })

  it("recognises the on-behalf wording even when the bubble looks like the buyer's", () => {
    const html = `<!DOCTYPE html><html lang="en-US"><body><section class="bsm-thread-view"><div role="log">
      <div role="article" class="bsm-message"><span class="bsm-message-sender">Jane D.</span>
      <div class="bsm-message-body">We’ve been contacted by a customer regarding the order identified below. Reason: Other</div></div>
      </div><textarea name="message"></textarea></section></body></html>`
    const { document, url } = loadHtml(
      html,
      "https://sellercentral.amazon.com/messaging/inbox?cc=x",
    )
    expect(extract(document, url).thread?.messages[0].role).toBe("marketplace")
  })
})

describe("never throws", () => {
  const url = (path: string) => new URL(`https://sellercentral.amazon.com${path}`)

  it.each([
    ["empty document", "", "/messaging/inbox?cc=1"],
    [
      "no body",
      "<html><head><title>x</title></head></html>",
      "/orders-v3/order/111-1111111-1111111",
    ],
    [
      "home page",
      "<html><body><h1>Welcome</h1><a href='/orders-v3'>Orders</a></body></html>",
      "/home",
    ],
    [
      "contact without order",
      "<html><body><div class='ayb-contact-buyer-header'><h2></h2></div></body></html>",
      "/messaging/contact",
    ],
    [
      "garbage",
      "<kat-x><template shadowrootmode='open'><slot></slot><template shadowrootmode='open'></template></template></kat-x><table><tr><td>Order ID</td></tr></table>",
      "/messaging/inbox-v3?cc=%00",
    ],
    [
      "order page with nonsense",
      "<div id='MYO-app'><span data-test-id='order-id-value'>nope</span><span data-test-id='order-summary-shipby-value'>soon</span><table class='a-keyvalue'><tr><td><div class='more-info-column-word-wrap-break-word'></div></td></tr></table></div>",
      "/orders-v3/order/111-1111111-1111111",
    ],
  ])("%s", (_name, html, path) => {
    const { document } = loadHtml(html, url(path).href)
    const context = extract(document, url(path))
    expect(PageContextSchema.safeParse(context).success).toBe(true)
    expect(context.marketplace.marketplaceId).toBe("ATVPDKIKX0DER")
  })

  it("survives DOM methods that throw", () => {
    const { document, url: u } = fixture("us-inbox-v3-thread-shipped")
    document.querySelectorAll = () => {
      throw new Error("boom")
    }
    const context = extract(document, u)
    expect(context.page.kind).toBe("thread")
    expect(PageContextSchema.safeParse(context).success).toBe(true)
  })

  it("gives an unknown Seller Central page only its marketplace and kind", () => {
    const { document } = loadHtml(
      "<html><body><h1>Inventory</h1></body></html>",
      url("/inventory").href,
    )
    expect(extract(document, url("/inventory"))).toEqual({
      marketplace: {
        site: "amazon",
        host: "sellercentral.amazon.com",
        country: "US",
        locale: "en-US",
        marketplaceId: "ATVPDKIKX0DER",
        currency: "USD",
      },
      page: { kind: "unknown", url: "https://sellercentral.amazon.com/inventory" },
    })
  })
})

describe("pageKind", () => {
  const kind = (href: string) => pageKind(new URL(href))

  it.each([
    ["/messaging/inbox?fi=responseNeeded", "inbox"],
    ["/messaging/inbox?fi=responseNeeded&cc=8f14e45f-ceea-467a-9575-1b3f2d6c9a41", "thread"],
    ["/messaging/inbox?fi=search&ss=111-2222222-3333333", "inbox"],
    ["/messaging/inbox?fi=search&ss=111-2222222-3333333&cc=abc", "thread"],
    ["/messaging/inbox?fi=caseId&ss=0b7d5c1a-93aa&cc=0b7d5c1a-93aa", "thread"],
    ["/messaging/inbox-v3?fi=responseNeeded", "inbox"],
    ["/messaging/inbox-v3?fi=responseNeeded&cc=x", "thread"],
    ["/messaging/inbox-v3/thread?cc=x", "thread"],
    ["/messaging/no-response-needed?cc=x", "thread"],
    ["/messaging/no-response-needed", "inbox"],
    ["/messaging/contact?orderID=111-2222222-3333333&marketplaceID=ATVPDKIKX0DER", "contact"],
    ["/orders-v3/order/111-2222222-3333333", "order"],
    ["/orders-v3/order/111-2222222-3333333?ref=ao", "order"],
    ["/gp/orders-v2/details?orderID=111-2222222-3333333", "order"],
    ["/orders-v3?page=1", "unknown"],
    ["/orders-v3/order/not-an-id", "unknown"],
    ["/home", "unknown"],
    ["/messaging/inboxes", "unknown"],
    ["/", "unknown"],
  ])("%s -> %s", (path, expectedKind) => {
    expect(kind(`https://sellercentral.amazon.com${path}`)).toBe(expectedKind)
  })

  it.each(Object.keys(SELLER_CENTRAL_HOSTS))("handles %s", (host) => {
    expect(kind(`https://${host}/messaging/inbox?cc=1`)).toBe("thread")
    expect(kind(`https://${host}/orders-v3/order/111-2222222-3333333`)).toBe("order")
    expect(kind(`https://${host}/home`)).toBe("unknown")
    const { document } = loadHtml("<html><body></body></html>", `https://${host}/home`)
    const context = extract(document, new URL(`https://${host}/home`))
    expect(PageContextSchema.safeParse(context).success).toBe(true)
    if (SELLER_CENTRAL_HOSTS[host]) {
      expect(context.marketplace.marketplaceId).toBe(SELLER_CENTRAL_HOSTS[host])
      expect(context.marketplace.country).toMatch(/^[A-Z]{2}$/)
      expect(context.marketplace.currency).toMatch(/^[A-Z]{3}$/)
      expect(context.marketplace.locale).toBeTruthy()
    }
  })

  it.each([
    "https://www.amazon.com/messaging/inbox?cc=1",
    "https://sellercentral.amazon.com.evil.example/messaging/inbox?cc=1",
    "https://evil-sellercentral.amazon.com/messaging/inbox?cc=1",
    "https://www.ebay.com/cnt/ViewMessage",
    "https://example.com/orders-v3/order/111-2222222-3333333",
  ])("returns null for %s", (href) => {
    expect(kind(href)).toBeNull()
  })
})

describe("marketplace", () => {
  it("takes the marketplace from the URL before the host", () => {
    const href =
      "https://sellercentral.amazon.com/messaging/contact?orderID=111-2222222-3333333&marketplaceID=A2EUQ1WTGCTBG2"
    const { document } = loadHtml("<html><body></body></html>", href)
    expect(extract(document, new URL(href)).marketplace).toMatchObject({
      country: "CA",
      marketplaceId: "A2EUQ1WTGCTBG2",
      currency: "CAD",
    })
  })

  it("reads the page language from <html lang>", () => {
    const href = "https://sellercentral.amazon.de/home"
    expect(
      extract(loadHtml('<html lang="en-GB"><body></body></html>', href).document, new URL(href))
        .marketplace.locale,
    ).toBe("en-GB")
    expect(
      extract(loadHtml('<html lang="de"><body></body></html>', href).document, new URL(href))
        .marketplace.locale,
    ).toBe("de-DE")
    expect(
      extract(loadHtml('<html lang="de_DE"><body></body></html>', href).document, new URL(href))
        .marketplace.locale,
    ).toBe("de-DE")
    expect(
      extract(loadHtml("<html><body></body></html>", href).document, new URL(href)).marketplace
        .locale,
    ).toBe("de-DE")
  })

  it("leaves the country open on the unified European Seller Central", () => {
    const href = "https://sellercentral-europe.amazon.com/home"
    const m = extract(
      loadHtml('<html lang="fr-FR"><body></body></html>', href).document,
      new URL(href),
    ).marketplace
    expect(m).toEqual({ site: "amazon", host: "sellercentral-europe.amazon.com", locale: "fr-FR" })
  })
})

describe("joining a thread with an order page seen earlier", () => {
  it("the order-id-only thread names the order of the order page", () => {
    const thread = fixture("us-thread-order-id-only")
    const order = fixture("us-order-details-shipped")
    const threadContext = extract(thread.document, thread.url)
    const orderContext = extract(order.document, order.url)
    expect(threadContext.order).toEqual({ id: orderContext.order?.id, items: [] })
    expect(orderContext.order?.trackingNumber).toBe("9400111899223197428490")
  })
})

describe("findReplyBox and protectedElements", () => {
  it("finds the textarea inside the kat-textarea shadow root", () => {
    const { document } = fixture("us-inbox-v3-thread-shipped")
    const box = findReplyBox(document)!
    expect(box.localName).toBe("textarea")
    const host = (box.getRootNode() as ShadowRoot).host
    expect(host.localName).toBe("kat-textarea")
    expect(host.classList.contains("bsm-reply-textarea")).toBe(true)
  })

  it("finds the contact page textarea", () => {
    const { document } = fixture("us-contact-buyer")
    const host = (findReplyBox(document)!.getRootNode() as ShadowRoot).host
    expect(host.closest(".contact-buyer-text-area")).not.toBeNull()
  })

  it("finds a plain textarea and skips hidden ones", () => {
    const { document } = fixture("de-legacy-thread-unshipped")
    expect(findReplyBox(document)?.id).toBe("reply-message")
  })

  it("finds nothing on a page without a reply box", () => {
    expect(findReplyBox(fixture("us-inbox-half-loaded-unknown-layout").document)).toBeNull()
    expect(findReplyBox(fixture("us-order-details-shipped").document)).toBeNull()
  })

  it("protects the reply box and the send button only", () => {
    const a = protectedElements(fixture("us-inbox-v3-thread-shipped").document)
    expect(a.map((el) => `${el.localName}.${el.className}`)).toEqual([
      "kat-textarea.bsm-reply-textarea",
      "kat-button.bsm-send-button",
    ])
    const contact = protectedElements(fixture("us-contact-buyer").document)
    expect(contact.map((el) => el.localName)).toEqual(["kat-textarea", "kat-button"])
    expect(contact[1].classList.contains("ayb-contact-form-send-button")).toBe(true)
    const legacy = protectedElements(fixture("de-legacy-thread-unshipped").document)
    expect(legacy.map((el) => el.id || el.className)).toEqual(["reply-message", "send-button"])
    const uk = protectedElements(fixture("uk-thread-amazon-on-behalf-fba").document)
    expect(uk.map((el) => el.getAttribute("data-test-id"))).toEqual([
      "reply-textarea",
      "send-button",
    ])
  })

  it("inserts a reply into the found shadow textarea", () => {
    const { document } = fixture("us-inbox-v3-thread-shipped")
    const box = findReplyBox(document)!
    let events = 0
    document.addEventListener("input", () => events++)
    insertText(box, "Hi Michael")
    expect(box.value).toBe("Hi Michael")
    expect(events).toBe(1)
  })

  it("is exposed as the adapter", () => {
    expect(amazonAdapter.site).toBe("amazon")
    expect(
      amazonAdapter.pageKind(
        new URL("https://sellercentral.amazon.de/orders-v3/order/302-5678901-2345678"),
      ),
    ).toBe("order")
  })
})

describe("long threads", () => {
  it("reads every message of a 300-message thread, in order", () => {
    const { html, url } = longThreadHtml(300)
    const loaded = loadHtml(html, url)
    const context = extract(loaded.document, loaded.url)
    expect(context.thread?.messages).toHaveLength(300)
    expect(context.order?.id).toBe("112-4456789-1234567")
    expect(context.thread?.messages[299]).toMatchObject({
      role: "seller",
      sentAt: "2025-11-20T09:14",
      text: "Message 299 with some text.\n\nSecond\nline",
    })
  })
})
