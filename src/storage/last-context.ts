import { type PageContext, PageContextSchema } from "~context/schema"

/**
 * The last conversation the sidebar resolved, for previewing templates against real facts. Kept
 * in session storage: in memory only, gone when the browser closes.
 */
const LAST_CONTEXT_KEY = "lastContext"

export async function rememberLastContext(context: PageContext): Promise<void> {
  await chrome.storage.session.set({ [LAST_CONTEXT_KEY]: context })
}

export async function readLastContext(): Promise<PageContext | undefined> {
  const stored = (await chrome.storage.session.get(LAST_CONTEXT_KEY))[LAST_CONTEXT_KEY]
  const parsed = PageContextSchema.safeParse(stored)
  return parsed.success ? parsed.data : undefined
}
