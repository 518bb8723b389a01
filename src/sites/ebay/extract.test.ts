// @vitest-environment jsdom
import { readFileSync } from "node:fs"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { parseMessageTime } from "~context/relative-time"
import { PageContextSchema } from "~context/schema"
import { insertText } from "~sites/insert"
import { EBAY_FIXTURE_NOW, EBAY_FIXTURES } from "../../../tests/fixtures/ebay"
import { loadFixture, loadHtml } from "../../../tests/unit/dom-fixture"
import { extract, findReplyBox, pageKind, protectedElements } from "./extract"
import { EBAY_HOSTS, EBAY_SITES } from "./hosts"
import { ebayAdapter } from "./index"

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] })
  vi.setSystemTime(new Date(EBAY_FIXTURE_NOW))
})
afterEach(() => {
  vi.useRealTimers()
})

function fixture(name: string) {
  const found = EBAY_FIXTURES.find((f) => f.name === name)
  if (!found) throw new Error(`no fixture ${name}`)
  return { ...loadFixture(found.file, found.url), file: found.file, href: found.url }
}

function expected(file: string) {
  return JSON.parse(readFileSync(file.replace(/\.html$/, ".expected.json"), "utf8"))
}

function withoutUrl(context: ReturnType<typeof extract>) {
  const { url: _url, ...page } = context.page
  return { ...context, page }
}

describe("fixtures", () => {
  it("cover every required page", () => {
    expect(EBAY_FIXTURES.length).toBeGreaterThanOrEqual(6)
    for (const f of EBAY_FIXTURES) expect(pageKind(new URL(f.url))).not.toBeNull()
  })

  it.each(EBAY_FIXTURES.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    const { document, url } = loadFixture(f.file, f.url)
    const context = extract(document, url)
    const parsed = PageContextSchema.safeParse(context)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    expect(context.page.url).toBe(f.url)
    expect(withoutUrl(context)).toEqual(expected(f.file))
  })

  it("counts input events on every usable reply box", () => {
    for (const f of EBAY_FIXTURES) {
      const html = readFileSync(f.file, "utf8")
      const box = findReplyBox(loadFixture(f.file, f.url).document)
      if (box) expect(html, f.name).toContain("window.__replyInputEvents")
    }
  })
})

describe("the open conversation only", () => {
  const cases = [
    {
      name: "us-view-message-where-is-item",
      orderIds: ["14-12345-67890", "17-09876-11223"],
      buyers: ["dmitri.v88", "beachhouse_finds"],
      items: ["285512349876"],
    },
    {
      name: "de-reply-item-not-received",
      orderIds: ["08-54321-98765"],
      buyers: ["sabine.k-77", "tom_werkstatt"],
      items: ["276123000111"],
    },
    {
      name: "it-legacy-message-detail",
      orderIds: ["09-24680-13579"],
      buyers: ["lucia.b2014", "motoclub_verona"],
      items: [],
    },
  ]

  it.each(cases)("never attributes the list's facts to the thread in $name", (c) => {
    const { document, url } = fixture(c.name)
    const { page, ...facts } = extract(document, url)
    const json = JSON.stringify(facts)
    for (const value of [...c.orderIds, ...c.buyers, ...c.items]) expect(json).not.toContain(value)
    expect(page.others).toEqual({ orderIds: c.orderIds, buyerNames: c.buyers })
  })

  it("ignores a hidden order number in the item card", () => {
    const { document, url } = fixture("us-view-message-where-is-item")
    expect(document.body.textContent).toContain("11-99999-00000")
    expect(JSON.stringify(extract(document, url))).not.toContain("11-99999-00000")
  })

  it("leaves the order out when the conversation shows two different order numbers", () => {
    const f = fixture("us-view-message-where-is-item")
    const html = readFileSync(f.file, "utf8").replace(
      "Can you check?",
      "Can you check? My other order 19-22222-33333 came fine.",
    )
    const { document, url } = loadHtml(html, f.href)
    const context = extract(document, url)
    expect(context.order).toBeUndefined()
    expect(context.thread?.messages).toHaveLength(3)
    expect(PageContextSchema.safeParse(context).success).toBe(true)
  })

  it("reads an inbox URL with nothing open as an inbox, list facts kept apart", () => {
    const { document, url } = fixture("us-inbox-half-loaded")
    const context = extract(document, url)
    expect(context.page.kind).toBe("inbox")
    expect(context.thread).toBeUndefined()
    expect(context.buyer).toBeUndefined()
    expect(context.order).toBeUndefined()
  })

  it("becomes an inbox when the conversation pane is replaced by a placeholder", () => {
    const f = fixture("us-view-message-where-is-item")
    const html = readFileSync(f.file, "utf8").replace(
      /<main class="msg-conversation"[\s\S]*<\/main>/,
      '<main class="msg-empty"><p>Select a conversation</p></main>',
    )
    const { document, url } = loadHtml(html, f.href)
    const context = extract(document, url)
    expect(context.page.kind).toBe("inbox")
    expect(context.thread).toBeUndefined()
    expect(context.order).toBeUndefined()
    expect(context.page.others?.buyerNames).toContain("dmitri.v88")
  })

  it.each([
    ["us-view-message-where-is-item", /msg-conversation"/g],
    ["de-reply-item-not-received", /id="m2mMessageReply"/g],
    ["it-legacy-message-detail", /id="msgDetailPanel"/g],
  ])(
    "finds the conversation of %s from its reply box when the pane has no known name",
    (name, re) => {
      const f = fixture(name)
      const { document, url } = loadHtml(
        readFileSync(f.file, "utf8").replace(re, 'class="x-pane"'),
        f.href,
      )
      expect(withoutUrl(extract(document, url))).toEqual(expected(f.file))
    },
  )
})

describe("message roles and times", () => {
  it("tells eBay's notices from the buyer and the seller", () => {
    const { document, url } = fixture("de-reply-item-not-received")
    const messages = extract(document, url).thread?.messages ?? []
    expect(messages.map((m) => m.role)).toEqual(["buyer", "seller", "marketplace"])
  })

  it("recognises an eBay notice without an author by its wording", () => {
    const html = `<!DOCTYPE html><html lang="en-US"><body><main class="msg-conversation"><div role="log">
      <div role="article" class="msg-bubble"><div class="msg-bubble__text">The buyer has opened an item not received request for this order.</div></div>
      </div><textarea aria-label="Write a message"></textarea></main></body></html>`
    const href = "https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=1"
    const { document } = loadHtml(html, href)
    expect(extract(document, new URL(href)).thread?.messages[0].role).toBe("marketplace")
  })

  it('reads the order status under its French label "État de la commande"', () => {
    const html = `<!DOCTYPE html><html lang="fr-FR"><body><main class="msg-conversation">
      <div class="msg-item-card"><div><span>N° de commande :</span> <span>04-13579-24680</span></div>
      <div><span>État de la commande :</span> <span>Expédié</span></div></div>
      <div role="log"><div role="article" class="msg-bubble"><span class="msg-bubble__author">julien-m.44</span>
      <div class="msg-bubble__text">Où est mon colis ?</div></div></div>
      <textarea aria-label="Écrire un message"></textarea></main></body></html>`
    const href = "https://www.ebay.fr/cnt/ViewMessage?group_type=CORE&question_id=1"
    const { document } = loadHtml(html, href)
    const order = extract(document, new URL(href)).order
    expect(order).toMatchObject({ id: "04-13579-24680", status: "Expédié", state: "shipped" })
  })

  it("resolves relative times against the clock", () => {
    const now = new Date(EBAY_FIXTURE_NOW)
    expect(parseMessageTime("2 hours ago", "en-US", now)).toBe("2025-11-20T13:30Z")
    expect(parseMessageTime("vor 2 Tagen", "de-DE", now)).toBe("2025-11-18")
    expect(parseMessageTime("hace 3 horas", "es-ES", now)).toBe("2025-11-20T12:30Z")
    expect(parseMessageTime("hace 3 días", "es-ES", now)).toBe("2025-11-17")
    expect(parseMessageTime("il y a 5 minutes", "fr-FR", now)).toBe("2025-11-20T15:25Z")
    expect(parseMessageTime("3 giorni fa", "it-IT", now)).toBe("2025-11-17")
    expect(parseMessageTime("gestern", "de-DE", now)).toBe("2025-11-19")
    expect(parseMessageTime("Yesterday at 4:12 PM", "en-US", now)).toBe("2025-11-19T16:12")
    expect(parseMessageTime("18-nov-25 09:14:32 CET", "it-IT", now)).toBe("2025-11-18T09:14:32")
    expect(parseMessageTime("soon", "en-US", now)).toBeUndefined()
  })
})

describe("names", () => {
  it("gives a first name only when a real name is shown", () => {
    const thread = extract(...args("us-view-message-where-is-item"))
    expect(thread.buyer).toEqual({ name: "kayla_m2019" })
    const order = extract(...args("us-seller-hub-order-shipped"))
    expect(order.buyer).toEqual({ name: "Marcus Webb", firstName: "Marcus" })
  })

  it("never reads the recipient line of the address or the copy tooltips", () => {
    const json = JSON.stringify(extract(...args("us-seller-hub-order-shipped")))
    expect(json).not.toContain("Alder Creek")
    expect(json).not.toContain("Copied")
    expect(json).not.toContain("12-05555-44444")
  })

  function args(name: string): [Document, URL] {
    const { document, url } = fixture(name)
    return [document, url]
  }
})

describe("never throws", () => {
  it.each([
    ["empty document", "", "https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=1"],
    [
      "no body",
      "<html><head></head></html>",
      "https://www.ebay.com/mesh/ord/details?orderid=12-12345-12345",
    ],
    ["home page", "<html><body><h1>eBay</h1></body></html>", "https://www.ebay.de/"],
    [
      "nonsense order page",
      "<div class='order-status'></div><div id='itemInfo'><div class='lineItemCard'><span class='soldPrice__value'>lots</span></div></div>",
      "https://www.ebay.com/sh/ord/details?orderid=12-12345-12345",
    ],
    [
      "garbage thread",
      "<x-a><template shadowrootmode='open'><div class='msg-bubble'><time datetime='nope'>x</time></div></template></x-a><textarea></textarea>",
      "https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/%00",
    ],
  ])("%s", (_name, html, href) => {
    const { document } = loadHtml(html, href)
    const context = extract(document, new URL(href))
    expect(PageContextSchema.safeParse(context).success).toBe(true)
  })

  it("survives DOM methods that throw", () => {
    const { document, url } = fixture("us-view-message-where-is-item")
    document.querySelectorAll = () => {
      throw new Error("boom")
    }
    const context = extract(document, url)
    expect(context.page.kind).toBe("thread")
    expect(PageContextSchema.safeParse(context).success).toBe(true)
  })

  it("gives an unknown or half-loaded eBay page only its marketplace and kind", () => {
    const href = "https://www.ebay.com/sh/lst/active"
    const { document } = loadHtml(
      "<html><body><div class='spinner'>Loading…</div></body></html>",
      href,
    )
    expect(extract(document, new URL(href))).toEqual({
      marketplace: {
        site: "ebay",
        host: "www.ebay.com",
        country: "US",
        locale: "en-US",
        marketplaceId: "EBAY_US",
        currency: "USD",
      },
      page: { kind: "unknown", url: href },
    })
  })
})

describe("pageKind", () => {
  const kind = (href: string) => pageKind(new URL(href))

  it.each([
    ["/cnt/ViewMessage?group_type=CORE", "thread"],
    ["/cnt/ViewMessage?group_type=CORE&conversation_type=FROM_MEMBERS", "thread"],
    ["/cnt/ViewMessage?group_type=CORE&status=UNREAD", "thread"],
    ["/cnt/ViewMessage?group_type=CORE&question_id=2189043561017", "thread"],
    ["/cnt/ReplyToMessages?M2MContact&item=276123456789&requested=jdoe&qid=1", "thread"],
    ["/mesh/ord/details?orderid=12-09876-54321", "order"],
    ["/mesh/ord/details?orderid=12-09876-54321&source=Orders", "order"],
    ["/sh/ord/details?orderid=23-11111-22222", "order"],
    ["/mesh/ord/details?orderid=nope", "unknown"],
    ["/mesh/ord/details", "unknown"],
    ["/sh/ord", "unknown"],
    ["/itm/394857201634", "unknown"],
    ["/", "unknown"],
  ])("%s -> %s", (path, expectedKind) => {
    for (const tld of Object.keys(EBAY_SITES))
      expect(kind(`https://www.ebay.${tld}${path}`)).toBe(expectedKind)
  })

  it.each([
    ["/mesgweb/ViewMessages/0", "inbox"],
    ["/mesgweb/ViewMessageDetail/0/m2m/158834120077", "thread"],
    ["/mesgweb/ViewMessageDetail/0/m2m/158834120077/m2m", "thread"],
    ["/somewhere", "unknown"],
  ])("legacy %s -> %s", (path, expectedKind) => {
    for (const tld of Object.keys(EBAY_SITES))
      expect(kind(`https://mesg.ebay.${tld}${path}`)).toBe(expectedKind)
  })

  it.each(Object.keys(EBAY_HOSTS))("handles %s", (host) => {
    const href = `https://${host}/cnt/ViewMessage?group_type=CORE`
    const { document } = loadHtml("<html><body></body></html>", href)
    const context = extract(document, new URL(href))
    expect(PageContextSchema.safeParse(context).success).toBe(true)
    expect(context.marketplace).toMatchObject({ site: "ebay", host })
    expect(context.marketplace.country).toMatch(/^[A-Z]{2}$/)
    expect(context.marketplace.currency).toMatch(/^[A-Z]{3}$/)
    expect(context.marketplace.marketplaceId).toMatch(/^EBAY_[A-Z]{2}$/)
    expect(context.marketplace.locale).toBeTruthy()
  })

  it.each([
    "https://www.ebay.com.evil.example/cnt/ViewMessage",
    "https://evil-www.ebay.com/cnt/ViewMessage",
    "https://ebay.example.com/cnt/ViewMessage",
    "https://sellercentral.amazon.com/messaging/inbox?cc=1",
    "https://example.com/mesh/ord/details?orderid=12-09876-54321",
  ])("returns null for %s", (href) => {
    expect(kind(href)).toBeNull()
  })

  it("reads the page language from <html lang>", () => {
    const href = "https://www.ebay.be/cnt/ViewMessage?group_type=CORE"
    const locale = (html: string) =>
      extract(loadHtml(html, href).document, new URL(href)).marketplace.locale
    expect(locale('<html lang="nl-BE"><body></body></html>')).toBe("nl-BE")
    expect(locale("<html><body></body></html>")).toBe("fr-BE")
  })
})

describe("findReplyBox, protectedElements and insertion", () => {
  it.each([
    ["us-view-message-where-is-item", "msg-reply-textarea"],
    ["de-reply-item-not-received", "msg_cnt_cnt"],
    ["it-legacy-message-detail", "replyText"],
  ])("finds the reply box of %s", (name, id) => {
    expect(findReplyBox(fixture(name).document)?.id).toBe(id)
  })

  it("finds nothing where there is no usable reply box (hidden forms, search boxes)", () => {
    for (const name of [
      "us-inbox-half-loaded",
      "us-seller-hub-order-shipped",
      "uk-seller-hub-order-old-layout",
    ])
      expect(findReplyBox(fixture(name).document), name).toBeNull()
  })

  it("protects the reply box and its Send button only", () => {
    const describe = (el: Element) =>
      `${el.localName}:${el.id || el.textContent?.trim() || el.getAttribute("value")}`
    expect(
      protectedElements(fixture("us-view-message-where-is-item").document).map(describe),
    ).toEqual(["textarea:msg-reply-textarea", "button:Send"])
    expect(protectedElements(fixture("de-reply-item-not-received").document).map(describe)).toEqual(
      ["textarea:msg_cnt_cnt", "button:Nachricht senden"],
    )
    expect(protectedElements(fixture("it-legacy-message-detail").document).map(describe)).toEqual([
      "textarea:replyText",
      "input:Invia",
    ])
    expect(protectedElements(fixture("us-inbox-half-loaded").document)).toEqual([])
  })

  it.each([
    "us-view-message-where-is-item",
    "de-reply-item-not-received",
    "it-legacy-message-detail",
  ])("inserts a reply into the reply box of %s", (name) => {
    const { document } = fixture(name)
    const box = findReplyBox(document)!
    let events = 0
    box.addEventListener("input", () => events++)
    box.value = "Hello"
    insertText(box, "Your parcel is on its way.")
    expect(box.value).toBe("Hello\n\nYour parcel is on its way.")
    expect(events).toBe(1)
  })

  it("is exposed as the adapter", () => {
    expect(ebayAdapter.site).toBe("ebay")
    expect(
      ebayAdapter.pageKind(new URL("https://www.ebay.co.uk/sh/ord/details?orderid=23-11111-22222")),
    ).toBe("order")
    expect(ebayAdapter.pageKind(new URL("https://sellercentral.amazon.com/home"))).toBeNull()
  })
})
