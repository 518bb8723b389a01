/**
 * Fits the intent model on `tests/fixtures/intents/train` and writes `src/suggest/intent-model.json`.
 * `--cv` instead reports five-fold cross-validated accuracy on the training split, which is what
 * the settings below were chosen on (the held-out split is never used here).
 *
 *   npm run train:intents [-- --cv]
 */
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { intentFeatures } from "~suggest/intent-features"
import { classifyWithModel, featureScale, type IntentModel } from "~suggest/intent-model"
import { INTENTS } from "~templates/schema"
import { type LabelledMessage, loadSplit } from "./dataset"

const SETTINGS = {
  epochs: 40,
  learningRate: 2,
  l2: 1e-4,
  minCount: 2,
  keepAbove: 0.35,
  /** How much each kind of feature (by its prefix, see `intentFeatures`) counts; others count 1. */
  groupWeights: { w: 2, b: 1.5, x: 1.5 } as Record<string, number>,
  ...JSON.parse(process.env.INTENT_SETTINGS ?? "{}"),
}
const MODEL_PATH = fileURLToPath(new URL("../../src/suggest/intent-model.json", import.meta.url))

/** A small seeded generator, so the same data always gives the same model. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

export function train(messages: LabelledMessage[]): IntentModel {
  const featureLists = messages.map((message) => intentFeatures(message.text, message.language))
  const counts = new Map<string, number>()
  for (const features of featureLists) {
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  }
  const vocabulary = [...counts]
    .filter(([feature, count]) => count >= SETTINGS.minCount || feature.startsWith("q"))
    .map(([feature]) => feature)
  const indexOf = new Map(vocabulary.map((feature, index) => [feature, index]))
  const rows = featureLists.map((features) =>
    features.flatMap((feature) => (indexOf.has(feature) ? [indexOf.get(feature) as number] : [])),
  )
  const groupWeight = vocabulary.map((feature) => SETTINGS.groupWeights[feature[0]] ?? 1)
  const scales = featureLists.map((features) => featureScale(features.length))
  const intentCount = INTENTS.length
  const targets = messages.map((message) =>
    INTENTS.map((intent) => (message.intents.includes(intent) ? 1 : 0)),
  )
  const weights = new Float64Array(vocabulary.length * intentCount)
  const bias = new Float64Array(intentCount)
  const random = seededRandom(42)
  const order = messages.map((_, index) => index)

  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    const rate = SETTINGS.learningRate / (1 + epoch * 0.1)
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const row of order) {
      const features = rows[row]
      const scale = scales[row]
      for (let intent = 0; intent < intentCount; intent++) {
        let logit = bias[intent]
        for (const feature of features) {
          logit += weights[feature * intentCount + intent] * groupWeight[feature] * scale
        }
        const error = 1 / (1 + Math.exp(-logit)) - targets[row][intent]
        bias[intent] -= rate * error
        for (const feature of features) {
          const at = feature * intentCount + intent
          weights[at] -= rate * (error * groupWeight[feature] * scale + SETTINGS.l2 * weights[at])
        }
      }
    }
  }

  const round = (value: number) => Math.round(value * 10) / 10
  const kept: IntentModel["weights"] = {}
  vocabulary.forEach((feature, index) => {
    const pairs: number[] = []
    for (let intent = 0; intent < intentCount; intent++) {
      // Shipped with its group's weight folded in, so classifying needs only the scale.
      const weight = weights[index * intentCount + intent] * groupWeight[index]
      if (Math.abs(weight) >= SETTINGS.keepAbove) pairs.push(intent, round(weight))
    }
    if (pairs.length > 0) kept[feature] = pairs
  })
  return { intents: [...INTENTS], bias: [...bias].map(round), weights: kept }
}

function crossValidate(messages: LabelledMessage[], folds: number): void {
  let correct = 0
  const byLanguage = new Map<string, { correct: number; total: number }>()
  for (let fold = 0; fold < folds; fold++) {
    const model = train(messages.filter((_, index) => index % folds !== fold))
    messages.forEach((message, index) => {
      if (index % folds !== fold) return
      const [top] = classifyWithModel(model, message.text, message.language)
      const hit = message.intents.includes(top.id)
      const tally = byLanguage.get(message.language) ?? { correct: 0, total: 0 }
      tally.total++
      if (hit) {
        tally.correct++
        correct++
      }
      byLanguage.set(message.language, tally)
    })
  }
  for (const [language, tally] of byLanguage) {
    console.log(
      `${language}  ${((100 * tally.correct) / tally.total).toFixed(1)}%  (${tally.total})`,
    )
  }
  console.log(`all ${((100 * correct) / messages.length).toFixed(1)}%`)
}

if (process.argv[1]?.endsWith("train.ts")) main()
function main() {
  const messages = loadSplit("train")
  if (process.argv.includes("--cv")) {
    crossValidate(messages, 5)
  } else {
    const model = train(messages)
    writeFileSync(MODEL_PATH, `${JSON.stringify(model)}\n`)
    console.log(
      `${messages.length} messages, ${Object.keys(model.weights).length} features -> ${MODEL_PATH}`,
    )
  }
}
