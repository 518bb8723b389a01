/**
 * Puts a suggested reply into the page's reply box the way typing would: at the cursor (or over the
 * selection), keeping what the agent already wrote, through the native value setter so that
 * React-controlled inputs see the change, followed by bubbling, composed input and change events.
 */

type Realm = typeof globalThis

function realmOf(el: Element): Realm {
  return (el.ownerDocument?.defaultView ?? globalThis) as Realm
}

function nativeValueSetter(
  textarea: HTMLTextAreaElement,
): ((this: HTMLTextAreaElement, v: string) => void) | undefined {
  const realm = realmOf(textarea)
  for (const proto of [
    realm.HTMLTextAreaElement?.prototype,
    globalThis.HTMLTextAreaElement?.prototype,
  ]) {
    const setter = proto ? Object.getOwnPropertyDescriptor(proto, "value")?.set : undefined
    if (setter) return setter as (this: HTMLTextAreaElement, v: string) => void
  }
  return undefined
}

/** Text to insert, with a blank line before it when appending to something already typed. */
function withSeparator(before: string, text: string, atEnd: boolean): string {
  if (!atEnd || before.trim() === "") return text
  const trailingNewlines = /\n*[ \t]*$/.exec(before)?.[0].split("\n").length ?? 1
  const missing = Math.max(0, 3 - trailingNewlines) // lines = newlines + 1; a blank line = 2 newlines
  return "\n".repeat(missing) + text.replace(/^\n+/, "")
}

/** Sets the value so the page's framework registers it, as typing `data` would. */
function setValue(textarea: HTMLTextAreaElement, next: string, data: string): void {
  const setter = nativeValueSetter(textarea)
  if (setter) setter.call(textarea, next)
  else textarea.value = next

  const realm = realmOf(textarea)
  const InputEventCtor = realm.InputEvent ?? realm.Event
  let input: Event
  try {
    input = new InputEventCtor("input", {
      bubbles: true,
      composed: true,
      inputType: "insertText",
      data,
    } as InputEventInit)
  } catch {
    input = new realm.Event("input", { bubbles: true, composed: true })
  }
  textarea.dispatchEvent(input)
  textarea.dispatchEvent(new realm.Event("change", { bubbles: true, composed: true }))
}

/**
 * Replaces one span of what the agent typed (a fix from the rule check), if the text there is
 * still what was checked; returns false when the agent has changed it since.
 */
export function replaceRange(
  textarea: HTMLTextAreaElement,
  range: { start: number; end: number; expected: string },
  replacement: string,
): boolean {
  const value = textarea.value ?? ""
  if (value.slice(range.start, range.end) !== range.expected) return false
  setValue(
    textarea,
    value.slice(0, range.start) + replacement + value.slice(range.end),
    replacement,
  )
  return true
}

export function insertText(textarea: HTMLTextAreaElement, text: string): void {
  const value = textarea.value ?? ""
  let start = typeof textarea.selectionStart === "number" ? textarea.selectionStart : value.length
  let end = typeof textarea.selectionEnd === "number" ? textarea.selectionEnd : value.length
  start = Math.min(Math.max(0, start), value.length)
  end = Math.min(Math.max(start, end), value.length)
  // A box with text that was never focused reports its cursor at 0: append rather than prepend.
  const root = textarea.getRootNode?.() as Document | ShadowRoot | undefined
  const focused = root?.activeElement === textarea
  if (!focused && start === 0 && end === 0 && value.length > 0) start = end = value.length

  const before = value.slice(0, start)
  const after = value.slice(end)
  const atEnd = start === end && end === value.length
  const inserted = withSeparator(before, text, atEnd)
  const next = before + inserted + after

  setValue(textarea, next, inserted)
  textarea.focus()
  const cursor = before.length + inserted.length
  try {
    textarea.setSelectionRange(cursor, cursor)
  } catch {
    // Detached textarea: nothing to place.
  }
}
