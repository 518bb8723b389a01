/** Pack files for tests and benchmarks. */
import { PACK_FORMAT, PACK_FORMAT_VERSION, type Pack, type PackTemplate } from "./schema"

export function packTemplate(id: string, overrides: Partial<PackTemplate> = {}): PackTemplate {
  return {
    id,
    title: `Reply ${id}`,
    body: `Hi {{ buyer.name | default: "there" }}, about reply ${id}: thanks for writing.`,
    language: "en",
    intents: ["order_status"],
    orderStates: [],
    sites: [],
    tags: ["team"],
    ...overrides,
  }
}

export function samplePack(
  templates: PackTemplate[] = [packTemplate("a"), packTemplate("b")],
  meta: Partial<Pack["pack"]> = {},
): Pack {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    pack: {
      id: "com.example.team",
      name: "Team replies",
      version: 1,
      publisher: "Example Ltd",
      description: "",
      languages: ["en"],
      ...meta,
    },
    templates,
  }
}

/** A pack of `count` templates in two languages, like a large team library. */
export function largePack(count: number, version = 1): Pack {
  const templates = Array.from({ length: count }, (_, index) =>
    packTemplate(`t${index}`, {
      groupId: `g${Math.floor(index / 2)}`,
      language: index % 2 ? "es" : "en",
      title: `Reply ${index} (${index % 2 ? "es" : "en"})`,
      body: `Hi {{ buyer.name | default: "there" }},\n\nOrder {{ order.id }}: update ${index}, v${version}.\n{% if order.trackingNumber %}Tracking: {{ order.trackingNumber }}{% endif %}\n\nThanks`,
      folder: `Folder ${index % 20}`,
    }),
  )
  return samplePack(templates, { version, languages: ["en", "es"] })
}
