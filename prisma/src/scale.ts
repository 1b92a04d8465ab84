/**
 * Province-scale synthetic data for benchmarks (e.g. 200 000 jobs, 500 000 students). Rows are
 * built batch by batch from a seeded PRNG with ids derived from their index, and inserted as one
 * multi-row INSERT per batch (ON CONFLICT DO NOTHING, so a rerun with the same figures adds nothing).
 *
 * Why not createMany: at these sizes the client's per-row work dominated (about 1 400 rows/s).
 * Sending the batch as one JSON parameter and letting PostgreSQL expand it with
 * json_populate_recordset (typed by the table itself: enums, arrays, timestamps) is far faster and
 * runs unchanged on PGlite. The rows are still typed as Prisma's createMany inputs.
 */
import { usccCheckChar } from '@zhilian/shared'
import type { Prisma, PrismaClient } from '../generated/client/client'
import type { ApplicationStatus, Education, JobStatus, JobType, SkillLevel } from '../generated/client/enums'
import { CHAIN_CONTENT } from './seed/chain-content'
import { createContext, shanghaiMidnight } from './seed/context'
import { personName } from './seed/names'
import { seedReference } from './seed/reference'
import { createRng, type Rng } from './seed/rng'

/** Benchmark rows carry the wording only: no benchmark reads what an enterprise may see of an applicant. */
const CONSENT_TEXT = '我同意将我的姓名、联系方式、教育经历和技能证书等简历信息提供给该招聘单位，仅用于本岗位的招聘。'

export interface ScaleOptions {
  jobs: number
  students: number
  /** Applications in all; at most three per student. Default: one per job. */
  applications?: number
  /** Majors each college's approved supply list (附件1) offers. Default 25. */
  majorsPerCollege?: number
  /** Rows per INSERT. */
  batch?: number
  /** Batches in flight at once (keep 1 for PGlite, which has a single connection). */
  concurrency?: number
  onProgress?: (table: string, done: number, total: number) => void
}

export interface ScaleSummary { enterprises: number; colleges: number; offerings: number; jobs: number; students: number; applications: number; ms: number }

const DAY = 86_400_000

/** One INSERT for many rows; columns are the first row's keys, the rest take their defaults. */
async function insertRows(prisma: PrismaClient, table: Prisma.ModelName, rows: object[]): Promise<void> {
  if (!rows.length) return
  const columns = Object.keys(rows[0]!).map((c) => `"${c}"`).join(', ')
  await prisma.$executeRawUnsafe(
    `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json) ON CONFLICT DO NOTHING`,
    JSON.stringify(rows),
  )
}
const CODE = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const JOB_STATUS: JobStatus[] = [...Array<JobStatus>(17).fill('open'), 'paused', 'closed', 'filled']
const APP_STATUS: ApplicationStatus[] = ['submitted', 'submitted', 'submitted', 'viewed', 'viewed', 'interview', 'offer', 'hired', 'rejected', 'withdrawn']
const EDUCATION: Education[] = ['associate', 'associate', 'associate', 'secondary_vocational', 'bachelor', 'none']

/** Index-derived ids: 25 characters like a cuid, unique per kind, stable across runs. */
const scaleId = (kind: string, i: number) => `csc${kind}${i.toString(36).padStart(21, '0')}`

/** A USCC whose 9-character body encodes the index, so scale orgs never collide with each other. */
function scaleUscc(prefix: '91' | '12', region: string, i: number) {
  let body = ''
  for (let n = i, k = 0; k < 8; k++, n = Math.floor(n / 31)) body = CODE[n % 31] + body
  const first17 = `${prefix}${region}Y${body}`
  return first17 + usccCheckChar(first17)
}

async function inBatches<T>(
  total: number, opts: Required<Pick<ScaleOptions, 'batch' | 'concurrency'>> & Pick<ScaleOptions, 'onProgress'>, table: string,
  build: (from: number, to: number) => T[], insert: (rows: T[]) => Promise<unknown>,
) {
  let done = 0
  const starts = Array.from({ length: Math.ceil(total / opts.batch) }, (_, k) => k * opts.batch)
  for (let k = 0; k < starts.length; k += opts.concurrency) {
    await Promise.all(starts.slice(k, k + opts.concurrency).map(async (from) => {
      const to = Math.min(total, from + opts.batch)
      await insert(build(from, to))
      done += to - from
    }))
    opts.onProgress?.(table, done, total)
  }
}

export async function scaleData(prisma: PrismaClient, options: ScaleOptions): Promise<ScaleSummary> {
  const started = Date.now()
  const opts = { ...options, batch: options.batch ?? 2000, concurrency: options.concurrency ?? 1 }
  const today = shanghaiMidnight()
  const { ref, majorsByChain } = createContext(1, today)
  const chains = ref.chains.map((c) => c.id)
  const cities = ref.cities.map((c) => c.adcode)
  const enterprises = Math.max(1, Math.ceil(opts.jobs / 20))
  const colleges = Math.max(1, Math.min(400, Math.ceil(opts.students / 2000)))
  const applications = Math.min(opts.applications ?? opts.jobs, opts.students * 3)
  const perCollege = opts.majorsPerCollege ?? 25
  const rngFor = (table: string, from: number): Rng => createRng(from * 31 + [...table].reduce((s, c) => s + c.charCodeAt(0), 0))

  await seedReference(prisma)

  const orgRows = (kind: 'enterprise' | 'college', from: number, to: number) => {
    const rng = rngFor(kind, from)
    const orgs: Prisma.OrganizationCreateManyInput[] = []
    const links: Prisma.OrgChainCreateManyInput[] = []
    for (let i = from; i < to; i++) {
      const cityCode = cities[i % cities.length]!
      const chainId = chains[i % chains.length]!
      const id = scaleId(kind === 'enterprise' ? 'e' : 'c', i)
      const trade = rng.pick(CHAIN_CONTENT[chainId]!.trades)
      orgs.push({
        id, kind, cityCode, verification: 'verified', uscc: scaleUscc(kind === 'enterprise' ? '91' : '12', cityCode, i),
        name: kind === 'enterprise' ? `${ref.cities[i % cities.length]!.name.replace('市', '')}${trade}第${i + 1}有限公司` : `山东第${i + 1}职业学院`,
        nature: kind === 'enterprise' ? 'private' : null, contactName: personName(rng), contactPhone: `0531-${String(80000000 + i).slice(-8)}`,
        createdAt: today, updatedAt: today,
      })
      links.push({ orgId: id, chainId })
    }
    return { orgs, links }
  }
  for (const [kind, total] of [['enterprise', enterprises], ['college', colleges]] as const) {
    await inBatches(total, opts, kind, (from, to) => [orgRows(kind, from, to)], async ([rows]) => {
      await insertRows(prisma, 'Organization', rows!.orgs)
      await insertRows(prisma, 'OrgChain', rows!.links)
    })
  }

  // Supply (附件1): one approved list per college for this year, offering its chain's majors and then
  // the next chains' (so majors × colleges covers the chains the way real colleges do), with three
  // grades, three graduate cohorts and their destinations — what matching and the map read.
  const year = new Date(today.getTime() + 8 * 3_600_000).getUTCFullYear()
  const offered = (college: number) => {
    const out = new Map<string, string>()
    for (let k = 0; out.size < perCollege && k < chains.length; k++) {
      const chainId = chains[(college + k) % chains.length]!
      for (const code of majorsByChain.get(chainId) ?? []) if (out.size < perCollege && !out.has(code)) out.set(code, chainId)
    }
    return out
  }
  let offerings = 0
  await inBatches(colleges, opts, 'supply', (from, to) => {
    const rng = rngFor('supply', from)
    const lists: Prisma.SupplyListCreateManyInput[] = []
    const majors: Prisma.MajorOfferingCreateManyInput[] = []
    const majorChains: Prisma.MajorOfferingChainCreateManyInput[] = []
    const enrolments: Prisma.EnrolmentCreateManyInput[] = []
    const cohorts: Prisma.GraduateCohortCreateManyInput[] = []
    const destinations: Prisma.GraduateDestinationCreateManyInput[] = []
    for (let i = from; i < to; i++) {
      const listId = scaleId('l', i)
      lists.push({
        id: listId, collegeId: scaleId('c', i), year, status: 'approved', version: 1, approvedVersion: 1, filledAt: today, submittedAt: today,
        reviewedAt: today, approvedAt: today, createdAt: today, updatedAt: today,
      })
      for (const [majorCode, chainId] of offered(i)) {
        const offeringId = `${listId}m${majorCode}`
        majors.push({ id: offeringId, listId, majorCode })
        majorChains.push({ offeringId, chainId })
        for (let grade = 1; grade <= 3; grade++) enrolments.push({ id: `${offeringId}g${grade}`, listId, majorCode, grade, count: rng.int(20, 200) })
        for (let y = year - 3; y < year; y++) {
          const count = rng.int(15, 180)
          const cohortId = `${offeringId}y${y}`
          cohorts.push({ id: cohortId, listId, majorCode, year: y, count, employedCount: Math.round(count * (0.8 + rng.int(0, 15) / 100)) })
          const positions = [rng.pick(CHAIN_CONTENT[chainId]!.jobs).title]
          destinations.push(
            { id: `${cohortId}d0`, cohortId, type: 'private', count: Math.round(count * 0.6), mainPositions: positions },
            { id: `${cohortId}d1`, cohortId, type: 'state_owned', count: Math.round(count * 0.25), mainPositions: positions },
          )
        }
      }
    }
    offerings += majors.length
    return [{ lists, majors, majorChains, enrolments, cohorts, destinations }]
  }, async ([rows]) => {
    await insertRows(prisma, 'SupplyList', rows!.lists)
    await insertRows(prisma, 'MajorOffering', rows!.majors)
    await insertRows(prisma, 'MajorOfferingChain', rows!.majorChains)
    await insertRows(prisma, 'Enrolment', rows!.enrolments)
    await insertRows(prisma, 'GraduateCohort', rows!.cohorts)
    await insertRows(prisma, 'GraduateDestination', rows!.destinations)
  })

  await inBatches(opts.jobs, opts, 'job', (from, to) => {
    const rng = rngFor('job', from)
    const jobs: Prisma.JobCreateManyInput[] = []
    const skills: Prisma.JobSkillCreateManyInput[] = []
    const majors: Prisma.JobMajorCreateManyInput[] = []
    for (let i = from; i < to; i++) {
      const org = i % enterprises
      const chainId = chains[org % chains.length]!
      const template = rng.pick(CHAIN_CONTENT[chainId]!.jobs)
      const type: JobType = rng.chance(0.75) ? 'full_time' : rng.chance(0.6) ? 'internship' : 'apprenticeship'
      const low = type === 'full_time' ? rng.int(8, 16) * 500 : rng.int(5, 8) * 500
      const publishedAt = new Date(today.getTime() - rng.int(0, 180) * DAY - rng.int(0, 86_399) * 1000)
      const id = scaleId('j', i)
      jobs.push({
        id, orgId: scaleId('e', org), title: template.title, type, headcount: rng.int(1, 20), education: rng.pick(EDUCATION),
        minYearsExperience: rng.chance(0.7) ? 0 : rng.int(1, 5), cityCode: rng.chance(0.85) ? cities[org % cities.length]! : rng.pick(cities),
        salaryMin: low, salaryMax: low + rng.int(2, 10) * 500, chainId, status: rng.pick(JOB_STATUS),
        description: `负责${template.title}相关工作。任职要求：${template.skills.join('、')}。`,
        publishedAt, closesAt: new Date(publishedAt.getTime() + 90 * DAY), createdAt: publishedAt, updatedAt: publishedAt,
      })
      template.skills.slice(0, 3).forEach((name, k) => skills.push({ id: `${id}s${k}`, jobId: id, name, level: rng.pick<SkillLevel>(['basic', 'intermediate', 'advanced']) }))
      const pool = majorsByChain.get(chainId) ?? []
      for (const majorCode of rng.sample(pool.slice(0, 6), rng.int(1, 2))) majors.push({ jobId: id, majorCode })
    }
    return [{ jobs, skills, majors }]
  }, async ([rows]) => {
    await insertRows(prisma, 'Job', rows!.jobs)
    await insertRows(prisma, 'JobSkill', rows!.skills)
    await insertRows(prisma, 'JobMajor', rows!.majors)
  })

  await inBatches(opts.students, opts, 'student', (from, to) => {
    const rng = rngFor('student', from)
    const users: Prisma.UserCreateManyInput[] = []
    const profiles: Prisma.StudentProfileCreateManyInput[] = []
    for (let i = from; i < to; i++) {
      const id = scaleId('s', i)
      const college = i % colleges
      const chainId = chains[college % chains.length]!
      const name = personName(rng)
      const skills = CHAIN_CONTENT[chainId]!.jobs.flatMap((j) => j.skills)
      users.push({ id, role: 'student', openid: `o_scale_${i}`, displayName: name, createdAt: today, updatedAt: today })
      profiles.push({
        userId: id, realName: name, collegeId: scaleId('c', college), majorCode: (majorsByChain.get(chainId) ?? [])[i % 4] ?? null,
        grade: rng.int(1, 3), education: 'associate', skills: rng.sample(skills, 4), certificates: [],
        expectedCities: [cities[college % cities.length]!, rng.pick(cities)], expectedChains: [chainId], updatedAt: today,
      })
    }
    return [{ users, profiles }]
  }, async ([rows]) => {
    await insertRows(prisma, 'User', rows!.users)
    await insertRows(prisma, 'StudentProfile', rows!.profiles)
  })

  await inBatches(applications, opts, 'application', (from, to) => {
    const rng = rngFor('application', from)
    const rows: Prisma.ApplicationCreateManyInput[] = []
    for (let a = from; a < to; a++) {
      const student = a % opts.students
      const round = Math.floor(a / opts.students)
      const job = (student * 7919 + round * (Math.floor(opts.jobs / 3) + 1)) % opts.jobs
      const at = new Date(today.getTime() - rng.int(0, 120) * DAY)
      rows.push({
        id: scaleId('a', a), studentUserId: scaleId('s', student), jobId: scaleId('j', job), status: rng.pick(APP_STATUS),
        consentAt: at, consentText: CONSENT_TEXT, createdAt: at, updatedAt: at,
      })
    }
    return rows
  }, (rows) => insertRows(prisma, 'Application', rows))

  return { enterprises, colleges, offerings, jobs: opts.jobs, students: opts.students, applications, ms: Date.now() - started }
}
