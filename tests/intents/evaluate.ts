/**
 * Measures the shipped intent model on the held-out split, exactly as the extension reads a
 * message (language detected, not given): top-1 accuracy per language and per intent, language
 * detection accuracy, and the confusion matrix (labelled main intent -> predicted top intent).
 * A prediction counts as right when the model's top intent is one of the message's labels.
 *
 *   npm run --silent eval:intents
 */
import { readBuyerMessage } from "~suggest/classify"
import { detectWithEld } from "~suggest/language-eld"
import { INTENTS, type Intent } from "~templates/schema"
import { DATASET_LANGUAGES, type LabelledMessage, loadSplit } from "./dataset"

export interface Evaluation {
  total: number
  correct: number
  byLanguage: Map<string, { total: number; correct: number; languageDetected: number }>
  byIntent: Map<Intent, { total: number; correct: number }>
  confusion: Map<Intent, Map<Intent, number>>
}

export async function evaluate(messages: LabelledMessage[]): Promise<Evaluation> {
  const evaluation: Evaluation = {
    total: 0,
    correct: 0,
    byLanguage: new Map(),
    byIntent: new Map(),
    confusion: new Map(),
  }
  for (const message of messages) {
    const reading = await readBuyerMessage(message.text, detectWithEld)
    const top = reading.intents[0].id
    const hit = message.intents.includes(top)
    const [main] = message.intents
    const language = evaluation.byLanguage.get(message.language) ?? {
      total: 0,
      correct: 0,
      languageDetected: 0,
    }
    language.total++
    if (hit) language.correct++
    if (reading.language === message.language) language.languageDetected++
    evaluation.byLanguage.set(message.language, language)
    const intent = evaluation.byIntent.get(main) ?? { total: 0, correct: 0 }
    intent.total++
    if (hit) intent.correct++
    evaluation.byIntent.set(main, intent)
    const row = evaluation.confusion.get(main) ?? new Map<Intent, number>()
    const predicted = hit ? main : top
    row.set(predicted, (row.get(predicted) ?? 0) + 1)
    evaluation.confusion.set(main, row)
    evaluation.total++
    if (hit) evaluation.correct++
  }
  return evaluation
}

const percent = (part: number, whole: number) =>
  `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`

function report(evaluation: Evaluation): string {
  const lines = ["| language | messages | top-1 | language detected |", "|---|---|---|---|"]
  for (const language of DATASET_LANGUAGES) {
    const tally = evaluation.byLanguage.get(language)
    if (!tally) continue
    lines.push(
      `| ${language} | ${tally.total} | ${percent(tally.correct, tally.total)} | ${percent(tally.languageDetected, tally.total)} |`,
    )
  }
  lines.push(`| all | ${evaluation.total} | ${percent(evaluation.correct, evaluation.total)} | |`)
  lines.push("", "| intent | messages | top-1 |", "|---|---|---|")
  for (const intent of INTENTS) {
    const tally = evaluation.byIntent.get(intent)
    if (tally) lines.push(`| ${intent} | ${tally.total} | ${percent(tally.correct, tally.total)} |`)
  }
  lines.push(
    "",
    "Confusion: rows are the labelled main intent, columns the predicted top intent (numbered as",
    "the rows); a prediction that is one of the message's labels counts on the diagonal.",
    "",
  )
  lines.push(
    `| | ${INTENTS.map((_, index) => index + 1).join(" | ")} |`,
    `|---|${INTENTS.map(() => "---").join("|")}|`,
  )
  INTENTS.forEach((intent, index) => {
    const row = evaluation.confusion.get(intent)
    if (!row) return
    const cells = INTENTS.map((predicted) => row.get(predicted) ?? "")
    lines.push(`| ${index + 1} ${intent} | ${cells.join(" | ")} |`)
  })
  return lines.join("\n")
}

if (process.argv[1]?.endsWith("evaluate.ts")) {
  const evaluation = await evaluate(loadSplit("heldout"))
  console.log(report(evaluation))
}
