/**
 * Loads an HTML fixture into jsdom the way Chromium would show it: every declarative shadow root
 * (`<template shadowrootmode="open">`) becomes a real attached shadow root, innermost first.
 * Scripts are not run.
 */
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { JSDOM } from "jsdom"

// String paths: in jsdom test environments the global URL is jsdom's, which node:url rejects.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures")

type TemplateRoot = Document | DocumentFragment | Element

/** Turns `template[shadowrootmode]` elements into attached shadow roots (innermost first). */
export function attachDeclarativeShadowRoots(root: TemplateRoot): void {
  const templates = Array.from(
    root.querySelectorAll("template[shadowrootmode]"),
  ) as HTMLTemplateElement[]
  for (const template of templates) {
    attachDeclarativeShadowRoots(template.content)
    const host = template.parentElement
    if (!host || host.shadowRoot) {
      template.remove()
      continue
    }
    const mode = template.getAttribute("shadowrootmode") === "closed" ? "closed" : "open"
    try {
      const shadow = host.attachShadow({
        mode,
        delegatesFocus: template.hasAttribute("shadowrootdelegatesfocus"),
      })
      shadow.append(template.content)
    } catch {
      // Elements that cannot host a shadow root keep the template, as in browsers.
      continue
    }
    template.remove()
  }
}

export interface LoadedFixture {
  dom: JSDOM
  document: Document
  window: Window
  url: URL
}

/** Parses an HTML string as if served at `url`. */
export function loadHtml(html: string, url: string): LoadedFixture {
  const dom = new JSDOM(html, { url, contentType: "text/html", pretendToBeVisual: true })
  const document = dom.window.document
  attachDeclarativeShadowRoots(document)
  return { dom, document, window: dom.window as unknown as Window, url: new URL(url) }
}

/** `name` is relative to tests/fixtures ("amazon/us-thread-shipped" or with ".html"). */
export function loadFixture(name: string, url: string): LoadedFixture {
  const file = name.startsWith("/")
    ? name
    : join(FIXTURES_DIR, name.endsWith(".html") ? name : `${name}.html`)
  return loadHtml(readFileSync(file, "utf8"), url)
}
