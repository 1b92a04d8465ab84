import { AppError } from '@zhilian/shared'
import { EFFECT_FORMULA, EFFECT_TERMS, effectScore, effectSide } from '@zhilian/shared/rules/effectiveness'
import { z } from 'zod'
import { currentYear, effectCounts, forSide } from '../../effectiveness/counts'
import { effectRanking, type RankedOrg } from '../../effectiveness/ranking'
import { rankingWorkbook } from '../../effectiveness/ranking-workbook'
import { assertCityInScope, assertOrgInScope, describeScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import { cursorKey, decodeCursor } from '../../lib/cursor'
import { keysetPage, pageTake } from '../../lib/paging'
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

/**
 * The ranking is computed whole (a few hundred organisations at most), so a page is a slice of it, but the cursor is
 * still the one keyset kind (lib/paging): the last row shown, not an offset. The next page starts after that row
 * wherever it now stands; if it has left the ranking, after the last row with its score. (Names stay out of the
 * cursor: a long Chinese name would outgrow the cursor's 256 characters.)
 */
const RankCursor = z.object({ total: z.number().finite(), id: cursorKey.id })

function pageOfRanking(rows: readonly RankedOrg[], cursor: string | undefined, limit: number) {
  const after = decodeCursor(RankCursor, cursor)
  const at = after ? rows.findIndex((r) => r.id === after.id) : -1
  const start = !after ? 0 : at >= 0 ? at + 1 : rows.findIndex((r) => r.total < after.total)
  const rest = start < 0 ? [] : rows.slice(start, start + pageTake(limit))
  return keysetPage(rest, limit, (r) => ({ total: r.total, id: r.id }))
}

export const ranking: AppRouteHandler<typeof routes.ranking> = async (c) => {
  const scope = scopeOf(currentUser(c))
  const q = c.req.valid('query')
  assertCityInScope(scope, q.cityCode)
  const year = q.year ?? currentYear()
  const [rows, described] = await Promise.all([effectRanking(c.var.db, scope, { ...q, year }), describeScope(c.var.db, scope)])
  const page = pageOfRanking(rows, q.cursor, q.limit)
  const items = page.items.map(({ rank, org, counts, total }) => ({ rank, org, counts, total }))
  return c.json({ items, nextCursor: page.nextCursor, year, totalRows: rows.length, formula: EFFECT_FORMULA, scopeLabel: described.label }, 200)
}

export const rankingXlsx: AppRouteHandler<typeof routes.rankingXlsx> = async (c) => {
  const scope = scopeOf(currentUser(c))
  const q = c.req.valid('query')
  assertCityInScope(scope, q.cityCode)
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
