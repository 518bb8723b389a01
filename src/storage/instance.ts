import { STARTER_LIBRARY } from "~templates/starter/library"
import { CopilotDatabase } from "./db"
import { installStarterLibrary } from "./templates"

/** The background's one database. Only the service worker imports this module. */
export const db = new CopilotDatabase()

// Runs on every worker start: cheap when nothing changed, and it picks up starter templates added
// by an extension update without touching the user's edits.
const starterReady = installStarterLibrary(db, STARTER_LIBRARY, new Date().toISOString()).catch(
  (error) => console.error("[copilot] installing the starter library failed", error),
)

export async function readyDb(): Promise<CopilotDatabase> {
  await starterReady
  return db
}
