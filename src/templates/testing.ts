import type { Template } from "./schema"

/** A valid template for tests, with whatever fields the test cares about. */
export function aTemplate(overrides: Partial<Template> = {}): Template {
  const id = overrides.id ?? "user:1"
  return {
    id,
    groupId: id,
    title: "Where is my order",
    body: "Hi {{ buyer.firstName }}, your order {{ order.id }} is on its way.",
    language: "en",
    intents: ["order_status"],
    orderStates: [],
    sites: [],
    tags: [],
    pinned: false,
    origin: "user",
    edited: false,
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
    ...overrides,
  }
}
