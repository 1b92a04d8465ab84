import { AppError, auditSentence } from '@zhilian/shared'
import type { AdminChainDetail, AdminChainSummary, ChainProfileBody } from '@zhilian/shared/contracts/chains-admin'
import type { Prisma } from '@zhilian/db'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { Context } from 'hono'
import type { AppBindings, AppRouteHandler, Db } from '../../lib/types'
import type * as routes from './chains.routes'
import { maskedIfPhone } from '../../lib/phone-mask'

type Tx = Prisma.TransactionClient | Db

const SUMMARY_SELECT = {
  id: true, name: true, status: true, source: true, sortOrder: true, active: true, confirmedAt: true, retiredAt: true, retiredReason: true,
  leadEnterprise: true, leadEnterprisePerson: true, leadIndustryOrg: true, leadIndustryOrgPerson: true, leadCollege: true, leadCollegePerson: true,
  policyNote: true, knownEnterprises: true, knownEnterprisesSource: true, knownEnterprisesYear: true, _count: { select: { majors: true } },
} as const
type Row = Prisma.IndustryChainGetPayload<{ select: typeof SUMMARY_SELECT }>

/** The profile's columns, as the body names them: each is audited field by field. */
const profileColumns = (b: ChainProfileBody) => {
  const or = (s: string) => s || null
  return {
    leadEnterprise: or(b.leads.enterprise.unit), leadEnterprisePerson: or(b.leads.enterprise.person),
    leadIndustryOrg: or(b.leads.industryOrg.unit), leadIndustryOrgPerson: or(b.leads.industryOrg.person),
    leadCollege: or(b.leads.college.unit), leadCollegePerson: or(b.leads.college.person),
    policyNote: or(b.policyNote),
    knownEnterprises: b.knownEnterprises,
    knownEnterprisesSource: b.knownEnterprises === null ? null : or(b.knownEnterprisesSource),
    knownEnterprisesYear: b.knownEnterprises === null ? null : b.knownEnterprisesYear,
  }
}

function summaryOf(r: Row): AdminChainSummary {
  const { _count, confirmedAt, retiredAt, leadEnterprise, leadEnterprisePerson, leadIndustryOrg, leadIndustryOrgPerson, leadCollege, leadCollegePerson, ...rest } = r
  return {
    ...rest,
    majorCount: _count.majors,
    confirmedAt: confirmedAt?.toISOString() ?? null,
    retiredAt: retiredAt?.toISOString() ?? null,
    leads: {
      enterprise: { unit: leadEnterprise, person: leadEnterprisePerson },
      industryOrg: { unit: leadIndustryOrg, person: leadIndustryOrgPerson },
      college: { unit: leadCollege, person: leadCollegePerson },
    },
  }
}

async function findRow(tx: Tx, id: string): Promise<Row> {
  const row = await tx.industryChain.findUnique({ where: { id }, select: SUMMARY_SELECT })
  if (!row) throw new AppError('NOT_FOUND', { userMessage: '产业链不存在' })
  return row
}

/** The chain with its majors and its audit trail as sentences. */
async function chainDetail(db: Tx, id: string): Promise<AdminChainDetail> {
  const row = await findRow(db, id)
  const [majors, log] = await Promise.all([
    db.chainMajor.findMany({ where: { chainId: id }, select: { majorCode: true, relevance: true, major: { select: { name: true, level: true } } }, orderBy: [{ relevance: 'asc' }, { majorCode: 'asc' }] }),
    db.auditLog.findMany({ where: { entity: 'IndustryChain', entityId: id }, orderBy: [{ at: 'desc' }, { id: 'desc' }], take: 30 }),
  ])
  const actorIds = [...new Set(log.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))]
  const actors = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } })).map((u) => [u.id, maskedIfPhone(u.displayName)]))
  return {
    ...summaryOf(row),
    majors: majors.map((m) => ({ majorCode: m.majorCode, majorName: m.major.name, level: m.major.level, relevance: m.relevance })),
    history: log.map((e) => ({
      id: e.id, at: e.at.toISOString(), actorName: e.actorUserId ? (actors.get(e.actorUserId) ?? null) : null,
      sentence: auditSentence(e) ?? e.action,
    })),
  }
}

export const listChains: AppRouteHandler<typeof routes.listChains> = async (c) => {
  const rows = await c.var.db.industryChain.findMany({ select: SUMMARY_SELECT, orderBy: [{ active: 'desc' }, { sortOrder: 'asc' }, { id: 'asc' }] })
  return c.json({ items: rows.map(summaryOf) }, 200)
}

export const getChain: AppRouteHandler<typeof routes.getChain> = async (c) => c.json(await chainDetail(c.var.db, c.req.valid('param').id), 200)

/** Chain ids continue the SD-Cnn series of the reference data. */
async function nextId(tx: Tx): Promise<{ id: string; sortOrder: number }> {
  const rows = await tx.industryChain.findMany({ select: { id: true, sortOrder: true } })
  const n = Math.max(0, ...rows.map((r) => Number(/^SD-C(\d+)$/.exec(r.id)?.[1] ?? 0)))
  return { id: `SD-C${String(n + 1).padStart(2, '0')}`, sortOrder: Math.max(0, ...rows.map((r) => r.sortOrder)) + 1 }
}

export const createChain: AppRouteHandler<typeof routes.createChain> = async (c) => {
  const body = c.req.valid('json')
  const actor = currentUser(c)
  const detail = await c.var.db.$transaction(async (tx) => {
    if (await tx.industryChain.findFirst({ where: { name: body.name }, select: { id: true } })) {
      throw new AppError('CONFLICT', { userMessage: `已有名为“${body.name}”的产业链` })
    }
    const { id, sortOrder } = await nextId(tx)
    await tx.industryChain.create({
      data: { id, sortOrder, name: body.name, status: body.status, source: body.source, confirmedAt: body.status === 'confirmed' ? new Date() : null },
      select: { id: true },
    })
    await audit(tx, { actorUserId: actor.id, action: 'chain.create', entity: 'IndustryChain', entityId: id, diff: { chain: body.name, status: body.status, source: body.source } })
    return chainDetail(tx, id)
  })
  return c.json(detail, 201)
}

/**
 * One audited change to one chain: load it, let `apply` check and write, log what it returns (nothing
 * when nothing changed) in the same transaction, and answer the chain as it now stands.
 */
async function changeChain(
  c: Context<AppBindings>, id: string,
  apply: (tx: Prisma.TransactionClient, before: Row) => Promise<{ action: string; diff: Prisma.InputJsonValue } | null>,
) {
  const actor = currentUser(c)
  return c.var.db.$transaction(async (tx) => {
    const entry = await apply(tx, await findRow(tx, id))
    if (entry) await audit(tx, { actorUserId: actor.id, entity: 'IndustryChain', entityId: id, ...entry })
    return chainDetail(tx, id)
  })
}

const write = (tx: Prisma.TransactionClient, id: string, data: Prisma.IndustryChainUpdateInput) => tx.industryChain.update({ where: { id }, data, select: { id: true } })

export const confirmChain: AppRouteHandler<typeof routes.confirmChain> = async (c) => {
  const { id } = c.req.valid('param')
  const { source } = c.req.valid('json')
  return c.json(await changeChain(c, id, async (tx, before) => {
    if (before.status === 'confirmed') throw new AppError('INVALID_TRANSITION', { userMessage: '该产业链已是已公布产业链，无需确认' })
    await write(tx, id, { status: 'confirmed', source, confirmedAt: new Date() })
    return { action: 'chain.confirm', diff: { chain: before.name, from: before.source, to: source } }
  }), 200)
}

export const retireChain: AppRouteHandler<typeof routes.retireChain> = async (c) => {
  const { id } = c.req.valid('param')
  const { reason } = c.req.valid('json')
  return c.json(await changeChain(c, id, async (tx, before) => {
    if (!before.active) throw new AppError('INVALID_TRANSITION', { userMessage: '该产业链已停用' })
    await write(tx, id, { active: false, retiredAt: new Date(), retiredReason: reason })
    return { action: 'chain.retire', diff: { chain: before.name, reason } }
  }), 200)
}

export const restoreChain: AppRouteHandler<typeof routes.restoreChain> = async (c) => {
  const { id } = c.req.valid('param')
  return c.json(await changeChain(c, id, async (tx, before) => {
    if (before.active) throw new AppError('INVALID_TRANSITION', { userMessage: '该产业链正在使用，无需恢复' })
    await write(tx, id, { active: true, retiredAt: null, retiredReason: null })
    return { action: 'chain.restore', diff: { chain: before.name, reason: before.retiredReason } }
  }), 200)
}

export const putChainProfile: AppRouteHandler<typeof routes.putChainProfile> = async (c) => {
  const { id } = c.req.valid('param')
  const next = profileColumns(c.req.valid('json'))
  return c.json(await changeChain(c, id, async (tx, before) => {
    // A list, not an object: jsonb would reorder the keys, and the sentence follows the form's order.
    const changes = (Object.keys(next) as (keyof typeof next)[]).filter((k) => before[k] !== next[k]).map((k) => ({ field: k, from: before[k], to: next[k] }))
    if (!changes.length) return null
    await write(tx, id, next)
    return { action: 'chain.profile', diff: { chain: before.name, changes } }
  }), 200)
}
