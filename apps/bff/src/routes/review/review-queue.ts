import type { Prisma } from '@zhilian/db'
import { OrgKind } from '@zhilian/shared/contracts/enums'
import type { OrgIdentityChange } from '@zhilian/shared/contracts/organizations'
import type { ReviewItem, ReviewKind } from '@zhilian/shared/contracts/review'
import type { JobInput } from '@zhilian/shared/contracts/demand-list'
import { decodeCursor } from '../../lib/cursor'
import { IdCursor, keysetPage, pageTake } from '../../lib/paging'
import { DEMAND } from '../../lists/list-kinds'
import { submittedVersion } from '../../lists/list-workflow'
import { jobSignals, orgSignals } from '../../review/fraud-signals'
import { orgStamp } from './review-stamp'

type Tx = Prisma.TransactionClient
/** The administrator's scope (lib/admin-scope.ts `orgInScope`); {} = the province. */
type OrgWhere = Prisma.OrganizationWhereInput
/** 专精特新（未核验）、链主企业（已核验）: the unit's titles in the reference order, each with its standing. */
const labelStanding = (labels: { verified: boolean; label: { name: string; sortOrder: number } }[]) =>
  [...labels].sort((a, b) => a.label.sortOrder - b.label.sortOrder).map((l) => `${l.label.name}（${l.verified ? '已核验' : '未核验'}）`).join('、') || null
const orgFacts = { id: true, kind: true, name: true, uscc: true, contactPhone: true } as const
/** What a report can point at, as the reviewer reads it. */
const REPORT_TARGETS: Record<string, string> = { job: '岗位', organization: '单位', event: '活动', demand_list: '需求清单', supply_list: '供给清单' }
/**
 * The queue's kinds sort on different columns and its items do not carry them, so its opaque cursor holds the last
 * row's id and Prisma finds that row's place (`cursor`); a decided row still exists, so the place is never lost.
 */
const page = (cursor: string | undefined, limit: number) => {
  const after = decodeCursor(IdCursor, cursor)
  return { take: pageTake(limit), ...(after ? { cursor: { id: after.id }, skip: 1 } : {}) }
}

/**
 * The jobs a submitted 附件2 would publish, as approval would write them: the submitted version's rows,
 * on the enterprise's chain (demand-materialize.ts). Jobs posted from 我的岗位 are reviewed as jobs.
 */
async function submittedJobs(db: Tx, listId: string, orgId: string) {
  const [version, chain] = await Promise.all([submittedVersion(db, DEMAND, listId), db.orgChain.findFirst({ where: { orgId }, select: { chainId: true } })])
  const rows = (version?.data.jobs ?? []) as JobInput[]
  return rows.map((j) => ({ title: j.title, description: j.description, salaryMin: j.salaryMin, salaryMax: j.salaryMax, chainId: chain?.chainId ?? null }))
}

/** One page of the queue for one kind, as review items with their signals. */
export async function queuePage(db: Tx, kind: ReviewKind, inScope: OrgWhere, cursor: string | undefined, limit: number): Promise<{ items: ReviewItem[]; nextCursor: string | null }> {
  const cache = {}
  const rows = await load(db, kind, inScope, cursor, limit, cache)
  return keysetPage(rows, limit, (item) => ({ id: item.id }))
}

/**
 * A requested change of a verified unit as the reviewer reads it, field by field: a new city by its name (城市：淄博市 →
 * 青岛市), never its adcode, which the queue printed as 城市代码：370300 → 370200 (decision 061).
 */
async function changeSummary(db: Tx, o: { name: string; uscc: string | null; city: { name: string } }, change: OrgIdentityChange) {
  const { cityCode, ...rest } = change
  const lines: Record<string, { from: unknown; to: unknown }> = Object.fromEntries(Object.entries(rest).map(([k, to]) => [k, { from: o[k as keyof typeof rest], to }]))
  if (cityCode) {
    const city = await db.city.findUnique({ where: { adcode: cityCode }, select: { name: true } })
    lines.city = { from: o.city.name, to: city?.name ?? cityCode }
  }
  return lines
}

async function load(db: Tx, kind: ReviewKind, inScope: OrgWhere, cursor: string | undefined, limit: number, cache: object): Promise<ReviewItem[]> {
  switch (kind) {
    case 'organization': {
      // New units, and verified units asking to change their name, code or city (decision 014). A suspended unit's
      // request waits for 恢复 (decision 089): no decision applies to it meanwhile, and shown it read as a new unit.
      const orgs = await db.organization.findMany({
        where: { OR: [{ verification: { in: ['pending', 'changes_requested'] } }, { verification: 'verified', changeRequestedAt: { not: null } }], ...inScope },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], ...page(cursor, limit),
        select: { ...orgFacts, cityCode: true, city: { select: { name: true } }, createdAt: true, updatedAt: true, contactName: true, verification: true, pendingChange: true, changeRequestedAt: true, labels: { select: { verified: true, label: { select: { name: true, sortOrder: true } } } } },
      })
      return Promise.all(orgs.map(async (o) => {
        const change = o.changeRequestedAt && o.verification === 'verified' ? (o.pendingChange as OrgIdentityChange) : null
        // Signals about the unit as it would be after the change: a rename to a famous name is what they catch.
        const proposed = change ? { ...o, name: change.name ?? o.name, uscc: change.uscc ?? o.uscc } : o
        return {
          kind, id: o.id, title: change ? `单位信息变更：${o.name}${change.name ? ` → ${change.name}` : ''}` : o.name, orgId: o.id, orgName: o.name,
          submittedAt: orgStamp(o).toISOString(),
          summary: {
            // Summaries carry names, not codes: reviewers read 企业 and 淄博市, not enterprise and 370300.
            kind: OrgKind.labels[o.kind], uscc: o.uscc, city: o.city.name, contactName: o.contactName, contactPhone: o.contactPhone,
            // 企业称号 as claimed, each saying whether an administrator verified it (decision 096); none: the line is left out.
            labels: labelStanding(o.labels),
            ...(change ? { change: await changeSummary(db, o, change) } : {}),
          },
          ...(await orgSignals(db, proposed, inScope)),
        }
      }))
    }
    case 'job': {
      const jobs = await db.job.findMany({
        where: { status: 'pending_review', org: inScope }, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }], ...page(cursor, limit),
        select: { id: true, title: true, description: true, salaryMin: true, salaryMax: true, chainId: true, headcount: true, city: { select: { name: true } }, chain: { select: { name: true } }, updatedAt: true, org: { select: orgFacts } },
      })
      return Promise.all(jobs.map(async (j) => {
        const org = await orgSignals(db, j.org, inScope)
        return {
          kind, id: j.id, title: j.title, orgId: j.org.id, orgName: j.org.name, submittedAt: j.updatedAt.toISOString(), usccValid: org.usccValid,
          summary: { salaryMin: j.salaryMin, salaryMax: j.salaryMax, headcount: j.headcount, city: j.city.name, chain: j.chain?.name ?? '未选择' },
          signals: [...(await jobSignals(db, j, cache)), ...org.signals],
        }
      }))
    }
    case 'supply_list': {
      const lists = await db.supplyList.findMany({
        where: { status: 'submitted', college: inScope }, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }], ...page(cursor, limit),
        select: { id: true, year: true, version: true, submittedAt: true, college: { select: orgFacts } },
      })
      return Promise.all(lists.map(async (l) => ({
        kind, id: l.id, title: `${l.college.name} ${l.year}年供给清单`, orgId: l.college.id, orgName: l.college.name,
        submittedAt: (l.submittedAt ?? new Date(0)).toISOString(), summary: { year: l.year, version: l.version }, ...(await orgSignals(db, l.college, inScope)),
      })))
    }
    case 'demand_list': {
      const lists = await db.demandList.findMany({
        where: { status: 'submitted', org: inScope }, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }], ...page(cursor, limit),
        select: { id: true, version: true, submittedAt: true, org: { select: orgFacts } },
      })
      return Promise.all(lists.map(async (l) => {
        const org = await orgSignals(db, l.org, inScope)
        const jobs = await submittedJobs(db, l.id, l.org.id)
        const jobFlags = (await Promise.all(jobs.map((j) => jobSignals(db, j, cache)))).flatMap((s, i) => s.map((x) => ({ ...x, message: `岗位「${jobs[i]!.title}」：${x.message}` })))
        return {
          kind, id: l.id, title: `${l.org.name} 需求清单`, orgId: l.org.id, orgName: l.org.name, submittedAt: (l.submittedAt ?? new Date(0)).toISOString(),
          usccValid: org.usccValid, summary: { version: l.version, jobs: jobs.length }, signals: [...jobFlags.slice(0, 20), ...org.signals],
        }
      }))
    }
    case 'report': {
      const reports = await db.report.findMany({
        where: { status: 'open' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], ...page(cursor, limit),
        select: { id: true, targetType: true, targetId: true, reason: true, createdAt: true },
      })
      return reports.map((r) => ({
        kind, id: r.id, title: `举报：${r.reason.slice(0, 30)}`, orgId: null, orgName: null, submittedAt: r.createdAt.toISOString(), usccValid: null,
        summary: { targetKind: REPORT_TARGETS[r.targetType] ?? r.targetType, reason: r.reason }, signals: [],
      }))
    }
  }
}
