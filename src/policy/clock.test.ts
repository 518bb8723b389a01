import { describe, expect, it } from "vitest"
import type { Message, PageContext } from "~context/schema"
import {
  addBusinessDays,
  ebayRequestIn,
  isAcknowledgementOnly,
  parseSentAt,
  responseClock,
} from "./clock"

const HOUR = 3_600_000

// Times without a zone are local: the tests hold in any time zone. Dates avoid DST changes.
// January 2025: Fri 3, Sat 4, Sun 5, Mon 6, Tue 7, Wed 8, Thu 9, Fri 10.
const local = (day: number, hour = 0, minute = 0, month = 0) =>
  new Date(2025, month, day, hour, minute)

const amazon = (messages: Message[], subject?: string): PageContext => ({
  marketplace: { site: "amazon", host: "sellercentral.amazon.com", locale: "en-US" },
  page: { kind: "thread", url: "https://sellercentral.amazon.com/messaging/inbox" },
  thread: { subject, messages },
})

const ebay = (messages: Message[], subject?: string): PageContext => ({
  marketplace: { site: "ebay", host: "www.ebay.de", locale: "de-DE" },
  page: { kind: "thread", url: "https://www.ebay.de/mesgweb/ViewMessages/0" },
  thread: { subject, messages },
})

const buyer = (text: string, sentAt?: string): Message => ({ role: "buyer", text, sentAt })
const seller = (text: string, sentAt?: string): Message => ({ role: "seller", text, sentAt })
const marketplace = (text: string, sentAt?: string): Message => ({
  role: "marketplace",
  text,
  sentAt,
})

describe("parseSentAt", () => {
  it("reads a date-time without a zone as a local time", () => {
    expect(parseSentAt("2025-01-03T10:30")).toEqual({ at: local(3, 10, 30), dateOnly: false })
    expect(parseSentAt("2025-01-03T10:30:15.250")?.at).toEqual(
      new Date(2025, 0, 3, 10, 30, 15, 250),
    )
  })

  it("reads a zone or an offset exactly", () => {
    expect(parseSentAt("2025-01-03T10:30:00Z")?.at.toISOString()).toBe("2025-01-03T10:30:00.000Z")
    expect(parseSentAt("2025-01-03T10:30+02:00")?.at.toISOString()).toBe("2025-01-03T08:30:00.000Z")
    expect(parseSentAt("2025-01-03T10:30:00-05:30")?.at.toISOString()).toBe(
      "2025-01-03T16:00:00.000Z",
    )
  })

  it("reads a date alone as the start of that local day, flagged", () => {
    expect(parseSentAt("2025-01-03")).toEqual({ at: local(3), dateOnly: true })
  })

  it("rejects what is not a real date", () => {
    expect(parseSentAt("2025-02-30")).toBeUndefined()
    expect(parseSentAt("2025-13-01T10:00")).toBeUndefined()
    expect(parseSentAt("2025-01-01T24:00")).toBeUndefined()
    expect(parseSentAt("yesterday")).toBeUndefined()
  })
})

describe("addBusinessDays", () => {
  it("keeps the time of day on weekdays", () => {
    expect(addBusinessDays(local(6, 9), 3)).toEqual(local(9, 9))
  })

  it("skips the weekend", () => {
    expect(addBusinessDays(local(3, 10), 3)).toEqual(local(8, 10))
    expect(addBusinessDays(local(9, 23, 59), 3)).toEqual(local(14, 23, 59))
  })

  it("counts a weekend start from Monday morning (deadline: end of Wednesday)", () => {
    expect(addBusinessDays(local(4, 10), 3)).toEqual(local(9))
    expect(addBusinessDays(local(5, 23), 3)).toEqual(local(9))
  })
})

describe("responseClock on Amazon", () => {
  it("runs 24 hours from the buyer's message", () => {
    const clock = responseClock(
      amazon([buyer("Where is my order?", "2025-01-03T10:00")]),
      local(3, 16),
    )
    expect(clock).toMatchObject({
      rule: "amazon-24h",
      status: "ok",
      messageIndex: 0,
      startedAt: local(3, 10),
      deadline: local(4, 10),
      remainingMs: 18 * HOUR,
      approximate: false,
      noResponseNeeded: false,
    })
  })

  it("counts weekends: a Friday message is due on Saturday", () => {
    const clock = responseClock(amazon([buyer("Hello?", "2025-01-03T18:00")]), local(4, 9))
    expect(clock.deadline).toEqual(local(4, 18))
    expect(clock.status).toBe("ok")
  })

  it("is due soon under 4 hours", () => {
    const context = amazon([buyer("Where is my order?", "2025-01-03T10:00")])
    expect(responseClock(context, local(4, 6, 1)).status).toBe("due-soon")
    expect(responseClock(context, local(4, 6)).status).toBe("ok")
    expect(responseClock(context, local(4, 10)).status).toBe("due-soon")
  })

  it("is overdue with a negative time left", () => {
    const clock = responseClock(
      amazon([buyer("Where is my order?", "2025-01-03T10:00")]),
      local(4, 12, 30),
    )
    expect(clock.status).toBe("overdue")
    expect(clock.remainingMs).toBe(-2.5 * HOUR)
  })

  it("runs from the oldest unanswered buyer message", () => {
    const clock = responseClock(
      amazon([
        buyer("Where is my order?", "2025-01-02T08:00"),
        seller("It ships today.", "2025-01-02T09:00"),
        buyer("It still has not shipped.", "2025-01-03T10:00"),
        buyer("Hello? Any news?", "2025-01-03T20:00"),
      ]),
      local(4, 8),
    )
    expect(clock).toMatchObject({ messageIndex: 2, deadline: local(4, 10), status: "due-soon" })
  })

  it("is answered when the seller wrote last", () => {
    const clock = responseClock(
      amazon([
        buyer("Where is my order?", "2025-01-02T08:00"),
        seller("It ships today.", "2025-01-02T09:00"),
      ]),
      local(9),
    )
    expect(clock).toEqual({
      rule: "amazon-24h",
      status: "answered",
      approximate: false,
      noResponseNeeded: false,
    })
  })

  it("counts a message Amazon wrote on the buyer's behalf as the buyer's", () => {
    const clock = responseClock(
      amazon([
        buyer("Where is my order?", "2025-01-02T08:00"),
        seller("It ships today.", "2025-01-02T09:00"),
        marketplace(
          "We've been contacted by a customer regarding the order identified below.",
          "2025-01-03T07:00",
        ),
      ]),
      local(3, 8),
    )
    expect(clock).toMatchObject({ status: "ok", messageIndex: 2, deadline: local(4, 7) })
    expect(clock.noResponseNeeded).toBe(false)
  })

  it("is unknown without a time on the message that starts the clock", () => {
    const clock = responseClock(
      amazon([buyer("Where is my order?"), buyer("Hello?", "2025-01-03T10:00")]),
      local(3, 12),
    )
    expect(clock).toMatchObject({ rule: "amazon-24h", status: "unknown", messageIndex: 0 })
    expect(clock.deadline).toBeUndefined()
    expect(clock.remainingMs).toBeUndefined()
  })

  it("is unknown with an unreadable time", () => {
    expect(responseClock(amazon([buyer("Hi", "2025-02-30")]), local(3)).status).toBe("unknown")
  })

  it("starts a date-only message at the start of its day and says so", () => {
    const clock = responseClock(amazon([buyer("Where is my order?", "2025-01-03")]), local(3, 21))
    expect(clock).toMatchObject({
      status: "due-soon",
      startedAt: local(3),
      deadline: local(4),
      remainingMs: 3 * HOUR,
      approximate: true,
    })
  })

  it("has no clock without messages", () => {
    expect(responseClock(amazon([]), local(3)).status).toBe("none")
    const { thread: _thread, ...noThread } = amazon([])
    expect(responseClock(noThread, local(3))).toEqual({
      status: "none",
      approximate: false,
      noResponseNeeded: false,
    })
  })

  describe("no response needed", () => {
    const thanks = (...texts: string[]) =>
      responseClock(
        amazon([
          buyer("Where is my order?", "2025-01-02T08:00"),
          seller("It arrives tomorrow.", "2025-01-02T09:00"),
          ...texts.map((text, i) => buyer(text, `2025-01-02T1${i}:00`)),
        ]),
        local(2, 12),
      )

    it.each([
      "Thanks!",
      "thank you so much :)",
      "Perfect, thank you",
      "ok great",
      "OK, got it. Thanks, Maria Lopez",
      "Gracias",
      "¡Muchas gracias por su ayuda!",
      "Danke",
      "Vielen Dank für die schnelle Antwort! LG",
      "Merci",
      "Merci beaucoup, bonne journée",
      "Grazie",
      "Grazie mille!",
      "Perfetto, grazie",
      "ありがとうございます。",
      "Received, thanks 👍",
    ])("for %j", (text) => {
      const clock = thanks(text)
      expect(clock.noResponseNeeded).toBe(true)
      // The clock still runs: marking the thread is the agent's decision.
      expect(clock.status).toBe("ok")
    })

    it.each([
      "thanks, but where is my order?",
      "thanks but where is my order",
      "Thanks! Can you send the tracking number",
      "Thank you, please cancel it",
      "Thanks, it still hasn't arrived",
      "Gracias, pero no ha llegado",
      "Gracias ¿cuándo llega?",
      "Danke, aber wo ist mein Paket",
      "Danke, bitte stornieren",
      "Merci, mais je n'ai pas reçu le colis",
      "Grazie, ma non è arrivato",
      "Grazie, dove posso trovare la fattura",
      "Thanks. The box arrived damaged and the lid is missing",
      "The item arrived but the color is wrong, I would like a replacement as soon as possible thanks",
      "Where is my order",
      "",
    ])("not for %j", (text) => {
      expect(thanks(text).noResponseNeeded).toBe(false)
    })

    it("needs every unanswered message to be a thanks", () => {
      expect(thanks("Thanks!", "Gracias").noResponseNeeded).toBe(true)
      expect(thanks("Thanks!", "Also, where is the invoice?").noResponseNeeded).toBe(false)
      expect(thanks("Where is the invoice?", "Thanks!").noResponseNeeded).toBe(false)
    })

    it("is false when the seller answered", () => {
      const clock = responseClock(
        amazon([
          buyer("Thanks!", "2025-01-02T08:00"),
          seller("You're welcome", "2025-01-02T09:00"),
        ]),
        local(2, 12),
      )
      expect(clock.noResponseNeeded).toBe(false)
    })
  })
})

describe("isAcknowledgementOnly", () => {
  it("lets a name or a short signature follow the thanks, not a sentence", () => {
    expect(isAcknowledgementOnly("Thanks, John")).toBe(true)
    expect(isAcknowledgementOnly("Thanks for the refund")).toBe(true)
    expect(isAcknowledgementOnly("Thanks, I will leave it at the neighbour tomorrow")).toBe(false)
  })

  it("is false for a short instruction after an ok", () => {
    expect(isAcknowledgementOnly("Ok, refund me")).toBe(false)
    expect(isAcknowledgementOnly("ok ship it")).toBe(false)
    expect(isAcknowledgementOnly("Okay, send it again")).toBe(false)
    expect(isAcknowledgementOnly("Great, let me know")).toBe(false)
  })
})

describe("ebayRequestIn", () => {
  it.each([
    ["The buyer opened a request: item not received", "item-not-received"],
    ["Fall eröffnet: Artikel nicht erhalten", "item-not-received"],
    ["Demande ouverte : objet non reçu", "item-not-received"],
    ["Richiesta aperta: oggetto non ricevuto", "item-not-received"],
    ["Solicitud abierta: artículo no recibido", "item-not-received"],
    ["The buyer sent a return request", "return"],
    ["Rückgabe angefordert", "return"],
    ["Le client a demandé un retour", "return"],
    ["Richiesta di reso aperta", "return"],
    ["El comprador solicitó una devolución", "return"],
  ] as const)("reads %j", (text, request) => {
    expect(ebayRequestIn(text)).toBe(request)
  })

  it("ignores other text", () => {
    expect(ebayRequestIn("Your item has shipped")).toBeUndefined()
    expect(ebayRequestIn("Il prodotto è resistente")).toBeUndefined()
  })
})

describe("responseClock on eBay", () => {
  it("gives a request opened on Friday until Wednesday (3 business days)", () => {
    const clock = responseClock(
      ebay([
        marketplace(
          "Der Käufer hat einen Fall eröffnet: Artikel nicht erhalten",
          "2025-01-03T10:00",
        ),
      ]),
      local(6, 10),
    )
    expect(clock).toMatchObject({
      rule: "ebay-3-business-days",
      request: "item-not-received",
      status: "ok",
      messageIndex: 0,
      startedAt: local(3, 10),
      deadline: local(8, 10),
      remainingMs: 48 * HOUR,
      approximate: false,
    })
  })

  it("counts a weekend request from Monday", () => {
    const clock = responseClock(
      ebay([marketplace("Return request opened", "2025-01-04T15:00")]),
      local(8, 12),
    )
    expect(clock).toMatchObject({ request: "return", deadline: local(9), status: "due-soon" })
  })

  it("is overdue after the third business day", () => {
    const clock = responseClock(
      ebay([
        buyer("My parcel never came", "2025-01-02T09:00"),
        marketplace("Richiesta di reso aperta", "2025-01-03T10:00"),
        seller("Mi dispiace, controllo", "2025-01-06T10:00"),
      ]),
      local(8, 11),
    )
    // A reply does not resolve the request: the clock keeps running.
    expect(clock).toMatchObject({ messageIndex: 1, status: "overdue", remainingMs: -HOUR })
  })

  it("reads the request from the subject, timed by the first message", () => {
    const clock = responseClock(
      ebay(
        [buyer("No he recibido nada", "2025-01-07"), seller("Lo reviso", "2025-01-07T12:00")],
        "Artículo no recibido: pedido 12-34567-89012",
      ),
      local(7, 13),
    )
    expect(clock).toMatchObject({
      request: "item-not-received",
      deadline: local(10),
      approximate: true,
      status: "ok",
    })
    expect(clock.messageIndex).toBeUndefined()
  })

  it("does not read a buyer's own words as a request", () => {
    const clock = responseClock(
      ebay([buyer("Item not received! I want a return request", "2025-01-03T10:00")]),
      local(3, 12),
    )
    expect(clock.status).toBe("none")
  })

  it("has no deadline for other threads", () => {
    const clock = responseClock(
      ebay([buyer("Is this still available?", "2025-01-03T10:00")], "Question about the item"),
      local(6),
    )
    expect(clock).toEqual({ status: "none", approximate: false, noResponseNeeded: false })
  })

  it("is unknown when the request has no time", () => {
    expect(responseClock(ebay([marketplace("Return request opened")]), local(6)).status).toBe(
      "unknown",
    )
    expect(responseClock(ebay([], "Return request"), local(6)).status).toBe("unknown")
  })
})

describe("eBay request wording", () => {
  it("reads German item-not-received requests in their declined forms", () => {
    expect(
      ebayRequestIn("Der Käufer hat einen Antrag wegen eines nicht erhaltenen Artikels gestellt."),
    ).toBe("item-not-received")
    expect(ebayRequestIn("Antrag wegen nicht erhaltenem Artikel – Eichenholz Wandregal")).toBe(
      "item-not-received",
    )
  })
})
