/** A span of someone's agenda; an entry without an end counts as a moment. */
export interface Span {
  id: string
  startsAt: Date
  endsAt: Date | null
}

const endOf = (s: Span) => (s.endsAt ?? s.startsAt).getTime()

/** Half-open intervals: one ending exactly when the next begins does not overlap it. */
export function overlaps(a: Span, b: Span): boolean {
  const [as, bs] = [a.startsAt.getTime(), b.startsAt.getTime()]
  const [ae, be] = [endOf(a), endOf(b)]
  if (as === ae || bs === be) return as === bs || (as > bs && as < be) || (bs > as && bs < ae)
  return as < be && bs < ae
}

/** The entries of `agenda` (other than `item` itself) that overlap `item`. */
export function overlapping<T extends Span>(item: Span, agenda: T[]): T[] {
  return agenda.filter((other) => other.id !== item.id && overlaps(item, other))
}
