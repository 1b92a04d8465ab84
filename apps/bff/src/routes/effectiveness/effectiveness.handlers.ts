import { AppError } from '@zhilian/shared'
import { EFFECT_FORMULA, EFFECT_TERMS, effectScore, effectSide } from '@zhilian/shared/rules/effectiveness'
import { currentYear, effectCounts, forSide } from '../../effectiveness/counts'
import { effectRanking } from '../../effectiveness/ranking'
import { rankingWorkbook } from '../../effectiveness/ranking-workbook'
import { assertOrgInScope, describeScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { xlsxResponse } from '../../lib/xlsx'
import type * as routes from './effectiveness.routes'

const notFound = () => new AppError('NOT_FOUND', { userMessage: '单位不存在或无权查看' })

/** Every member of the organisation sees its record (the `view` permission); an administrator within scope too. */
export const record: AppRouteHandler<typeof routes.record> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const year = c.req.valid('query').year ?? currentYear()
  const db = c.var.db
  if (user.adminScope) await assertOrgInScope(db, user.adminScope, id).catch(() => { throw notFound() })
  else if (!user.orgIds.includes(id)) throw notFound()
  const org = await db.organization.findUnique({ where: { id }, select: { id: true, name: true, kind: true, cityCode: true, city: { select: { name: true } } } })
  if (!org) throw notFound()
  const counts = forSide((await effectCounts(db, year, { only: id })).get(id), org.kind)
  const { parts, total } = effectScore(counts)
  const side = effectSide(org.kind)
  return c.json({
    org: { id: org.id, name: org.name, kind: org.kind, cityCode: org.cityCode, cityName: org.city.name },
    year, total, formula: EFFECT_FORMULA,
    parts: parts.map((p, i) => ({ ...p, label: EFFECT_TERMS[i]!.label, unit: EFFECT_TERMS[i]!.unit, how: EFFECT_TERMS[i]!.how[side] })),
  }, 200)
}

const cursorOffset = (cursor: string | undefined) => {
  if (cursor === undefined) return 0
  if (!/^\d{1,6}$/.test(cursor)) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'cursor', message: '分页参数无效，请刷新列表后重试' }] })
  return Number(cursor)
}

export const ranking: AppRouteHandler<typeof routes.ranking> = async (c) => {
  const scope = scopeOf(currentUser(c))
  const q = c.req.valid('query')
  const year = q.year ?? currentYear()
  const offset = cursorOffset(q.cursor)
  const [rows, described] = await Promise.all([effectRanking(c.var.db, scope, { ...q, year }), describeScope(c.var.db, scope)])
  const items = rows.slice(offset, offset + q.limit).map(({ rank, org, counts, total }) => ({ rank, org, counts, total }))
  const next = offset + q.limit < rows.length ? String(offset + q.limit) : null
  return c.json({ items, nextCursor: next, year, totalRows: rows.length, formula: EFFECT_FORMULA, scopeLabel: described.label }, 200)
}

export const rankingXlsx: AppRouteHandler<typeof routes.rankingXlsx> = async (c) => {
  const scope = scopeOf(currentUser(c))
  const q = c.req.valid('query')
  const year = q.year ?? currentYear()
  const db = c.var.db
  const [rows, described, chain, city] = await Promise.all([
    effectRanking(db, scope, { ...q, year }),
    describeScope(db, scope),
    q.chainId ? db.industryChain.findUnique({ where: { id: q.chainId }, select: { name: true } }) : null,
    q.cityCode ? db.city.findUnique({ where: { adcode: q.cityCode }, select: { name: true } }) : null,
  ])
  const what = [chain?.name, city?.name, q.side === 'college' ? '院校' : '企业及其他单位'].filter(Boolean).join(' · ')
  const title = `${year}年成效排名（${what}；范围：${described.label}）`
  return xlsxResponse(c, await rankingWorkbook(title, q.side, rows), `${year}年成效排名-${what.replaceAll(' · ', '-')}.xlsx`) as never
}
