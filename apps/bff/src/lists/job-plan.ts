import { createHash } from 'node:crypto'
import type { Prisma } from '@zhilian/db'
import type { JobInput } from '@zhilian/shared/contracts/demand-list'
import type { JobPlan } from '@zhilian/shared/contracts/lists'

type Tx = Prisma.TransactionClient

/** Jobs a list may still change or close; closed and filled ones are history. */
const LIVE_JOB = ['draft', 'pending_review', 'open', 'paused'] as const

const FIELDS: [keyof JobInput, string][] = [
  ['type', '岗位类型'], ['headcount', '需求人数'], ['education', '学历要求'], ['minYearsExperience', '经验要求'], ['cityCode', '工作城市'],
  ['salaryMin', '最低薪资'], ['salaryMax', '最高薪资'], ['description', '岗位描述'], ['majorCodes', '相关专业'], ['skills', '技能要求'],
]

type ListJob = {
  id: string; title: string; status: string; type: string; headcount: number; education: string; minYearsExperience: number; cityCode: string
  salaryMin: number; salaryMax: number; description: string; majors: { majorCode: string }[]; skills: { name: string; level: string }[]
}

/**
 * A list's own jobs with their majors and skills in one statement (decision 032): Prisma's nested
 * select would send three, the last two with one parameter per job (10,000 for a province-scale list).
 * Ties in createdAt (a bulk insert) are broken by id, so the plan's order, and its key, are stable.
 */
async function jobsOfList(tx: Tx, listId: string): Promise<ListJob[]> {
  const rows = await tx.$queryRawUnsafe<(Omit<ListJob, 'majors' | 'skills'> & { majors: unknown; skills: unknown })[]>(
    `SELECT j.id, j.title, j.status::text AS status, j.type::text AS type, j.headcount, j.education::text AS education, j."minYearsExperience",
       j."cityCode", j."salaryMin", j."salaryMax", j.description,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('majorCode', m."majorCode")) FROM "JobMajor" m WHERE m."jobId" = j.id), '[]'::jsonb) AS majors,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('name', s.name, 'level', s.level::text)) FROM "JobSkill" s WHERE s."jobId" = j.id), '[]'::jsonb) AS skills
     FROM "Job" j WHERE j."fromListId" = $1::text ORDER BY j."createdAt", j.id`,
    listId,
  )
  const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T
  return rows.map((r) => ({ ...r, majors: json(r.majors), skills: json(r.skills) }))
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const sortedSkills = (s: readonly { name: string; level: string }[]) => [...s].map((x) => ({ name: x.name, level: x.level })).sort((x, y) => (x.name + x.level < y.name + y.level ? -1 : 1))

function changedFields(row: JobInput, job: ListJob): string[] {
  const current: Record<string, unknown> = {
    ...job, majorCodes: job.majors.map((m) => m.majorCode).sort(), skills: sortedSkills(job.skills),
  }
  const wanted: Record<string, unknown> = { ...row, majorCodes: [...row.majorCodes].sort(), skills: sortedSkills(row.skills) }
  const fields = FIELDS.filter(([key]) => !same(wanted[key], current[key])).map(([, label]) => label)
  // A closed or filled row the enterprise lists again is published again.
  if (!(LIVE_JOB as readonly string[]).includes(job.status)) fields.push('重新发布')
  return fields
}

/**
 * Compares a demand list's job rows with the jobs that came from that list (Job.fromListId), matched by
 * title. Only those jobs can be added, changed or closed; the enterprise's other jobs are counted, not touched.
 */
export async function planJobs(tx: Tx, orgId: string, listId: string | null, rows: readonly JobInput[]): Promise<JobPlan & { jobs: Map<string, ListJob> }> {
  const fromList = listId ? await jobsOfList(tx, listId) : []
  const jobs = new Map(fromList.map((j) => [j.title, j]))
  const titles = new Set(rows.map((r) => r.title))
  const add: JobPlan['add'] = []
  const change: JobPlan['change'] = []
  let unchanged = 0
  for (const row of rows) {
    const job = jobs.get(row.title)
    if (!job) add.push({ id: null, title: row.title })
    else {
      const fields = changedFields(row, job)
      if (fields.length) change.push({ id: job.id, title: row.title, fields })
      else unchanged += 1
    }
  }
  const close = fromList.filter((j) => !titles.has(j.title) && (LIVE_JOB as readonly string[]).includes(j.status)).map((j) => ({ id: j.id, title: j.title }))
  const untouched = await tx.job.count({ where: { orgId, status: { in: [...LIVE_JOB] }, OR: [{ fromListId: null }, ...(listId ? [{ fromListId: { not: listId } }] : [])] } })
  const planKey = createHash('sha256').update(JSON.stringify({ add, change, close })).digest('hex').slice(0, 16)
  return { add, change, close, unchanged, untouched, planKey, jobs }
}
