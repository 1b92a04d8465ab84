import {
  buildChainMajorMap,
  indexCities,
  type JobForScoring,
  type RecommendContext,
  type RecommendTies,
  type StudentForScoring,
  type TextFit,
} from '@zhilian/shared'
import type { Prisma } from '@zhilian/db'
import { majorSupplyAt } from '../analytics/major-supply'
import { wordsFitOfJob } from '../analytics/match-input'
import type { Db } from '../lib/types'
import { jobCardSelect } from '../jobs/job-card'

/**
 * A job card plus what the scorer reads: skills (by name, as the detail page lists them, so reasons list them the
 * same way every time), named majors and the text the majors are read from.
 */
export const scoredJobSelect = { ...jobCardSelect, description: true, skills: { select: { name: true, level: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }, majors: { select: { majorCode: true } } } satisfies Prisma.JobSelect

/** The student as the shared scorer reads them; undefined when they have no profile yet. */
export async function loadStudentForScoring(db: Db, userId: string): Promise<StudentForScoring | undefined> {
  const p = await db.studentProfile.findUnique({
    where: { userId },
    select: {
      majorCode: true,
      education: true,
      skills: true,
      expectedCities: true,
      major: { select: { name: true } },
      college: { select: { cityCode: true } },
    },
  })
  if (!p) return undefined
  return {
    majorCode: p.majorCode ?? undefined,
    majorName: p.major?.name,
    education: p.education,
    skills: p.skills,
    expectedCities: p.expectedCities,
    cityCode: p.college?.cityCode,
  }
}

/** Chain–major relevance for the chains in play, every city's centroid, and the names reasons quote. */
export async function loadRecommendContext(db: Db, chainIds: readonly string[]): Promise<RecommendContext> {
  const ids = [...new Set(chainIds)]
  const [chainMajors, cities, chains] = await Promise.all([
    ids.length ? db.chainMajor.findMany({ where: { chainId: { in: ids } }, select: { chainId: true, majorCode: true, relevance: true } }) : [],
    db.city.findMany({ select: { adcode: true, name: true, lon: true, lat: true } }),
    ids.length ? db.industryChain.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [],
  ])
  return {
    chainMajors: buildChainMajorMap(chainMajors),
    cities: indexCities(cities),
    chainNames: Object.fromEntries(chains.map((c) => [c.id, c.name])),
  }
}

/**
 * What breaks a student's ties (rules/recommend `tieKeys`): the supply of their own major per city, from the
 * process's cache of analytics/major-supply — no statement when `supplyVersion` (read with the student,
 * student-sql) is the cached one. No major, no statement: competition then counts open places only.
 */
export async function studentTies(db: Db, student: StudentForScoring, supplyVersion?: string): Promise<RecommendTies> {
  if (!student.majorCode) return {}
  return { peersByCity: (await majorSupplyAt(db, supplyVersion)).supplyByMajorCity.get(student.majorCode) ?? new Map() }
}

/** What the scorer needs from a job row carrying its skills, majors and text. */
interface ScoringRow {
  id: string
  title: string
  description: string
  chainId: string | null
  cityCode: string
  type: JobForScoring['type']
  education: JobForScoring['education']
  salaryMin: number
  salaryMax: number
  headcount: number
  hiredCount: number
  publishedAt: Date | null
  skills: { name: string; level: NonNullable<JobForScoring['skills'][number]['level']> }[]
  majors: { majorCode: string }[]
}

/**
 * A job as the scorer reads it, carrying its row. Which majors the posting's words fit (decision 018) is worked out
 * on first read: recommendJobs reads it only for jobs that can still make the list. A class, so the lazy read is one
 * getter on the prototype rather than a closure and accessor per job (a few hundred jobs a request, decision 081).
 */
class ScoringJob<R extends ScoringRow> implements JobForScoring {
  readonly id: string
  readonly chainId: string | undefined
  readonly majorCodes: string[]
  readonly skills: R['skills']
  readonly education: JobForScoring['education']
  readonly cityCode: string
  readonly type: JobForScoring['type']
  readonly salary: { min: number; max: number }
  readonly publishedAt: Date | undefined
  readonly openings: number
  private fit: ReadonlyMap<string, TextFit> | undefined

  constructor(readonly row: R) {
    this.id = row.id
    this.chainId = row.chainId ?? undefined
    this.majorCodes = row.majors.map((m) => m.majorCode)
    this.skills = row.skills
    this.education = row.education
    this.cityCode = row.cityCode
    this.type = row.type
    this.salary = { min: row.salaryMin, max: row.salaryMax }
    this.publishedAt = row.publishedAt ?? undefined
    this.openings = Math.max(0, row.headcount - row.hiredCount)
  }

  get majorFit(): ReadonlyMap<string, TextFit> {
    const r = this.row
    this.fit ??= wordsFitOfJob(r.id, { title: r.title, description: r.description, education: r.education, chainId: r.chainId, majorCodes: this.majorCodes, skills: r.skills })
    return this.fit
  }
}

/** The scorer's view of a row, the row itself as `row` (spreading it would drop the lazy `majorFit`). */
export const jobForScoring = <R extends ScoringRow>(row: R): ScoringJob<R> => new ScoringJob(row)

export const PERSONALISATION_OFF_NOTICE = '您已关闭个性化推荐，以下按发布时间排序'
export const PERSONALISED_NOTICE = '根据您的专业、技能、意向城市和学历推荐，可在“我的-隐私设置”中关闭'
