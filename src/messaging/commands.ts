/** Browser keyboard commands (declared in the manifest) that the sidebar handles. */
export const SIDEBAR_COMMANDS = ["toggle-sidebar", "insert-suggestion"] as const
export type SidebarCommand = (typeof SIDEBAR_COMMANDS)[number]

export interface SidebarCommandMessage {
  type: "copilot-command"
  command: string
}

export function isSidebarCommand(message: unknown): message is { command: SidebarCommand } {
  const candidate = message as Partial<SidebarCommandMessage> | undefined
  return (
    candidate?.type === "copilot-command" &&
    (SIDEBAR_COMMANDS as readonly string[]).includes(candidate.command ?? "")
  )
}
