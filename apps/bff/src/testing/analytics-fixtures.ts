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
  cohorts?: { year: number; count: number; destinations?: { type: 'state_owned' | 'private' | 'foreign' | 'further_study' | 'self_employed' | 'public_institution' | 'other'; count: number }[] }[]
}

/** 附件1's other rows, each on one chain (null: none). */
export interface SupplyRows {
  courses?: { chainId: string | null; yearlyCapacity: number }[]
  equipment?: { chainId: string | null; open: boolean }[]
  projects?: { chainId: string | null }[]
}

export async function supplyList(db: Db, collegeId: string, year: number, majors: MajorRow[], status: 'approved' | 'submitted' = 'approved', rows: SupplyRows = {}) {
  // An approved list counts through its approved version (analytics/counted.ts); a submitted one has none.
  const approved = status === 'approved' ? { approvedVersion: 1, approvedAt: new Date() } : {}
  const list = await db.supplyList.create({ data: { collegeId, year, status, ...approved }, select: { id: true } })
  const chains = (chainId: string | null) => ({ chains: { create: chainId ? [{ chainId }] : [] } })
  for (const c of rows.courses ?? []) {
    await db.trainingCourse.create({ data: { listId: list.id, title: '培训课程', content: '内容', format: 'offline', ...chains(c.chainId), yearlyCapacity: c.yearlyCapacity } })
  }
  for (const e of rows.equipment ?? []) {
    await db.equipment.create({ data: { listId: list.id, name: '五轴加工中心', quantity: 1, coreFunction: '复杂曲面加工', ...chains(e.chainId), open: e.open } })
  }
  for (const p of rows.projects ?? []) {
    await db.researchProject.create({ data: { listId: list.id, name: '工艺研究', level: 'provincial', outcomeType: '新工艺', amountWan: '10.00', finished: true, year, ...chains(p.chainId) } })
  }
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

/** 附件2's non-job rows, each on one chain (null: none); a challenge with `takenBy` has that college's answer. */
export interface DemandRows {
  submittedAt?: Date
  needs?: { chainId: string | null; perYear: number }[]
  challenges?: { chainId: string | null; takenBy?: string }[]
  requests?: number
}

export async function demandList(db: Db, orgId: string, rows: DemandRows = {}, status: 'approved' | 'submitted' = 'approved') {
  const approved = status === 'approved' ? { approvedVersion: 1, approvedAt: rows.submittedAt ?? new Date() } : {}
  const list = await db.demandList.create({ data: { orgId, status, submittedAt: rows.submittedAt ?? null, ...approved }, select: { id: true } })
  for (const n of rows.needs ?? []) {
    await db.trainingNeed.create({ data: { listId: list.id, content: '数控编程', audience: '一线操作工', perSession: 10, perYear: n.perYear, periodText: '每季度一期', format: 'offline', chainId: n.chainId } })
  }
  for (const ch of rows.challenges ?? []) {
    await db.techChallenge.create({
      data: {
        listId: list.id, title: '焊缝缺陷在线识别', problem: '人工目检漏检率高', target: '漏检率低于1%', chainId: ch.chainId,
        ...(ch.takenBy ? { takers: { create: [{ collegeOrgId: ch.takenBy, proposal: '组建攻关小组' }] } } : {}),
      },
    })
  }
  for (let i = 0; i < (rows.requests ?? 0); i++) await db.resourceRequest.create({ data: { listId: list.id, kind: 'equipment', description: '借用检测设备' } })
  return list
}

export const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
