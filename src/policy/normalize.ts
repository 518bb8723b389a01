/**
 * One normalisation of a reply per lint call, shared by every rule.
 *
 * The normalised text is what the rules' regexes read: invisible characters (zero-width spaces,
 * joiners, bidi controls, soft hyphens, tag characters) removed, compatibility forms folded
 * (full-width letters and `＠`, ligatures), diacritics stripped ("reseña" → "resena",
 * "löschen" → "loschen"), typographic apostrophes, quotes, dashes and spaces made ASCII.
 * Every normalised code unit remembers the original code point it came from, so a match in the
 * normalised text maps back to the exact span of the original text (`span`).
 */

/** Removed outright: they render as nothing and are used to hide words from filters. */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c],
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0x202a, 0x202e],
  [0x2060, 0x206f], // word joiner, invisible operators
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f], // tag characters
]

function isInvisible(code: number): boolean {
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to)
}

const SPACE = /^[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/u
const COMBINING = /\p{M}/gu
/** Printable ASCII and ordinary whitespace: text that needs no normalisation at all. */
const NEEDS_NO_WORK = /^[\t\n\r -~]*$/

const SPECIAL: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u02BC": "'",
  "\u00B4": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\uFE58": "-",
  "\uFE63": "-",
  "\uFF0D": "-",
  "\u3002": ".",
  "\uFF61": ".",
  "\u2024": ".",
  "\u00B7": ".",
}

const foldCache = new Map<string, string>()

/** The normalised form of one non-ASCII code point. */
function fold(char: string): string {
  const cached = foldCache.get(char)
  if (cached !== undefined) return cached
  let folded: string
  if (char === "\n" || char === "\r") folded = char
  else if (isInvisible(char.codePointAt(0)!)) folded = ""
  else if (SPACE.test(char)) folded = " "
  else if (char in SPECIAL) folded = SPECIAL[char]
  else {
    folded = char.normalize("NFKD").replace(COMBINING, "")
    if (folded in SPECIAL) folded = SPECIAL[folded]
  }
  if (foldCache.size < 5_000) foldCache.set(char, folded)
  return folded
}

export interface Prepared {
  /** The text as given. */
  readonly original: string
  /** The normalised text the rules read. */
  readonly text: string
  /** Maps a normalised span [start, end) to the original text's span. */
  span(start: number, end: number): { start: number; end: number }
  /** The sentence (normalised offsets) that contains a normalised offset. */
  sentence(index: number): { start: number; end: number }
  /** Per-text memo for derived data (the facts, word lists…), keyed by its producer. */
  readonly memo: Map<string, unknown>
}

class PreparedText implements Prepared {
  readonly memo = new Map<string, unknown>()
  private boundaries?: number[]

  constructor(
    readonly original: string,
    readonly text: string,
    /** Original start of each normalised code unit; undefined when the text is unchanged. */
    private readonly starts?: Uint32Array,
    private readonly ends?: Uint32Array,
  ) {}

  span(start: number, end: number) {
    if (!this.starts || !this.ends) return { start, end }
    if (end <= start) {
      const at = start < this.text.length ? this.starts[start] : this.original.length
      return { start: at, end: at }
    }
    return { start: this.starts[start], end: this.ends[end - 1] }
  }

  sentence(index: number) {
    if (!this.boundaries) {
      const boundaries = [0]
      const pattern = /[.!?]+(?=\s)|\n+/g
      for (const match of this.text.matchAll(pattern)) {
        boundaries.push(match.index + match[0].length)
      }
      boundaries.push(this.text.length)
      this.boundaries = boundaries
    }
    const list = this.boundaries
    let low = 0
    let high = list.length - 1
    while (high - low > 1) {
      const middle = (low + high) >> 1
      if (list[middle] <= index) low = middle
      else high = middle
    }
    return { start: list[low], end: list[high] }
  }
}

function build(original: string): Prepared {
  if (NEEDS_NO_WORK.test(original)) return new PreparedText(original, original)
  const length = original.length
  let starts = new Uint32Array(length + 16)
  let ends = new Uint32Array(length + 16)
  const parts: string[] = []
  let out = 0
  /** Start of the current run of unchanged (ASCII) characters, copied in one slice. */
  let run = 0
  let index = 0
  while (index < length) {
    const code = original.charCodeAt(index)
    if (code < 0x80) {
      starts[out] = index
      ends[out] = index + 1
      out++
      index++
      continue
    }
    if (run < index) parts.push(original.slice(run, index))
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < length ? 2 : 1
    const folded = fold(width === 1 ? original[index] : original.slice(index, index + 2))
    if (out + folded.length >= starts.length) {
      const grown = Math.max(starts.length * 2, out + folded.length + 16)
      const nextStarts = new Uint32Array(grown)
      const nextEnds = new Uint32Array(grown)
      nextStarts.set(starts)
      nextEnds.set(ends)
      starts = nextStarts
      ends = nextEnds
    }
    for (let unit = 0; unit < folded.length; unit++) {
      starts[out] = index
      ends[out] = index + width
      out++
    }
    if (folded) parts.push(folded)
    index += width
    run = index
  }
  if (run < length) parts.push(original.slice(run))
  return new PreparedText(original, parts.join(""), starts.subarray(0, out), ends.subarray(0, out))
}

const recent: Prepared[] = []

/**
 * The prepared form of a text. The last few texts are remembered, so the rules of one lint call
 * (each calling `prepare(input.text)`) share a single normalisation.
 */
export function prepare(text: string): Prepared {
  for (const prepared of recent) if (prepared.original === text) return prepared
  const prepared = build(text)
  recent.unshift(prepared)
  if (recent.length > 4) recent.pop()
  return prepared
}

/** The normalised form of a short string (a name, a label), for comparisons. */
export function normalizeText(text: string): string {
  return build(text).text
}

/** The value in a memo, computed once per prepared text. */
export function memo<T>(prepared: Prepared, key: string, compute: () => T): T {
  if (prepared.memo.has(key)) return prepared.memo.get(key) as T
  const value = compute()
  prepared.memo.set(key, value)
  return value
}
