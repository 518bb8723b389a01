import { defineHandler } from "~messaging/handler"
import { updateSettings } from "~storage/settings-store"

export default defineHandler("save-settings", async (profile) => ({
  settings: await updateSettings(profile),
}))
