/**
 * Fits the intent model on `tests/fixtures/intents/train` and writes `src/suggest/intent-model.json`.
 * `--cv` instead reports five-fold cross-validated accuracy on the training split, which is what
 * the settings below were chosen on, and the calibration those held-back predictions fit (the
 * held-out split is never used here).
 *
 *   npm run train:intents [-- --cv]
 */
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { intentFeatures } from "~suggest/intent-features"
import {
  classifyWithModel,
  featureScale,
  type IntentModel,
  intentScores,
} from "~suggest/intent-model"
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
  /**
   * Platt scaling of every intent's logit, fitted on cross-validated predictions (`--cv` prints
   * the fit): without it the model sounds unsure of short messages it reads right.
   */
  calibration: { scale: 1.13, shift: 1.39 } as Calibration,
  ...JSON.parse(process.env.INTENT_SETTINGS ?? "{}"),
}
const MODEL_PATH = fileURLToPath(new URL("../../src/suggest/intent-model.json", import.meta.url))

interface Calibration {
  scale: number
  shift: number
}
const UNCALIBRATED: Calibration = { scale: 1, shift: 0 }

/** A small seeded generator, so the same data always gives the same model. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

export function train(
  messages: LabelledMessage[],
  calibration: Calibration = SETTINGS.calibration,
): IntentModel {
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
      // Shipped with its group's weight and the calibration folded in: classifying needs neither.
      const weight = weights[index * intentCount + intent] * groupWeight[index] * calibration.scale
      if (Math.abs(weight) >= SETTINGS.keepAbove) pairs.push(intent, round(weight))
    }
    if (pairs.length > 0) kept[feature] = pairs
  })
  return {
    intents: [...INTENTS],
    bias: [...bias].map((value) => round(value * calibration.scale + calibration.shift)),
    weights: kept,
  }
}

/** Five-fold accuracy per language, and the calibration that fits the held-back predictions. */
function crossValidate(messages: LabelledMessage[], folds: number): void {
  let correct = 0
  const byLanguage = new Map<string, { correct: number; total: number }>()
  const predictions: Prediction[] = []
  for (let fold = 0; fold < folds; fold++) {
    const model = train(
      messages.filter((_, index) => index % folds !== fold),
      UNCALIBRATED,
    )
    messages.forEach((message, index) => {
      if (index % folds !== fold) return
      intentScores(model, intentFeatures(message.text, message.language)).forEach(
        (probability, intent) => {
          const clamped = Math.min(Math.max(probability, 1e-9), 1 - 1e-9)
          predictions.push({
            logit: Math.log(clamped / (1 - clamped)),
            labelled: message.intents.includes(model.intents[intent]),
          })
        },
      )
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
  const { scale, shift } = fitCalibration(predictions)
  console.log(`calibration: { scale: ${scale.toFixed(2)}, shift: ${shift.toFixed(2)} }`)
}

interface Prediction {
  logit: number
  labelled: boolean
}

/** Platt scaling: the scale and shift of the logits that best predict the labels. */
export function fitCalibration(predictions: Prediction[]): Calibration {
  let fit: Calibration = { scale: 1, shift: 0 }
  let loss = logLoss(predictions, fit)
  for (let step = 0; step < 50; step++) {
    const direction = newtonStep(predictions, fit)
    if (!direction) break
    // Newton's step can overshoot from a poor start: halve it until the loss goes down.
    for (let length = 1; length > 1e-6; length /= 2) {
      const next = {
        scale: fit.scale - length * direction.scale,
        shift: fit.shift - length * direction.shift,
      }
      const nextLoss = logLoss(predictions, next)
      if (nextLoss < loss) {
        fit = next
        loss = nextLoss
        break
      }
    }
  }
  return fit
}

function logLoss(predictions: Prediction[], { scale, shift }: Calibration): number {
  let loss = 0
  for (const { logit, labelled } of predictions) {
    const z = scale * logit + shift
    // log(1 + e^-z) for labelled, log(1 + e^z) otherwise, without overflow.
    const margin = labelled ? z : -z
    loss += Math.max(-margin, 0) + Math.log1p(Math.exp(-Math.abs(margin)))
  }
  return loss
}

function newtonStep(predictions: Prediction[], { scale, shift }: Calibration) {
  let gradScale = 0
  let gradShift = 0
  let hScaleScale = 0
  let hScaleShift = 0
  let hShiftShift = 0
  for (const { logit, labelled } of predictions) {
    const p = 1 / (1 + Math.exp(-(scale * logit + shift)))
    const error = p - (labelled ? 1 : 0)
    const curvature = p * (1 - p)
    gradScale += error * logit
    gradShift += error
    hScaleScale += curvature * logit * logit
    hScaleShift += curvature * logit
    hShiftShift += curvature
  }
  const determinant = hScaleScale * hShiftShift - hScaleShift * hScaleShift
  if (determinant <= 1e-12) return undefined
  return {
    scale: (hShiftShift * gradScale - hScaleShift * gradShift) / determinant,
    shift: (hScaleScale * gradShift - hScaleShift * gradScale) / determinant,
  }
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
