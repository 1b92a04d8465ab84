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
    await tx.industryChain.update({ where: { id }, data: changes, select: { id: true } })
    const after = await loadChain(tx, id)
    const diff = Object.fromEntries(
      (Object.keys(changes) as (keyof typeof changes)[]).map((key) => [key, { from: before[key], to: after[key] }]),
    )
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
    await loadChain(tx, id)
    const codes = majors.map((m) => m.majorCode)
    const known = new Set((await tx.major.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((m) => m.code))
    const issues: FieldIssue[] = majors.flatMap((m, i) =>
      known.has(m.majorCode) ? [] : [{ path: `majors.${i}.majorCode`, message: `专业代码 ${m.majorCode} 不存在` }],
    )
    if (issues.length) throw new AppError('VALIDATION_FAILED', { issues })
    const before = await tx.chainMajor.findMany({ where: { chainId: id }, select: { majorCode: true, relevance: true } })
    await tx.chainMajor.deleteMany({ where: { chainId: id } })
    await tx.chainMajor.createMany({ data: majors.map((m) => ({ chainId: id, majorCode: m.majorCode, relevance: m.relevance })) })
    await audit(tx, {
      actorUserId: actor.id,
      action: 'chain.majors.replace',
      entity: 'IndustryChain',
      entityId: id,
      diff: { from: before, to: majors },
    })
    return loadChain(tx, id)
  })
  return c.json(chain, 200)
}
