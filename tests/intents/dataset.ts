/** The labelled buyer messages: `train/` to fit the intent model, `heldout/` only to measure it. */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { INTENTS, type Intent } from "~templates/schema"

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url))

export const DATASET_LANGUAGES = (process.env.INTENT_LANGS?.split(",") ?? [
  "en",
  "es",
  "de",
  "fr",
  "it",
]) as readonly string[]
export type Split = "train" | "heldout"

export interface LabelledMessage {
  text: string
  intents: Intent[]
  language: string
}

/**
 * The messages of one split. Training leaves out any message that is also in the held-out split
 * (short ones like "ok" occur in both), so the held-out figures measure unseen text only.
 */
export function loadSplit(split: Split): LabelledMessage[] {
  const messages = readSplit(split)
  if (split === "heldout") return messages
  const heldOut = new Set(readSplit("heldout").map(({ text }) => text.trim()))
  return messages.filter(({ text }) => !heldOut.has(text.trim()))
}

function readSplit(split: Split): LabelledMessage[] {
  const folder = join(REPO_ROOT, "tests/fixtures/intents", split)
  // A language's messages may come in several files: `es.jsonl`, `es-2.jsonl`, …
  const files = readdirSync(folder)
    .filter((file) => file.endsWith(".jsonl"))
    .sort()
  return DATASET_LANGUAGES.flatMap((language) =>
    files
      .filter((file) => file === `${language}.jsonl` || file.startsWith(`${language}-`))
      .flatMap((file) => readMessages(join(folder, file), `${split}/${file}`, language)),
  )
}

function readMessages(path: string, name: string, language: string): LabelledMessage[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const { text, intents } = JSON.parse(line) as { text: string; intents: string[] }
      const unknown = intents.find((intent) => !(INTENTS as readonly string[]).includes(intent))
      if (unknown) throw new Error(`${name}:${index + 1}: unknown intent ${unknown}`)
      return { text, intents: intents as Intent[], language }
    })
}
