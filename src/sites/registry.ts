import { amazonAdapter } from "./amazon"
import { ebayAdapter } from "./ebay"
import type { SiteAdapter } from "./types"

export const ADAPTERS: readonly SiteAdapter[] = [amazonAdapter, ebayAdapter]

/** The adapter for a URL, when it is a marketplace page the copilot supports. */
export function adapterForUrl(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.pageKind(url) !== null)
}
