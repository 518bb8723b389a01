import type { CopilotDatabase } from "~storage/db"

/** Every table of the library, as one comparable value. */
export async function librarySnapshot(db: CopilotDatabase): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  )
  return JSON.stringify(tables)
}
