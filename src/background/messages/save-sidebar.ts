import { defineHandler } from "~messaging/handler"
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH } from "~storage/settings"
import { readSettings, updateSettings } from "~storage/settings-store"

export default defineHandler("save-sidebar", async ({ open, width }) => {
  const { sidebar } = await readSettings()
  await updateSettings({
    sidebar: {
      open: open ?? sidebar.open,
      width:
        width === undefined
          ? sidebar.width
          : Math.round(Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, width))),
    },
  })
  return {}
})
