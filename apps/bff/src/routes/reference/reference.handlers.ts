import { escapeLike } from '../../lib/cursor'
import { orgNameMatches } from '../../lib/org-name-search'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './reference.routes'

const MAJORS_LIMIT = 50
const COLLEGES_LIMIT = 30

export const cities: AppRouteHandler<typeof routes.cities> = async (c) => {
  const items = await c.var.db.city.findMany({ select: { adcode: true, name: true, circle: true }, orderBy: { adcode: 'asc' } })
  return c.json({ items }, 200)
}

export const chains: AppRouteHandler<typeof routes.chains> = async (c) => {
  const rows = await c.var.db.industryChain.findMany({
    where: { active: true },
    select: { id: true, name: true, status: true, source: true, sortOrder: true, active: true, majors: { select: { majorCode: true }, orderBy: { majorCode: 'asc' } } },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  })
  const items = rows.map(({ majors, ...chain }) => ({ ...chain, majorCount: majors.length, majorCodes: majors.map((m) => m.majorCode) }))
  return c.json({ items }, 200)
}

export const majors: AppRouteHandler<typeof routes.majors> = async (c) => {
  const { q, chainId, level } = c.req.valid('query')
  const rows = await c.var.db.major.findMany({
    where: {
      // Only majors of the current catalogue are offered; renamed, withdrawn and retired ones stay for old lists.
      status: 'active',
      ...(level ? { level } : {}),
      ...(q ? { OR: [{ name: { contains: escapeLike(q) } }, { code: { startsWith: escapeLike(q.toUpperCase()) } }] } : {}),
      ...(chainId ? { chains: { some: { chainId } } } : {}),
    },
    select: { code: true, name: true, level: true, category: true },
    orderBy: { code: 'asc' },
    take: MAJORS_LIMIT,
  })
  return c.json({ items: rows }, 200)
}

export const labels: AppRouteHandler<typeof routes.labels> = async (c) => {
  const items = await c.var.db.enterpriseLabel.findMany({
    select: { id: true, name: true, level: true, issuer: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  })
  return c.json({ items }, 200)
}

/** Only verified colleges: the profile accepts no other, and a pending one may still be refused. */
export const colleges: AppRouteHandler<typeof routes.colleges> = async (c) => {
  const { q } = c.req.valid('query')
  const rows = await c.var.db.organization.findMany({
    where: { kind: 'college', verification: 'verified', ...(q ? await orgNameMatches(c.var.db, q) : {}) },
    select: { id: true, name: true, city: { select: { name: true } } },
    orderBy: { name: 'asc' },
    take: COLLEGES_LIMIT,
  })
  return c.json({ items: rows.map((r) => ({ id: r.id, name: r.name, cityName: r.city.name })) }, 200)
}
