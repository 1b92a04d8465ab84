import type { FieldIssue } from '@zhilian/shared'
import type { Db } from '../../lib/types'

/** A job may only name a real city, an active chain and catalogue majors. */
export async function jobReferenceIssues(db: Db, job: { cityCode?: string; chainId?: string | null; majorCodes?: string[] }): Promise<FieldIssue[]> {
  const [city, chain, majors] = await Promise.all([
    job.cityCode ? db.city.findUnique({ where: { adcode: job.cityCode }, select: { adcode: true } }) : null,
    job.chainId ? db.industryChain.findFirst({ where: { id: job.chainId, active: true }, select: { id: true } }) : null,
    job.majorCodes?.length ? db.major.findMany({ where: { code: { in: job.majorCodes } }, select: { code: true } }) : [],
  ])
  const issues: FieldIssue[] = []
  if (job.cityCode && !city) issues.push({ path: 'cityCode', message: '请选择山东省内的城市' })
  if (job.chainId && !chain) issues.push({ path: 'chainId', message: '请选择列表中的产业链' })
  const known = new Set(majors.map((m) => m.code))
  job.majorCodes?.forEach((code, i) => known.has(code) || issues.push({ path: `majorCodes.${i}`, message: '请从专业目录中选择专业' }))
  return issues
}
