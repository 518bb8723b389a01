import "~storage/instance"
import { backgroundDraftDeps } from "~background/ai/deps"
import { acceptDraftPort } from "~background/ai/port"
import { SIDEBAR_COMMANDS, type SidebarCommandMessage } from "~messaging/commands"
import { startPackDuties } from "~packs/scheduler"
import { readyDb } from "~storage/instance"

startPackDuties(readyDb)

// Keyboard shortcuts are delivered to the background; the sidebar in the active tab acts on them.
chrome.commands.onCommand.addListener(async (command) => {
  if (!(SIDEBAR_COMMANDS as readonly string[]).includes(command)) return
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true })
  if (tab?.id === undefined) return
  const message: SidebarCommandMessage = { type: "copilot-command", command }
  // No sidebar on this tab (not a marketplace page): nothing to do.
  chrome.tabs.sendMessage(tab.id, message).catch(() => {})
})

// AI drafts stream over the "ai-draft" port; the key and every provider call stay here.
chrome.runtime.onConnect.addListener((port) => acceptDraftPort(port, backgroundDraftDeps))
