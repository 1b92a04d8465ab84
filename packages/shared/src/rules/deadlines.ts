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

/**
 * Whether a job shows as closed by its date (已截止) rather than by its status: the sweep marks the jobs it closed with
 * `expiredAt` (decision 055), and an open job past its date is one the next sweep will close (apply already refuses
 * it). A job its enterprise closed by hand is never 已截止, also once its date has passed.
 */
export function isClosedByDate(job: { status: string; closesAt: When; expiredAt: When }, now: Date = new Date()): boolean {
  return (job.status === 'closed' && job.expiredAt !== null && job.expiredAt !== undefined) || (job.status === 'open' && isPastClosing(job.closesAt, now))
}

/** A course takes enrolments until it starts; one without a start date is enrolled in any time. */
export function hasCourseStarted(startDate: When, now: Date = new Date()): boolean {
  const t = at(startDate)
  return t !== undefined && t <= now.getTime()
}

/**
 * How far ahead an enterprise may set a job's closing date (decision 055): half a year covers a school-year hiring
 * season, and a posting that stays up longer without anyone looking at it is the stale kind students complain about.
 */
export const MAX_CLOSING_DAYS = 180

const DAY_MS = 86_400_000
/** Beijing is UTC+8 all year, so a fixed offset is exact. */
const BEIJING_OFFSET_MS = 8 * 3_600_000

/** The Beijing calendar day of an instant, 2026-12-06. */
export const beijingDayOf = (at: Date): string => new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)

/** A closing day means the whole day in Beijing: the job closes as it ends (23:59:59.999 +08:00). */
export const endOfBeijingDay = (day: string): Date => new Date(`${day}T23:59:59.999+08:00`)

/** The first and last day an enterprise may pick as a job's closing day today (the date picker's range). */
export function closingDayRange(now: Date = new Date()): { first: string; last: string } {
  return { first: beijingDayOf(now), last: beijingDayOf(new Date(now.getTime() + MAX_CLOSING_DAYS * DAY_MS)) }
}

/** Why a closing day cannot be set (a Chinese sentence for the person), or undefined when it can. */
export function closingDayIssue(day: string, now: Date = new Date()): string | undefined {
  const { first, last } = closingDayRange(now)
  if (day < first) return '截止日期不能早于今天，请选择今天或以后的日期'
  if (day > last) return `截止日期最多设在${MAX_CLOSING_DAYS}天内（${last}及以前）`
  return undefined
}
