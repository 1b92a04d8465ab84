import type { Prisma } from '@zhilian/db'
import { checkUscc } from '@zhilian/shared'
import type { FraudSignal } from '@zhilian/shared/contracts/review'
import { salaryBand, salarySignal, wordingSignal, type SalaryBand } from './fraud-rules'

type Tx = Prisma.TransactionClient
type OrgFacts = { id: string; kind: string; name: string; uscc: string; contactPhone: string }

/** Which of `ids` the reviewer governs; a province-wide reviewer ({}) governs them all. */
async function governed(db: Tx, ids: string[], inScope: Prisma.OrganizationWhereInput): Promise<Set<string>> {
  if (!ids.length || !Object.keys(inScope).length) return new Set(ids)
  const rows = await db.organization.findMany({ where: { id: { in: ids }, ...inScope }, select: { id: true } })
  return new Set(rows.map((r) => r.id))
}

/**
 * Names the reviewer may read, and how many units lie outside their scope. A city bureau learns that the phone or
 * code is shared (the signal), never which unit elsewhere shares it (decision 021: outside the scope reads as missing).
 */
function whoShares<T extends { id: string; name: string }>(units: T[], visible: Set<string>) {
  const named = units.filter((u) => visible.has(u.id))
  const outside = units.length - named.length
  const names = named.map((u) => u.name).join('、')
  const rest = outside ? `${names ? '；' : ''}另有${outside}家不在您的管辖范围内，请与其主管部门核实` : ''
  return { named, outside, text: `${names}${rest}` }
}

/**
 * Signals about who is behind a post: the code's check character, and phones or names shared with other units.
 * `inScope` is the reviewer's scope (`orgInScope`); units outside it are counted, not named.
 */
export async function orgSignals(db: Tx, org: OrgFacts, inScope: Prisma.OrganizationWhereInput = {}): Promise<{ usccValid: boolean; signals: FraudSignal[] }> {
  const signals: FraudSignal[] = []
  const check = checkUscc(org.uscc, { enterprise: org.kind === 'enterprise' })
  if (!check.ok) signals.push({ code: 'uscc_invalid', severity: 'high', message: `统一社会信用代码未通过校验：${check.message}` })
  const body = org.uscc.slice(8, 17)
  const [samePhone, sameBody, sameName] = await Promise.all([
    db.organization.findMany({ where: { contactPhone: org.contactPhone, id: { not: org.id } }, select: { id: true, name: true }, take: 5 }),
    // The code itself is unique in the database; the same registration body under another check character or region is not.
    db.organization.findMany({ where: { uscc: { contains: body }, id: { not: org.id } }, select: { id: true, name: true, uscc: true }, take: 5 })
      .then((rows) => rows.filter((o) => o.uscc.slice(8, 17) === body)),
    // Folded names (decision 060): a look-alike with a full-width bracket, an added space or a hidden character is
    // the same name to a reader, so it is the same name here. The column and the probe fold through one SQL function.
    db.$queryRaw<{ id: string; name: string; uscc: string }[]>`
      SELECT "id", "name", "uscc" FROM "Organization"
      WHERE "nameKey" = "zl_org_name_key"(${org.name}) AND "id" <> ${org.id} ORDER BY "id" LIMIT 5`,
  ])
  const visible = await governed(db, [...samePhone, ...sameBody, ...sameName].map((o) => o.id), inScope)
  if (samePhone.length) {
    signals.push({ code: 'shared_phone', severity: 'warn', message: `联系电话与${samePhone.length}家其他单位相同：${whoShares(samePhone, visible).text}` })
  }
  if (sameBody.length) signals.push({ code: 'shared_uscc', severity: 'high', message: `统一社会信用代码主体部分与其他单位相同：${whoShares(sameBody, visible).text}` })
  if (sameName.length) {
    const { named, outside } = whoShares(sameName, visible)
    const codes = named.length ? `（代码${named.map((o) => o.uscc).join('、')}）` : ''
    signals.push({ code: 'duplicate_org', severity: 'high', message: `已有同名单位${codes}${outside ? `，其中${outside}家不在您的管辖范围内` : ''}，疑似重复注册` })
  }
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
