/**
 * The adapters under mutation testing, each with its fixture pages. A new marketplace is one more
 * entry: `{ adapter, fixtures }` (and `now` when its expected contexts depend on the clock).
 */
import { amazonAdapter } from "~sites/amazon"
import { ebayAdapter } from "~sites/ebay"
import type { SiteAdapter } from "~sites/types"
import { AMAZON_FIXTURES } from "../fixtures/amazon"
import { EBAY_FIXTURE_NOW, EBAY_FIXTURES } from "../fixtures/ebay"
import type { RecoveryFixture } from "./recovery"

export interface MutationSuite {
  adapter: SiteAdapter
  fixtures: readonly RecoveryFixture[]
  /** The clock the fixtures' expected contexts were written against. */
  now?: string
}

export const MUTATION_SUITES: readonly MutationSuite[] = [
  { adapter: amazonAdapter, fixtures: AMAZON_FIXTURES },
  { adapter: ebayAdapter, fixtures: EBAY_FIXTURES, now: EBAY_FIXTURE_NOW },
]
