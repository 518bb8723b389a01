import { defineHandler } from "~messaging/handler"
import { readSettings } from "~storage/settings-store"

export default defineHandler("sidebar-layout", async () => (await readSettings()).sidebar)
