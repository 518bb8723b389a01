// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest"
import { REREAD_DELAY_MS, watchPage } from "./watch"

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ""
})

describe("watchPage", () => {
  it("re-reads once per burst of changes", async () => {
    vi.useFakeTimers()
    const onChange = vi.fn()
    const controller = new AbortController()
    watchPage(document, onChange, controller.signal)
    document.body.append(document.createElement("p"))
    document.body.append(document.createElement("p"))
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS + 1)
    expect(onChange).toHaveBeenCalledTimes(1)
    controller.abort()
  })

  it("ignores changes inside the sidebar and stops after abort", async () => {
    vi.useFakeTimers()
    const sidebar = document.createElement("div")
    document.body.append(sidebar)
    const onChange = vi.fn()
    const controller = new AbortController()
    watchPage(document, onChange, controller.signal, () => sidebar)
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS + 1)
    sidebar.append(document.createElement("span"))
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS + 1)
    expect(onChange).not.toHaveBeenCalled()
    controller.abort()
    document.body.append(document.createElement("p"))
    window.dispatchEvent(new PopStateEvent("popstate"))
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS + 1)
    expect(onChange).not.toHaveBeenCalled()
  })
})
