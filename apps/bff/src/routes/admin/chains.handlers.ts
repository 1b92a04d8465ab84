import { AppError, type FieldIssue } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { Prisma } from '@zhilian/db'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './admin.routes'

const CHAIN_SELECT = {
  id: true, name: true, status: true, source: true, sortOrder: true, active: true, _count: { select: { majors: true } },
} as const

async function loadChain(tx: Prisma.TransactionClient, id: string) {
  const row = await tx.industryChain.findUnique({ where: { id }, select: CHAIN_SELECT })
  if (!row) throw new AppError('NOT_FOUND', { userMessage: '产业链不存在' })
  const { _count, ...chain } = row
  return { ...chain, majorCount: _count.majors }
}

export const patchChain: AppRouteHandler<typeof routes.patchChain> = async (c) => {
  const { id } = c.req.valid('param')
  const changes = c.req.valid('json')
  const actor = currentUser(c)
  const chain = await c.var.db.$transaction(async (tx) => {
    const before = await loadChain(tx, id)
    // (De)activating here is retiring or restoring without a reason: keep the retirement fields in step.
    const retirement = changes.active === undefined || changes.active === before.active ? {}
      : changes.active ? { retiredAt: null, retiredReason: null } : { retiredAt: new Date() }
    await tx.industryChain.update({ where: { id }, data: { ...changes, ...retirement }, select: { id: true } })
    const after = await loadChain(tx, id)
    const diff = {
      chain: before.name,
      ...Object.fromEntries((Object.keys(changes) as (keyof typeof changes)[]).map((key) => [key, { from: before[key], to: after[key] }])),
    }
    await audit(tx, { actorUserId: actor.id, action: 'chain.update', entity: 'IndustryChain', entityId: id, diff })
    return after
  })
  return c.json(chain, 200)
}

export const putChainMajors: AppRouteHandler<typeof routes.putChainMajors> = async (c) => {
  const { id } = c.req.valid('param')
  const { majors } = c.req.valid('json')
  const actor = currentUser(c)
  const chain = await c.var.db.$transaction(async (tx) => {
    const chain = await loadChain(tx, id)
    const codes = majors.map((m) => m.majorCode)
    const known = new Set((await tx.major.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((m) => m.code))
    const issues: FieldIssue[] = majors.flatMap((m, i) =>
      known.has(m.majorCode) ? [] : [{ path: `majors.${i}.majorCode`, message: `专业代码 ${m.majorCode} 不存在` }],
    )
    if (issues.length) throw new AppError('VALIDATION_FAILED', { issues })
    const before = await tx.chainMajor.findMany({ where: { chainId: id }, select: { majorCode: true, relevance: true, major: { select: { name: true } } } })
    await tx.chainMajor.deleteMany({ where: { chainId: id } })
    await tx.chainMajor.createMany({ data: majors.map((m) => ({ chainId: id, majorCode: m.majorCode, relevance: m.relevance })) })
    await audit(tx, { actorUserId: actor.id, action: 'chain.majors.replace', entity: 'IndustryChain', entityId: id, diff: await majorsDiff(tx, chain.name, before, majors) })
    return loadChain(tx, id)
  })
  return c.json(chain, 200)
}

/** What changed in the chain–major map, with the majors' names, as auditSentence reads it. */
async function majorsDiff(
  tx: Prisma.TransactionClient, chain: string,
  before: { majorCode: string; relevance: string; major: { name: string } }[], after: { majorCode: string; relevance: string }[],
) {
  const was = new Map(before.map((m) => [m.majorCode, m]))
  const now = new Map(after.map((m) => [m.majorCode, m]))
  const names = new Map((await tx.major.findMany({ where: { code: { in: after.map((m) => m.majorCode) } }, select: { code: true, name: true } })).map((m) => [m.code, m.name]))
  return {
    chain,
    added: after.filter((m) => !was.has(m.majorCode)).map((m) => ({ code: m.majorCode, name: names.get(m.majorCode) ?? m.majorCode, relevance: m.relevance })),
    removed: before.filter((m) => !now.has(m.majorCode)).map((m) => ({ code: m.majorCode, name: m.major.name, relevance: m.relevance })),
    changed: after.flatMap((m) => {
      const old = was.get(m.majorCode)
      return old && old.relevance !== m.relevance ? [{ code: m.majorCode, name: old.major.name, from: old.relevance, to: m.relevance }] : []
    }),
  }
}
