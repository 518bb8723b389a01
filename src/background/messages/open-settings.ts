import { defineHandler } from "~messaging/handler"

export default defineHandler("open-settings", async () => {
  await chrome.runtime.openOptionsPage()
  return {}
})
