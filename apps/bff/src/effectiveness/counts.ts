import { NO_EFFECT, type EffectCounts } from '@zhilian/shared/rules/effectiveness'
import { beijingYear } from '../lib/beijing-time'
import { completedProjectWhere, solvedChallengeWhere } from '../lib/outcomes'
import type { Db } from '../lib/types'

/** A calendar year in Beijing time, the way officials count it. */
const yearSpan = (year: number) => ({ gte: new Date(`${year}-01-01T00:00:00+08:00`), lt: new Date(`${year + 1}-01-01T00:00:00+08:00`) })

/** The latest year the record covers: this one in Beijing time (the BFF's one clock). */
export const currentYear = (now = Date.now()) => beijingYear(now)

/**
 * Every organisation's 成效 counts for `year`, from the platform's own records (decision 029; the formula is
 * EFFECT_TERMS). One pass per source over the year's rows, so the ranking of the whole province costs five
 * queries, and one organisation's record is the same computation restricted to it.
 */
export async function effectCounts(db: Db, year: number, opts: { only?: string; now?: Date } = {}): Promise<Map<string, EffectCounts>> {
  const now = opts.now ?? new Date()
  const only = opts.only
  const span = yearSpan(year)
  const until = new Date(Math.min(now.getTime(), span.lt.getTime()))
  const out = new Map<string, EffectCounts>()
  const add = (orgId: string | null | undefined, key: keyof EffectCounts, n: number) => {
    if (!orgId || n === 0) return
    const row = out.get(orgId) ?? { ...NO_EFFECT }
    row[key] += n
    out.set(orgId, row)
  }

  // Hires: an application still 已入职 whose move to 已入职 happened this year (one per application).
  const hired = await db.application.findMany({
    where: {
      status: 'hired', events: { some: { to: 'hired', at: span } },
      ...(only ? { OR: [{ job: { orgId: only } }, { student: { studentProfile: { collegeId: only } } }] } : {}),
    },
    select: { job: { select: { orgId: true } }, student: { select: { studentProfile: { select: { collegeId: true, graduationYear: true } } } } },
  })
  for (const h of hired) {
    const profile = h.student.studentProfile
    const graduate = profile?.graduationYear === year ? 1 : 0
    add(h.job.orgId, 'hires', 1)
    add(h.job.orgId, 'graduateHires', graduate)
    add(profile?.collegeId, 'hires', 1)
    add(profile?.collegeId, 'graduateHires', graduate)
  }

  // Trainees: enrolments in a college's courses that started this year and have started by now.
  const courses = await db.trainingCourse.findMany({
    where: { startDate: { gte: span.gte, lt: until }, ...(only ? { list: { collegeId: only } } : {}) },
    select: { list: { select: { collegeId: true } }, _count: { select: { enrolments: true } } },
  })
  for (const course of courses) add(course.list.collegeId, 'trainees', course._count.enrolments)

  // Equipment: approved bookings that began this year and are over, counted for the lender and the borrower.
  const bookings = await db.equipmentBooking.findMany({
    where: {
      status: { in: ['approved', 'completed'] }, start: span, end: { lte: now },
      ...(only ? { OR: [{ enterpriseOrgId: only }, { equipment: { list: { collegeId: only } } }] } : {}),
    },
    select: { start: true, end: true, enterpriseOrgId: true, equipment: { select: { list: { select: { collegeId: true } } } } },
  })
  for (const b of bookings) {
    const hours = (b.end.getTime() - b.start.getTime()) / 3_600_000
    add(b.enterpriseOrgId, 'equipmentHours', hours)
    add(b.equipment.list.collegeId, 'equipmentHours', hours)
  }

  // Challenges solved: validated this year with the solution in production (市场验题, decision 034); an accepted
  // taker alone is not a result. Counted for the enterprise that set it and each college it accepted.
  const solved = await db.techChallenge.findMany({
    where: {
      AND: [solvedChallengeWhere, { validatedAt: span }],
      ...(only ? { OR: [{ list: { orgId: only } }, { takers: { some: { collegeOrgId: only, status: 'accepted' } } }] } : {}),
    },
    select: { list: { select: { orgId: true } }, takers: { where: { status: 'accepted' }, select: { collegeOrgId: true } } },
  })
  for (const ch of solved) {
    for (const orgId of new Set([ch.list.orgId, ...ch.takers.map((t) => t.collegeOrgId)])) add(orgId, 'solvedChallenges', 1)
  }

  // Projects completed this year: one for each party, however the project came about.
  const completed = await db.project.findMany({
    where: { AND: [completedProjectWhere, { completedAt: span }], ...(only ? { parties: { some: { orgId: only } } } : {}) },
    select: { parties: { select: { orgId: true } } },
  })
  for (const pr of completed) for (const orgId of new Set(pr.parties.map((p) => p.orgId))) add(orgId, 'completedProjects', 1)
  return out
}

/** The college side counts no enterprise-only terms and vice versa (EFFECT_TERMS says how each side counts). */
export function forSide(counts: EffectCounts | undefined, kind: string): EffectCounts {
  const c = counts ?? NO_EFFECT
  return kind === 'college' ? { ...c } : { ...c, trainees: 0 }
}
