/**
 * Hand-built supply lists for the route tests of matching, analytics, map and reports (test-only:
 * nothing in the app imports this). Every number is given by the test, so its sums can be checked.
 */
import type { Db } from '../lib/types'

export interface MajorRow {
  code: string
  chains: string[]
  /** Students by grade 1.. */
  grades?: number[]
  cohorts?: { year: number; count: number; destinations?: { type: 'state_owned' | 'private' | 'foreign'; count: number }[] }[]
}

export async function supplyList(db: Db, collegeId: string, year: number, majors: MajorRow[], status: 'approved' | 'submitted' = 'approved') {
  const list = await db.supplyList.create({ data: { collegeId, year, status }, select: { id: true } })
  for (const m of majors) {
    await db.majorOffering.create({ data: { listId: list.id, majorCode: m.code, chains: { create: m.chains.map((chainId) => ({ chainId })) } } })
    if (m.grades?.length) {
      await db.enrolment.createMany({ data: m.grades.map((count, i) => ({ listId: list.id, majorCode: m.code, grade: i + 1, count })) })
    }
    for (const c of m.cohorts ?? []) {
      await db.graduateCohort.create({
        data: { listId: list.id, majorCode: m.code, year: c.year, count: c.count, destinations: { create: c.destinations ?? [] } },
      })
    }
  }
  return list
}

export async function demandList(db: Db, orgId: string) {
  return db.demandList.create({ data: { orgId, status: 'approved' }, select: { id: true } })
}

export const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
