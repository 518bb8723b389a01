/** What a highlighted span of a reply means; stronger kinds win where spans overlap. */
export const MARK_KINDS = ["info", "missing", "warn", "block"] as const
export type MarkKind = (typeof MARK_KINDS)[number]

export interface Mark {
  start: number
  end: number
  kind: MarkKind
  /** Shown on hover: why the span is marked. */
  title: string
  /** What is marked: the missing variable's path, or the rule's id. */
  id?: string
}

export interface Piece {
  text: string
  mark?: Mark
}

/** Cuts a reply into plain and marked pieces, for rendering as text (never as HTML). */
export function highlightPieces(text: string, marks: Mark[]): Piece[] {
  const valid = marks.filter(
    (mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= text.length,
  )
  const cuts = [
    ...new Set([0, text.length, ...valid.flatMap((mark) => [mark.start, mark.end])]),
  ].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let index = 0; index < cuts.length - 1; index++) {
    const [start, end] = [cuts[index], cuts[index + 1]]
    const covering = valid.filter((mark) => mark.start <= start && mark.end >= end)
    const mark = covering.sort((a, b) => MARK_KINDS.indexOf(b.kind) - MARK_KINDS.indexOf(a.kind))[0]
    const previous = pieces[pieces.length - 1]
    if (previous && previous.mark === mark) previous.text += text.slice(start, end)
    else pieces.push({ text: text.slice(start, end), mark })
  }
  return pieces
}

/** Where each missing-fact placeholder sits in the rendered reply text. */
export function missingMarks(
  segments: ({ kind: "text"; text: string } | { kind: "missing"; text: string; path: string })[],
  title: string,
): Mark[] {
  const marks: Mark[] = []
  let offset = 0
  for (const segment of segments) {
    if (segment.kind === "missing") {
      const end = offset + segment.text.length
      marks.push({ start: offset, end, kind: "missing", title, id: segment.path })
    }
    offset += segment.text.length
  }
  return marks
}
