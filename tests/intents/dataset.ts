/** The labelled buyer messages: `train/` to fit the intent model, `heldout/` only to measure it. */
import { readFileSync } from "node:fs"
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

export function loadSplit(split: Split): LabelledMessage[] {
  return DATASET_LANGUAGES.flatMap((language) => {
    const file = join(REPO_ROOT, "tests/fixtures/intents", split, `${language}.jsonl`)
    return readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim().length > 0)
      .map((line, index) => {
        const { text, intents } = JSON.parse(line) as { text: string; intents: string[] }
        const unknown = intents.find((intent) => !(INTENTS as readonly string[]).includes(intent))
        if (unknown)
          throw new Error(`${split}/${language}.jsonl:${index + 1}: unknown intent ${unknown}`)
        return { text, intents: intents as Intent[], language }
      })
  })
}
