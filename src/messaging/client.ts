import { sendToBackground } from "@plasmohq/messaging"
import {
  CONTRACTS,
  type Envelope,
  type MessageName,
  type RequestOf,
  type ResponseOf,
} from "./contracts"

/** Calls a background handler; resolves with its validated answer or rejects with a human error. */
export async function callBackground<N extends MessageName>(
  name: N,
  body: RequestOf<N>,
): Promise<ResponseOf<N>> {
  let envelope: Envelope<unknown> | undefined
  try {
    envelope = await sendToBackground({ name: name as never, body })
  } catch {
    throw new Error("The extension was updated or restarted. Reload this page to continue.")
  }
  if (!envelope) throw new Error("The extension did not answer. Reload this page to continue.")
  if (!envelope.ok) throw new Error(envelope.error)
  const parsed = CONTRACTS[name].response.safeParse(envelope.data)
  if (!parsed.success) throw new Error("The extension sent an answer this page could not read.")
  return parsed.data as ResponseOf<N>
}
