/**
 * The trained intent model: one logistic regression per intent over `intentFeatures`, shipped as
 * data (`intent-model.json`, written by `npm run train:intents`). A message can carry several
 * intents; each gets its own confidence. A message's features count 1/√(how many it has), so a
 * long story weighs no more than a short question.
 */
import { intentFeatures } from "~suggest/intent-features"
import { INTENTS, type Intent } from "~templates/schema"

export interface IntentModel {
  intents: Intent[]
  bias: number[]
  /** Feature -> flat [intent index, weight, intent index, weight, …]; absent features weigh nothing. */
  weights: Record<string, number[]>
}

export interface ScoredIntent {
  id: Intent
  /** 0..1 */
  confidence: number
}

/** Intents below this confidence are not reported, unless nothing reaches it. */
const REPORT_THRESHOLD = 0.3
const MAX_INTENTS = 3

const THANKFUL_EMOJI = /[\u{1F44C}\u{1F44D}\u{1F64F}\u{2764}\u{1F60A}\u{1F642}\u{1F970}\u{1F917}]/u
const NOTHING_SAID: ScoredIntent = { id: "other", confidence: 1 }

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}

/** Confidence for every intent the model knows, in the model's intent order. */
export function intentScores(model: IntentModel, features: string[]): number[] {
  const sums = model.bias.map(() => 0)
  for (const feature of features) {
    const pairs = model.weights[feature]
    if (!pairs) continue
    for (let at = 0; at < pairs.length; at += 2) sums[pairs[at]] += pairs[at + 1]
  }
  const scale = featureScale(features.length)
  return sums.map((sum, intent) => sigmoid(model.bias[intent] + sum * scale))
}

/** What each of a message's features counts for in the model. */
export function featureScale(featureCount: number): number {
  return 1 / Math.sqrt(Math.max(featureCount, 1))
}

/** The intents of a buyer's message, most likely first. */
export function classifyWithModel(
  model: IntentModel,
  text: string,
  language: string | undefined,
): ScoredIntent[] {
  const features = intentFeatures(text, language)
  if (!features.some((feature) => feature.startsWith("w:"))) {
    // No words: a thumbs-up or a smile says thanks; an attachment or silence says nothing.
    return [THANKFUL_EMOJI.test(text) ? { id: "thanks_no_reply", confidence: 0.6 } : NOTHING_SAID]
  }
  const ranked = intentScores(model, features)
    .map((confidence, index) => ({ id: model.intents[index], confidence }))
    .sort((a, b) => b.confidence - a.confidence)
  const reported = ranked.filter(({ confidence }) => confidence >= REPORT_THRESHOLD)
  return (reported.length > 0 ? reported : ranked.slice(0, 1))
    .slice(0, MAX_INTENTS)
    .map(({ id, confidence }) => ({ id, confidence: Math.round(confidence * 1000) / 1000 }))
}

export function isIntentModel(value: unknown): value is IntentModel {
  const model = value as IntentModel
  return (
    Array.isArray(model?.intents) &&
    model.intents.every((intent) => (INTENTS as readonly string[]).includes(intent)) &&
    Array.isArray(model.bias) &&
    model.bias.length === model.intents.length &&
    typeof model.weights === "object"
  )
}
