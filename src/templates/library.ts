/**
 * The library page's view of the templates: translations grouped into one row, searched and
 * filtered without touching the page. Pure, so 5,000 templates can be tested and timed.
 */
import { foldAccentsAndCase as normalize } from "~suggest/message-text"
import type { Template } from "./schema"

export interface TemplateUsage {
  inserted: number
  lastUsedAt?: string
}

/** One reply in all its languages: the library's row. */
export interface TemplateGroup {
  groupId: string
  /** Translations, in a stable language order. */
  templates: Template[]
  /** The translation whose title names the row (the preferred language, else the first). */
  primary: Template
  pinned: boolean
  inserted: number
  lastUsedAt?: string
}

export interface LibraryFilter {
  query: string
  language?: string
  intent?: string
  folder?: string
  tag?: string
  origin?: string
  pinned?: boolean
}

export const EMPTY_FILTER: LibraryFilter = { query: "" }

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true })
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function groupTemplates(
  templates: readonly Template[],
  usage: ReadonlyMap<string, TemplateUsage>,
  preferredLanguage: string,
): TemplateGroup[] {
  const byGroup = new Map<string, Template[]>()
  for (const template of templates) {
    const members = byGroup.get(template.groupId)
    if (members) members.push(template)
    else byGroup.set(template.groupId, [template])
  }
  const groups: TemplateGroup[] = []
  for (const [groupId, members] of byGroup) {
    members.sort((a, b) => byCodePoint(a.language, b.language) || byCodePoint(a.id, b.id))
    let inserted = 0
    let lastUsedAt: string | undefined
    for (const member of members) {
      const used = usage.get(member.id)
      if (!used) continue
      inserted += used.inserted
      if (used.lastUsedAt && (!lastUsedAt || used.lastUsedAt > lastUsedAt))
        lastUsedAt = used.lastUsedAt
    }
    groups.push({
      groupId,
      templates: members,
      primary: members.find((member) => member.language === preferredLanguage) ?? members[0],
      pinned: members.some((member) => member.pinned),
      inserted,
      lastUsedAt,
    })
  }
  return groups.sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) || collator.compare(a.primary.title, b.primary.title),
  )
}

// Normalising 5,000 bodies costs tens of milliseconds: done once per template, on the first search.
const haystacks = new WeakMap<Template, string>()

function haystack(template: Template): string {
  let text = haystacks.get(template)
  if (text === undefined) {
    text = normalize(`${template.title}\n${template.tags.join("\n")}\n${template.body}`)
    haystacks.set(template, text)
  }
  return text
}

/** Words of the query, accent- and case-insensitive; every one must appear. */
export function queryWords(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean)
}

export function templateMatches(template: Template, filter: LibraryFilter, words: string[]) {
  if (filter.language && template.language !== filter.language) return false
  if (filter.intent && !template.intents.includes(filter.intent as Template["intents"][number]))
    return false
  if (filter.folder !== undefined && (template.folder ?? "") !== filter.folder) return false
  if (filter.tag && !template.tags.includes(filter.tag)) return false
  if (filter.origin && template.origin !== filter.origin) return false
  if (filter.pinned !== undefined && template.pinned !== filter.pinned) return false
  if (words.length === 0) return true
  const text = haystack(template)
  return words.every((word) => text.includes(word))
}

/** Groups with at least one translation that passes the filter. */
export function filterGroups(groups: readonly TemplateGroup[], filter: LibraryFilter) {
  const words = queryWords(filter.query)
  return groups.filter((group) =>
    group.templates.some((template) => templateMatches(template, filter, words)),
  )
}

export interface LibraryFacets {
  languages: string[]
  folders: string[]
  tags: string[]
  origins: string[]
}

/** The values the filters offer: only those the library uses. */
export function libraryFacets(templates: readonly Template[]): LibraryFacets {
  const languages = new Set<string>()
  const folders = new Set<string>()
  const tags = new Set<string>()
  const origins = new Set<string>()
  for (const template of templates) {
    languages.add(template.language)
    if (template.folder) folders.add(template.folder)
    for (const tag of template.tags) tags.add(tag)
    origins.add(template.origin)
  }
  const sorted = (values: Set<string>) => [...values].sort(collator.compare)
  return {
    languages: sorted(languages),
    folders: sorted(folders),
    tags: sorted(tags),
    origins: sorted(origins),
  }
}
