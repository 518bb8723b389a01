// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest"
import { loadHtml } from "../../tests/unit/dom-fixture"
import { insertText, replaceRange } from "./insert"

function box(value = "") {
  document.body.innerHTML = ""
  const textarea = document.createElement("textarea")
  textarea.value = value
  document.body.append(textarea)
  return textarea
}

describe("insertText", () => {
  it("fills an empty box and puts the cursor after the text", () => {
    const textarea = box()
    insertText(textarea, "Hello Michael")
    expect(textarea.value).toBe("Hello Michael")
    expect(textarea.selectionStart).toBe(13)
    expect(textarea.selectionEnd).toBe(13)
    expect(document.activeElement).toBe(textarea)
  })

  it("inserts at the cursor, keeping what was typed around it", () => {
    const textarea = box("Hi ,\nthanks")
    textarea.focus()
    textarea.setSelectionRange(3, 3)
    insertText(textarea, "Michael")
    expect(textarea.value).toBe("Hi Michael,\nthanks")
    expect(textarea.selectionStart).toBe(10)
  })

  it("replaces the selection", () => {
    const textarea = box("Dear [name], thanks")
    textarea.setSelectionRange(5, 11)
    insertText(textarea, "Michael")
    expect(textarea.value).toBe("Dear Michael, thanks")
    expect(textarea.selectionStart).toBe(12)
  })

  it("appends after a blank line when the cursor is at the end of typed text", () => {
    const textarea = box("Hi Michael,")
    textarea.setSelectionRange(11, 11)
    insertText(textarea, "Your order shipped.")
    expect(textarea.value).toBe("Hi Michael,\n\nYour order shipped.")
    expect(textarea.selectionStart).toBe(textarea.value.length)

    const withNewline = box("Hi Michael,\n")
    withNewline.setSelectionRange(12, 12)
    insertText(withNewline, "Body")
    expect(withNewline.value).toBe("Hi Michael,\n\nBody")

    const withBlank = box("Hi Michael,\n\n")
    withBlank.setSelectionRange(13, 13)
    insertText(withBlank, "Body")
    expect(withBlank.value).toBe("Hi Michael,\n\nBody")

    const whitespaceOnly = box("   ")
    whitespaceOnly.setSelectionRange(3, 3)
    insertText(whitespaceOnly, "Body")
    expect(whitespaceOnly.value).toBe("   Body")
  })

  it("appends to a pre-filled box that never had the focus (cursor reported at 0)", () => {
    const textarea = box("Draft kept by the page")
    textarea.setSelectionRange(0, 0)
    textarea.blur()
    insertText(textarea, "Suggested reply")
    expect(textarea.value).toBe("Draft kept by the page\n\nSuggested reply")
  })

  it("dispatches bubbling, composed input and change events after the value is set", () => {
    const textarea = box()
    const seen: string[] = []
    document.body.addEventListener("input", (event) => {
      expect(event.bubbles).toBe(true)
      expect(event.composed).toBe(true)
      seen.push(`input:${(event.target as HTMLTextAreaElement).value}`)
    })
    document.body.addEventListener("change", (event) => {
      expect(event.bubbles).toBe(true)
      seen.push("change")
    })
    insertText(textarea, "abc")
    expect(seen).toEqual(["input:abc", "change"])
  })

  it("uses the native value setter (React replaces the instance setter)", () => {
    const textarea = box()
    const ownSetter = vi.fn()
    Object.defineProperty(textarea, "value", {
      configurable: true,
      get: () =>
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.get!.call(
          textarea,
        ),
      set: ownSetter,
    })
    insertText(textarea, "native")
    expect(ownSetter).not.toHaveBeenCalled()
    expect(textarea.value).toBe("native")
  })

  it("works on a textarea inside an open shadow root of another document", () => {
    const { document: doc, window } = loadHtml(
      `<!DOCTYPE html><body><kat-textarea><template shadowrootmode="open"><textarea></textarea></template></kat-textarea></body>`,
      "https://sellercentral.amazon.com/messaging/contact?orderID=113-7654321-1234567",
    )
    const textarea = doc.querySelector("kat-textarea")!.shadowRoot!.querySelector("textarea")!
    let count = 0
    doc.addEventListener("input", () => count++)
    insertText(textarea, "Hello")
    expect(textarea.value).toBe("Hello")
    expect(count).toBe(1)
    expect((window.document.activeElement as Element).localName).toBe("kat-textarea")
  })
})

describe("replaceRange", () => {
  it("replaces a checked span and tells the page", () => {
    const textarea = document.createElement("textarea")
    document.body.append(textarea)
    textarea.value = "Write to me at a@b.com today"
    let inputs = 0
    textarea.addEventListener("input", () => inputs++)
    expect(replaceRange(textarea, { start: 15, end: 22, expected: "a@b.com" }, "")).toBe(true)
    expect(textarea.value).toBe("Write to me at  today")
    expect(inputs).toBe(1)
  })

  it("leaves the text alone when the agent changed it since the check", () => {
    const textarea = document.createElement("textarea")
    textarea.value = "Write to me today"
    expect(replaceRange(textarea, { start: 15, end: 22, expected: "a@b.com" }, "")).toBe(false)
    expect(textarea.value).toBe("Write to me today")
  })
})
