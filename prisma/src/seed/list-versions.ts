/**
 * Gives every seeded list what a user's list has after draft → submit → approve (decision 015): the
 * contract data as its draft, a recorded version per submission, and the approved version's number.
 * The data is read back from the rows the builders made and parsed with the same zod contract a
 * submission passes, so every seeded list exports, prefills its template and fills the phone form; the
 * rows are exactly what approving that version writes (seed.heavy.ts replays the approval to prove it).
 * Lists that were never approved hold no rows, like a user's.
 */
import { DemandListInput } from '@zhilian/shared/contracts/demand-list'
import { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import type { Prisma } from '../../generated/client/client'
import type { SeedContext } from './context'

type Json = Prisma.InputJsonValue
const day = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : undefined)
const num = (d: Prisma.Decimal | number | string | null | undefined) => (d === null || d === undefined ? undefined : Number(d))
const groupBy = <T, K>(rows: readonly T[], key: (r: T) => K) => {
  const map = new Map<K, T[]>()
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r])
  return map
}
const chainsBy = <T extends { chainId: string }>(rows: readonly T[], key: (r: T) => string) => {
  const map = new Map<string, string[]>()
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r.chainId])
  return map
}
const clean = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T

function supplyInputs(ctx: SeedContext): Map<string, SupplyListInput> {
  const r = ctx.rows
  const orgs = new Map(r.organization.map((o) => [o.id!, o]))
  const by = <T extends { listId: string }>(rows: readonly T[]) => groupBy(rows, (x) => x.listId)
  const [offerings, enrolments, cohorts, faculty, equipment, projects, ip, courses, cases] =
    [by(r.majorOffering), by(r.enrolment), by(r.graduateCohort), by(r.faculty), by(r.equipment), by(r.researchProject), by(r.intellectualProperty), by(r.trainingCourse), by(r.caseStudy)]
  const offeringChains = chainsBy(r.majorOfferingChain, (x) => x.offeringId)
  const equipmentChains = chainsBy(r.equipmentChain, (x) => x.equipmentId)
  const projectChains = chainsBy(r.researchProjectChain, (x) => x.projectId)
  const courseChains = chainsBy(r.trainingCourseChain, (x) => x.courseId)
  const destinations = groupBy(r.graduateDestination, (x) => x.cohortId)
  const out = new Map<string, SupplyListInput>()
  for (const list of r.supplyList) {
    const id = list.id!
    const org = orgs.get(list.collegeId)!
    out.set(id, SupplyListInput.parse(clean({
      year: list.year, filledBy: list.filledBy, filledByPhone: list.filledByPhone, filledAt: day(list.filledAt),
      college: clean({ name: org.name, uscc: org.uscc, contactName: org.contactName, contactPhone: org.contactPhone, contactTitle: org.contactTitle, contactEmail: org.contactEmail }),
      majors: (offerings.get(id) ?? []).map((m) => ({ majorCode: m.majorCode, chainIds: offeringChains.get(m.id!) ?? [] })),
      enrolments: (enrolments.get(id) ?? []).map((e) => ({ majorCode: e.majorCode, grade: e.grade, count: e.count })),
      cohorts: (cohorts.get(id) ?? []).map((c) => clean({
        majorCode: c.majorCode, year: c.year, count: c.count, employedCount: c.employedCount,
        destinations: (destinations.get(c.id!) ?? []).map((d) => ({ type: d.type, count: d.count, mainPositions: d.mainPositions as string[] })),
      })),
      faculty: (faculty.get(id) ?? []).map((f) => ({ majorCode: f.majorCode, fullTime: f.fullTime, seniorTitleShare: num(f.seniorTitleShare as string)!, partTimeFromIndustry: f.partTimeFromIndustry, industryBackground: f.industryBackground })),
      equipment: (equipment.get(id) ?? []).map((e) => clean({
        name: e.name, model: e.model, quantity: e.quantity, coreFunction: e.coreFunction, open: e.open ?? false, openHours: e.openHours, fee: e.fee,
        feeNote: e.feeNote, cooperationMode: e.cooperationMode, chainIds: equipmentChains.get(e.id!) ?? [],
      })),
      researchProjects: (projects.get(id) ?? []).map((p) => clean({
        name: p.name, level: p.level, outcomeType: p.outcomeType, commissioningUnit: p.commissioningUnit, amountWan: num(p.amountWan as string)!,
        finished: p.finished, year: p.year, chainIds: projectChains.get(p.id!) ?? [],
      })),
      ip: (ip.get(id) ?? []).map((p) => clean({ kind: p.kind, name: p.name, number: p.number, year: p.year })),
      trainingCourses: (courses.get(id) ?? []).map((t) => clean({
        title: t.title, content: t.content, format: t.format, periodDays: t.periodDays, hours: t.hours, yearlyCapacity: t.yearlyCapacity,
        seatsPerSession: t.seatsPerSession, startDate: day(t.startDate), fee: num(t.fee as string | null), chainIds: courseChains.get(t.id!) ?? [],
      })),
      cases: (cases.get(id) ?? []).map((k) => clean({ title: k.title, partner: k.partner, content: k.content, outcome: k.outcome, year: k.year })),
    })))
  }
  return out
}

function demandInputs(ctx: SeedContext): Map<string, DemandListInput> {
  const r = ctx.rows
  const orgs = new Map(r.organization.map((o) => [o.id!, o]))
  const labels = groupBy(r.orgLabel, (x) => x.orgId)
  const jobs = groupBy(r.job.filter((j) => j.fromListId), (j) => j.fromListId!)
  const skills = groupBy(r.jobSkill, (s) => s.jobId)
  const majors = groupBy(r.jobMajor, (m) => m.jobId)
  const needs = groupBy(r.trainingNeed, (x) => x.listId)
  const challenges = groupBy(r.techChallenge, (x) => x.listId)
  const requests = groupBy(r.resourceRequest, (x) => x.listId)
  const out = new Map<string, DemandListInput>()
  for (const list of r.demandList) {
    const id = list.id!
    const org = orgs.get(list.orgId)!
    // A draft holds what was typed, valid or not (a pending unit's USCC may fail its check); anything submitted
    // passed the contract, as the BFF's submit would have enforced.
    const asSubmitted = (data: unknown) => (list.status === 'draft' ? (data as DemandListInput) : DemandListInput.parse(data))
    out.set(id, asSubmitted(clean({
      filledBy: list.filledBy, filledByPhone: list.filledByPhone, filledAt: day(list.filledAt),
      org: clean({ name: org.name, uscc: org.uscc, nature: org.nature, contactName: org.contactName, contactPhone: org.contactPhone, contactTitle: org.contactTitle, contactEmail: org.contactEmail }),
      labelIds: (labels.get(org.id!) ?? []).map((l) => l.labelId),
      // An approved list's rows are its live jobs; a draft's are the jobs it would publish.
      jobs: (jobs.get(id) ?? []).filter((j) => list.status === 'draft' || ['open', 'paused'].includes(j.status ?? '')).map((j) => ({
        title: j.title, type: j.type, headcount: j.headcount, education: j.education, minYearsExperience: j.minYearsExperience ?? 0, cityCode: j.cityCode,
        salaryMin: j.salaryMin, salaryMax: j.salaryMax, description: j.description,
        majorCodes: (majors.get(j.id!) ?? []).map((m) => m.majorCode), skills: (skills.get(j.id!) ?? []).map((s) => ({ name: s.name, level: s.level })),
      })),
      trainingNeeds: (needs.get(id) ?? []).map((t) => clean({ content: t.content, audience: t.audience, perSession: t.perSession, perYear: t.perYear, periodText: t.periodText, periodDays: t.periodDays, format: t.format })),
      challenges: (challenges.get(id) ?? []).map((c) => clean({ title: c.title, problem: c.problem, target: c.target, deadline: day(c.deadline), budgetWan: num(c.budgetWan as string | null) })),
      resourceRequests: (requests.get(id) ?? []).map((q) => clean({ kind: q.kind, description: q.description, cooperationMode: q.cooperationMode, cooperationNote: q.cooperationNote })),
      cooperationModes: (list.cooperationModes as string[] | undefined) ?? [],
      cooperationNote: list.cooperationNote,
    })))
  }
  return out
}

/** Rows of lists that were never approved go: a list's tables hold its approved version only. */
function dropUnapprovedRows(ctx: SeedContext, supply: Set<string>, demand: Set<string>) {
  const r = ctx.rows
  const gone = (ids: Set<string>) => <T extends { listId: string }>(rows: T[]) => rows.filter((x) => !ids.has(x.listId))
  const s = gone(supply)
  const d = gone(demand)
  const keep = <T>(rows: T[], ok: (x: T) => boolean) => rows.filter(ok)
  const offerings = new Set(r.majorOffering.filter((m) => supply.has(m.listId)).map((m) => m.id!))
  const cohorts = new Set(r.graduateCohort.filter((m) => supply.has(m.listId)).map((m) => m.id!))
  const equipment = new Set(r.equipment.filter((m) => supply.has(m.listId)).map((m) => m.id!))
  const projects = new Set(r.researchProject.filter((m) => supply.has(m.listId)).map((m) => m.id!))
  const courses = new Set(r.trainingCourse.filter((m) => supply.has(m.listId)).map((m) => m.id!))
  const challenges = new Set(r.techChallenge.filter((m) => demand.has(m.listId)).map((m) => m.id!))
  Object.assign(r, {
    majorOffering: s(r.majorOffering), enrolment: s(r.enrolment), graduateCohort: s(r.graduateCohort), faculty: s(r.faculty),
    equipment: s(r.equipment), researchProject: s(r.researchProject), intellectualProperty: s(r.intellectualProperty),
    trainingCourse: s(r.trainingCourse), caseStudy: s(r.caseStudy),
    majorOfferingChain: keep(r.majorOfferingChain, (x) => !offerings.has(x.offeringId)),
    graduateDestination: keep(r.graduateDestination, (x) => !cohorts.has(x.cohortId)),
    equipmentChain: keep(r.equipmentChain, (x) => !equipment.has(x.equipmentId)),
    researchProjectChain: keep(r.researchProjectChain, (x) => !projects.has(x.projectId)),
    trainingCourseChain: keep(r.trainingCourseChain, (x) => !courses.has(x.courseId)),
    trainingNeed: d(r.trainingNeed), techChallenge: d(r.techChallenge), resourceRequest: d(r.resourceRequest),
    challengeTaker: keep(r.challengeTaker, (x) => !challenges.has(x.challengeId)),
  })
}

/**
 * Records the versions: an approved list has version 1 submitted and approved; a list "in review" has
 * version 1 approved and version 2 submitted (the approved one goes on counting); a draft has no version.
 */
export function recordListVersions(ctx: SeedContext, owners: ReadonlyMap<string, string>) {
  const supply = supplyInputs(ctx)
  const demand = demandInputs(ctx)
  const neverApproved = { supply: new Set<string>(), demand: new Set<string>() }
  const record = (
    kind: 'supply' | 'demand',
    list: { id?: string; status?: string | null; submittedAt?: Date | string | null; reviewedAt?: Date | string | null; version?: number; approvedVersion?: number | null; approvedAt?: Date | string | null; draft?: unknown },
    orgId: string,
    data: unknown,
  ) => {
    list.draft = data as Json
    if (list.status === 'draft' || !list.submittedAt) {
      list.version = 0
      neverApproved[kind].add(list.id!)
      return
    }
    const byUserId = owners.get(orgId)!
    const at = new Date(list.submittedAt)
    const approvedAt = list.reviewedAt ? new Date(list.reviewedAt) : new Date(at.getTime() + 86_400_000)
    const versions = list.status === 'submitted' ? [at, new Date(at.getTime() + 3 * 86_400_000)] : [at]
    versions.forEach((when, i) => ctx.rows.listVersion.push({ id: ctx.rng.id(), listKind: kind, listId: list.id!, version: i + 1, byUserId, at: when, snapshot: { source: 'submit', data } as Json }))
    list.version = versions.length
    list.approvedVersion = 1
    list.approvedAt = approvedAt
    if (list.status === 'submitted') list.submittedAt = versions[1]!
  }
  for (const list of ctx.rows.supplyList) record('supply', list, list.collegeId, supply.get(list.id!))
  for (const list of ctx.rows.demandList) record('demand', list, list.orgId, demand.get(list.id!))
  dropUnapprovedRows(ctx, neverApproved.supply, neverApproved.demand)
  // A never-approved demand list's jobs are not live list rows: they stay as the enterprise's own drafts.
  for (const job of ctx.rows.job) if (job.fromListId && neverApproved.demand.has(job.fromListId)) job.fromListId = null
}
