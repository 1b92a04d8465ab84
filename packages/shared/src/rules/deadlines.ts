/**
 * Closing dates judged from the date itself (decision 051), never from a stored status alone: the sweep that closes
 * expired jobs runs periodically, so between two sweeps a job may still read `open` after its closing date.
 */

type When = Date | string | null | undefined

const at = (when: When) => (when === null || when === undefined ? undefined : new Date(when).getTime())

/** A job no longer takes applications once its closing date has come (a job without one never closes by date). */
export function isPastClosing(closesAt: When, now: Date = new Date()): boolean {
  const t = at(closesAt)
  return t !== undefined && t <= now.getTime()
}

/** A course takes enrolments until it starts; one without a start date is enrolled in any time. */
export function hasCourseStarted(startDate: When, now: Date = new Date()): boolean {
  const t = at(startDate)
  return t !== undefined && t <= now.getTime()
}
