/** How often each intent's cue phrases fire on training messages with and without that intent. */
import { cuedIntents } from "~suggest/intent-cues"
import { matchableText, ownWords } from "~suggest/message-text"
import { INTENTS } from "~templates/schema"
import { loadSplit } from "./dataset"

const messages = loadSplit("train").map((m) => ({
  ...m,
  cues: cuedIntents(matchableText(ownWords(m.text))),
}))
for (const intent of INTENTS) {
  const labelled = messages.filter((m) => m.intents.includes(intent))
  const fired = messages.filter((m) => m.cues.includes(intent))
  const hits = labelled.filter((m) => m.cues.includes(intent)).length
  console.log(
    intent.padEnd(24),
    `recall ${((100 * hits) / Math.max(1, labelled.length)).toFixed(0)}%`.padEnd(12),
    `precision ${((100 * hits) / Math.max(1, fired.length)).toFixed(0)}%`,
  )
  if (process.env.SHOW === intent) {
    for (const m of labelled.filter((m) => !m.cues.includes(intent)))
      console.log("  MISS", m.language, m.text.slice(0, 160).replace(/\n/g, " "))
    for (const m of fired.filter((m) => !m.intents.includes(intent)))
      console.log(
        "  FALSE",
        m.language,
        m.intents.join(","),
        "|",
        m.text.slice(0, 160).replace(/\n/g, " "),
      )
  }
}
