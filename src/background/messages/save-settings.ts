import { defineHandler } from "~messaging/handler"
import { updateSettings } from "~storage/settings"

export default defineHandler("save-settings", async (profile) => ({
  settings: await updateSettings(profile),
}))
