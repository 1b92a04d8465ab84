/**
 * The demo data set: deterministic for a given day (one seeded PRNG; every date is relative to the day the seed
 * runs, midnight Asia/Shanghai, or to `today` when given) and idempotent (a database that already has the demo accounts is left alone).
 */
import type { PrismaClient } from '../../generated/client/client'
import { hashPassword } from '../password'
import { BASE_DEMO_ACCOUNTS, buildDemoUsers, buildNewcomer, DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts'
import { buildAdministration } from './administration'
import { createContext, shanghaiMidnight, shanghaiYear, TABLES, type Rows, type SeedContext } from './context'
import { recordDemoChainCounts } from './chain-counts'
import { buildDemandLists, ensureDemoChallengeTaker } from './demand'
import { buildEvents } from './events'
import { recordListVersions } from './list-versions'
import { buildColleges, buildEnterprises } from './organizations'
import { seedReference } from './reference'
import { buildProjects } from './projects'
import { plantReviewSignals } from './review-signals'
import { buildStudents } from './students'
import { buildSupplyLists } from './supply'
import { buildTeams } from './teams'

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts'
export { shanghaiMidnight } from './context'

export interface SeedOptions {
  enterprises?: number; jobsPerEnterprise?: number; students?: number; seed?: number
  /** The demo's "today" (default: the current day in Asia/Shanghai); tests pin it for exact comparisons. */
  today?: Date
}

export interface SeedSummary {
  /** True when the database already held the demo data and nothing was written. */
  alreadySeeded: boolean
  cities: number; chains: number; majors: number; labels: number
  colleges: number; enterprises: number
  /** 科研院所, 行业组织 and 服务机构 (decision 022). */
  otherOrganizations: number; users: number; students: number
  jobs: number; openJobs: number; applications: number; equipment: number; trainingCourses: number
  challenges: number; events: number
  /** 项目台账 (decision 034). */
  projects: number
}

const CHUNK = 500

export async function seedDemo(prisma: PrismaClient, opts: SeedOptions = {}): Promise<SeedSummary> {
  const seeded = await prisma.user.findUnique({ where: { username: DEMO_ACCOUNTS[0]!.username }, select: { id: true } })
  if (seeded) return { alreadySeeded: true, ...(await count(prisma)) }
  const ctx = buildDemoRows(await hashPassword(DEMO_PASSWORD), opts)
  await prisma.$transaction(async (tx) => {
    await seedReference(tx as PrismaClient)
    for (const table of TABLES) await insert(tx as PrismaClient, table, ctx.rows[table])
    await recordDemoChainCounts(tx as PrismaClient, shanghaiYear(ctx.today))
  }, { timeout: 600_000, maxWait: 30_000 })
  return { alreadySeeded: false, ...(await count(prisma)) }
}

/** Every demo row, built in memory (no database): what seedDemo inserts. */
export function buildDemoRows(passwordHash: string, opts: SeedOptions = {}): SeedContext {
  const ctx = createContext(opts.seed ?? 20261101, opts.today ? shanghaiMidnight(opts.today) : undefined)
  build(ctx, passwordHash, opts)
  return ctx
}

function build(ctx: SeedContext, passwordHash: string, opts: SeedOptions) {
  const demo = buildDemoUsers(ctx, passwordHash)
  const colleges = buildColleges(ctx)
  const zibo = colleges.find((c) => c.name === '淄博职业学院')!
  ctx.rows.membership.push({ id: ctx.rng.id(), userId: demo.demo_college.id, orgId: zibo.id, status: 'verified', isOwner: false, createdAt: ctx.daysAgo(150), updatedAt: ctx.daysAgo(150) })
  const enterprises = buildEnterprises(ctx, opts.enterprises ?? 100, { verified: demo.demo_enterprise, pending: demo.demo_enterprise_pending })
  const offerings = buildSupplyLists(ctx, colleges, enterprises)
  const jobs = buildDemandLists(ctx, enterprises, colleges, opts.jobsPerEnterprise ?? 5)
  plantReviewSignals(ctx, jobs)
  const studentIds = buildStudents(ctx, opts.students ?? 300, colleges, offerings, jobs, enterprises, demo)
  buildEvents(ctx, colleges, enterprises, jobs, studentIds, demo)
  buildAdministration(ctx, passwordHash, colleges, enterprises, BASE_DEMO_ACCOUNTS.length + 1)
  recordListVersions(ctx, new Map([...colleges, ...enterprises].map((o) => [o.id, o.ownerUserId])))
  // Last, so the projects' random ids leave every earlier row as it was.
  buildProjects(ctx, colleges, enterprises)
  buildTeams(ctx, passwordHash, demo, colleges, enterprises, studentIds)
  ensureDemoChallengeTaker(ctx, enterprises[0]!, colleges)
  buildNewcomer(ctx, passwordHash)
}

async function insert<T extends keyof Rows>(tx: PrismaClient, table: T, rows: Rows[T]) {
  // Each delegate's createMany takes its own row type; Rows pairs them up by table name.
  const delegate = tx[table] as unknown as { createMany(args: { data: Rows[T] }): Promise<unknown> }
  for (let i = 0; i < rows.length; i += CHUNK) await delegate.createMany({ data: rows.slice(i, i + CHUNK) as Rows[T] })
}

async function count(prisma: PrismaClient): Promise<Omit<SeedSummary, 'alreadySeeded'>> {
  const [cities, chains, majors, labels, colleges, enterprises, otherOrganizations, users, students, jobs, openJobs, applications, equipment, trainingCourses, challenges, events, projects] =
    await Promise.all([
      prisma.city.count(), prisma.industryChain.count(), prisma.major.count(), prisma.enterpriseLabel.count(),
      prisma.organization.count({ where: { kind: 'college' } }), prisma.organization.count({ where: { kind: 'enterprise' } }),
      prisma.organization.count({ where: { kind: { notIn: ['college', 'enterprise'] } } }),
      prisma.user.count(), prisma.studentProfile.count(), prisma.job.count(), prisma.job.count({ where: { status: 'open' } }),
      prisma.application.count(), prisma.equipment.count(), prisma.trainingCourse.count(), prisma.techChallenge.count(), prisma.event.count(),
      prisma.project.count(),
    ])
  return { cities, chains, majors, labels, colleges, enterprises, otherOrganizations, users, students, jobs, openJobs, applications, equipment, trainingCourses, challenges, events, projects }
}
