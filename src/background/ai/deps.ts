import { readAiSettings } from "~storage/ai-settings"
import { readSettings } from "~storage/settings-store"
import type { DraftDeps } from "./draft"

/** The worker's real storage behind drafts. */
export const backgroundDraftDeps: DraftDeps = { readAiSettings, readSettings }
