import { AppError } from '@zhilian/shared'
import type { Context } from 'hono'
import { defaultListContext, exportDemandWorkbook, exportSupplyWorkbook } from '../../excel'
import { demandLayout } from '../../excel/demand-layout'
import type { ListLayout } from '../../excel/layout'
import { supplyLayout } from '../../excel/supply-layout'
import { assertOrgInScope, orgInScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import type { AppBindings, AppRouteHandler } from '../../lib/types'
import { DEMAND, SUPPLY, type ListKind } from '../../lists/list-kinds'
import type * as routes from './exports.routes'
import { xlsxResponse } from '../../lib/xlsx'
import { stackWorkbooks } from './chain-workbook'
import { approvedListData, currentListData, submittedListData, unitsOfChain } from './list-data'

async function exportList(c: Context<AppBindings>, kind: ListKind, orgId: string) {
  const user = currentUser(c)
  // Someone else's organisation answers like a missing one, so ids do not leak.
  if (user.role !== 'admin' && !user.orgIds.includes(orgId)) throw new AppError('NOT_FOUND')
  if (user.role === 'admin') await assertOrgInScope(c.var.db, scopeOf(user), orgId)
  const org = await c.var.db.organization.findFirst({ where: { id: orgId, kind: kind.orgKind }, select: { id: true, name: true } })
  if (!org) throw new AppError('NOT_FOUND')
  // Members export the list as it stands; an administrator the version the unit submitted (decision 097).
  const data = user.role === 'admin' ? await submittedListData(c.var.db, kind, org.id) : await currentListData(c.var.db, kind, org.id)
  if (!data) throw new AppError('NOT_FOUND', { userMessage: user.role === 'admin' ? '该单位尚未提交清单' : '该单位尚未填报清单' })
  const bytes = kind.kind === 'supply' ? await exportSupplyWorkbook(data as never) : await exportDemandWorkbook(data as never)
  return xlsxResponse(c, bytes, `${org.name}-${kind.kind === 'supply' ? '院校供给清单' : '企业需求清单'}.xlsx`)
}

export const supply: AppRouteHandler<typeof routes.supply> = (c) => exportList(c, SUPPLY, c.req.valid('param').id) as never
export const demand: AppRouteHandler<typeof routes.demand> = (c) => exportList(c, DEMAND, c.req.valid('param').id) as never

export const chain: AppRouteHandler<typeof routes.chain> = async (c) => {
  const { chainId, kind: file } = c.req.valid('param')
  const kind = file === 'supply.xlsx' ? SUPPLY : DEMAND
  const found = await c.var.db.industryChain.findUnique({ where: { id: chainId }, select: { name: true } })
  if (!found) throw new AppError('NOT_FOUND')
  // A scoped administrator's workbook holds only the organisations it governs (decision 021).
  const scope = scopeOf(currentUser(c))
  const governed = scope.department === 'all' ? null : new Set((await c.var.db.organization.findMany({ where: orgInScope(scope), select: { id: true } })).map((o) => o.id))
  const orgs = (await unitsOfChain(c.var.db, kind, chainId)).filter((o) => !governed || governed.has(o.id))
  const blocks: { orgName: string; data: unknown }[] = []
  for (const org of orgs) {
    // Only approved versions count publicly: a draft or a version still in review is never exported here.
    const data = await approvedListData(c.var.db, kind, org.id)
    if (data) blocks.push({ orgName: org.name, data })
  }
  const layout = (kind.kind === 'supply' ? supplyLayout : demandLayout) as unknown as ListLayout<unknown>
  const bytes = await stackWorkbooks(layout, defaultListContext(), blocks)
  return xlsxResponse(c, bytes, `${found.name}-${kind.kind === 'supply' ? '院校供给清单' : '企业需求清单'}汇总.xlsx`) as never
}
