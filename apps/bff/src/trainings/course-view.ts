import type { Prisma } from '@zhilian/db'
import { LATEST_COUNTED_SUPPLY_LISTS } from '../analytics/counted'
import type { Db } from '../lib/types'

export const courseSelect = {
  id: true,
  title: true,
  content: true,
  format: true,
  periodDays: true,
  hours: true,
  startDate: true,
  fee: true,
  yearlyCapacity: true,
  seatsPerSession: true,
  cityCode: true,
  chains: { select: { chain: { select: { id: true, name: true } } }, orderBy: { chainId: 'asc' } },
  city: { select: { adcode: true, name: true } },
  list: { select: { college: { select: { id: true, name: true } } } },
  _count: { select: { enrolments: true } },
} satisfies Prisma.TrainingCourseSelect

export type CourseRow = Prisma.TrainingCourseGetPayload<{ select: typeof courseSelect }>

/** A session's seats when the college gave them, else the yearly capacity. */
export const capacityOf = (row: { seatsPerSession: number | null; yearlyCapacity: number }) => row.seatsPerSession ?? row.yearlyCapacity

/**
 * The menu holds the courses of each verified college's current 附件1 (its approved list of the latest year, as the
 * home page and matching read supply; decision 076): never a draft, and not last year's courses beside this year's.
 */
export async function onMenu(db: Pick<Db, '$queryRawUnsafe'>) {
  const lists = await db.$queryRawUnsafe<{ id: string }[]>(LATEST_COUNTED_SUPPLY_LISTS)
  return { listId: { in: lists.map((l) => l.id) } } satisfies Prisma.TrainingCourseWhereInput
}

/**
 * On the menu and still taking enrolments: not started yet, or without a start date (decision 051 refuses enrolment
 * from the start). Recommendations offer only these (decision 055); the browsing list still shows a started course
 * as 已开课, like a closed job's page.
 */
/**
 * Courses held in a city: the city the course names, else its college's — where the report and the map count its
 * seats (analytics/list-facts.ts), so a student filtering by a city finds what the map shows there (decision 076).
 */
export const courseInCity = (cityCode: string) =>
  ({ OR: [{ cityCode }, { cityCode: null, list: { college: { cityCode } } }] }) satisfies Prisma.TrainingCourseWhereInput

export const enrollableAt = async (db: Db, now: Date) =>
  ({ ...(await onMenu(db)), OR: [{ startDate: null }, { startDate: { gt: now } }] }) satisfies Prisma.TrainingCourseWhereInput

export function toCourse(row: CourseRow) {
  const capacity = capacityOf(row)
  return {
    id: row.id,
    title: row.title,
    content: row.content,
    college: row.list.college,
    chains: row.chains.map((c) => c.chain),
    city: row.city ? { code: row.city.adcode, name: row.city.name } : null,
    format: row.format,
    periodDays: row.periodDays,
    hours: row.hours,
    startDate: row.startDate?.toISOString() ?? null,
    fee: row.fee === null ? null : Number(row.fee),
    capacity,
    seatsLeft: Math.max(0, capacity - row._count.enrolments),
  }
}
