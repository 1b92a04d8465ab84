/**
 * When things may happen at an event. Pure rules shared by the BFF (which enforces them) and the
 * app (which explains them before the user taps).
 */

interface Span { startsAt: Date; endsAt: Date }

/** An agenda session must lie inside its event: a 宣讲 before the fair opens is a typo or a trick. */
export function sessionWithinEvent(session: Span, event: Span): boolean {
  return session.startsAt >= event.startsAt && session.endsAt <= event.endsAt
}
