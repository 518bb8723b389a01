import type { PlasmoMessaging } from "@plasmohq/messaging"
import { adapterForUrl } from "~sites/registry"
import {
  CONTRACTS,
  type Envelope,
  type MessageName,
  type RequestOf,
  type ResponseOf,
} from "./contracts"

/** Only our own content scripts on supported marketplace pages, and our own pages, may call. */
export function isTrustedSender(sender: chrome.runtime.MessageSender | undefined): boolean {
  if (!sender || sender.id !== chrome.runtime.id) return false
  const url = sender.url ?? sender.tab?.url
  if (!url) return false
  if (url.startsWith(chrome.runtime.getURL(""))) return true
  try {
    return adapterForUrl(new URL(url)) !== undefined
  } catch {
    return false
  }
}

/**
 * A background message handler: checks the sender, validates the request and the answer against
 * the contract, and turns every failure into an envelope with a message the agent can read.
 */
export function defineHandler<N extends MessageName>(
  name: N,
  handle: (request: RequestOf<N>) => Promise<ResponseOf<N>>,
): PlasmoMessaging.MessageHandler {
  return async (req, res) => {
    const send = (envelope: Envelope<ResponseOf<N>>) => res.send(envelope)
    if (!isTrustedSender(req.sender)) {
      send({ ok: false, error: "This sender is not allowed to use the copilot." })
      return
    }
    const request = CONTRACTS[name].request.safeParse(req.body)
    if (!request.success) {
      send({ ok: false, error: "The copilot could not read what this page sent." })
      return
    }
    try {
      const data = CONTRACTS[name].response.parse(await handle(request.data as RequestOf<N>))
      send({ ok: true, data: data as ResponseOf<N> })
    } catch (error) {
      console.error(`[copilot] ${name} failed`, error)
      send({ ok: false, error: error instanceof Error ? error.message : "Something went wrong." })
    }
  }
}
