import type { Prisma } from '@zhilian/db'
import { checkUscc } from '@zhilian/shared'
import type { FraudSignal } from '@zhilian/shared/contracts/review'
import { salaryBand, salarySignal, wordingSignal, type SalaryBand } from './fraud-rules'

type Tx = Prisma.TransactionClient
type OrgFacts = { id: string; kind: string; name: string; uscc: string; contactPhone: string }

/** Signals about who is behind a post: the code's check character, and phones or names shared with other units. */
export async function orgSignals(db: Tx, org: OrgFacts): Promise<{ usccValid: boolean; signals: FraudSignal[] }> {
  const signals: FraudSignal[] = []
  const check = checkUscc(org.uscc, { enterprise: org.kind === 'enterprise' })
  if (!check.ok) signals.push({ code: 'uscc_invalid', severity: 'high', message: `统一社会信用代码未通过校验：${check.message}` })
  const samePhone = await db.organization.findMany({ where: { contactPhone: org.contactPhone, id: { not: org.id } }, select: { name: true }, take: 5 })
  if (samePhone.length) {
    signals.push({ code: 'shared_phone', severity: 'warn', message: `联系电话与${samePhone.length}家其他单位相同：${samePhone.map((o) => o.name).join('、')}` })
  }
  // The code itself is unique in the database; the same registration body under another check character or region is not.
  const sameBody = await db.organization.findMany({ where: { uscc: { contains: org.uscc.slice(8, 17) }, id: { not: org.id } }, select: { name: true, uscc: true }, take: 5 })
  const sharing = sameBody.filter((o) => o.uscc.slice(8, 17) === org.uscc.slice(8, 17))
  if (sharing.length) signals.push({ code: 'shared_uscc', severity: 'high', message: `统一社会信用代码主体部分与其他单位相同：${sharing.map((o) => o.name).join('、')}` })
  const sameName = await db.organization.findMany({ where: { name: { equals: org.name.trim(), mode: 'insensitive' }, id: { not: org.id } }, select: { uscc: true }, take: 5 })
  if (sameName.length) signals.push({ code: 'duplicate_org', severity: 'high', message: `已有同名单位（代码${sameName.map((o) => o.uscc).join('、')}），疑似重复注册` })
  return { usccValid: check.ok, signals }
}

const bands = new WeakMap<object, Map<string, Promise<SalaryBand>>>()

/** P5–P95 of a chain's open jobs, computed once per request. */
function chainBand(db: Tx, chainId: string | null, cache: object): Promise<SalaryBand> | undefined {
  if (!chainId) return undefined
  let perRequest = bands.get(cache)
  if (!perRequest) bands.set(cache, (perRequest = new Map()))
  let band = perRequest.get(chainId)
  if (!band) {
    band = db.job
      .findMany({ where: { chainId, status: 'open' }, select: { salaryMin: true, salaryMax: true } })
      .then((rows) => salaryBand(rows.map((r) => (r.salaryMin + r.salaryMax) / 2)))
    perRequest.set(chainId, band)
  }
  return band
}

export async function jobSignals(
  db: Tx, job: { title: string; description: string; salaryMin: number; salaryMax: number; chainId: string | null }, cache: object,
): Promise<FraudSignal[]> {
  const band = await chainBand(db, job.chainId, cache)
  return [salarySignal(job, band), wordingSignal(`${job.title}\n${job.description}`)].filter((s): s is FraudSignal => !!s)
}
