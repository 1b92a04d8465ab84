import { Prisma } from '@zhilian/db'
import { createCollege } from '@zhilian/db/factories'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { recommendContext, referenceVersion } from '../lib/recommend-context'
import type { Db } from '../lib/types'
import { supplyList } from '../testing/analytics-fixtures'
import { createHarness, type Harness } from '../testing/harness'
import { majorSupplyAt, majorSupplyVersion } from './major-supply'
import { matchingAt, matchingReferenceVersion, supplyRowsVersion } from './matching-cache'

/**
 * The process-level caches of decision 038 — reference data, per-major supply, supply rows — hold one answer per
 * database (decision 109): two apps in one process, as in the BFF project's shared workers and the mini-program's
 * warm BFF child, never read each other's. Each case fills a cache from database A, then asks database B with A's
 * fingerprint, as when B's tables hash the same (rows with equal ids and versions written by factories, or a
 * collision of the hash sums): B must answer from its own rows, not A's.
 */
let a: Harness
let b: Harness
const CHAIN = 'SD-C02'
const ROBOT = '460305' // 工业机器人技术
let collegeId = ''

beforeAll(async () => {
  ;[a, b] = await Promise.all([createHarness(), createHarness()])
  const college = await createCollege(a.prisma, { chainIds: [CHAIN] })
  collegeId = college.id
  await supplyList(a.prisma, college.id, 2025, [{ code: ROBOT, chains: [CHAIN], grades: [70] }])
})
afterAll(() => Promise.all([a?.close(), b?.close()]))

async function fingerprint(db: Db, fragment: Prisma.Sql): Promise<string> {
  const [row] = await db.$queryRaw<{ v: string }[]>(Prisma.sql`SELECT ${fragment} AS "v"`)
  return row!.v
}

it('keeps the per-major supply of one database from another', async () => {
  const version = await fingerprint(a.prisma, majorSupplyVersion)
  expect((await majorSupplyAt(a.prisma, version)).supplyByMajor.get(ROBOT)).toBe(70)
  expect((await majorSupplyAt(b.prisma, version)).supplyByMajor.get(ROBOT)).toBeUndefined()
})

it('keeps the recommendations’ reference data of one database from another', async () => {
  const [free] = await a.prisma.$queryRaw<{ code: string }[]>`SELECT m."code" FROM "Major" m
    WHERE NOT EXISTS (SELECT 1 FROM "ChainMajor" cm WHERE cm."chainId" = ${CHAIN} AND cm."majorCode" = m."code") ORDER BY m."code" LIMIT 1`
  await a.prisma.chainMajor.create({ data: { chainId: CHAIN, majorCode: free!.code, relevance: 'supporting' } })
  const version = await fingerprint(a.prisma, referenceVersion)
  expect((await recommendContext(a.db.hotSql, version)).chainMajors[CHAIN]?.[free!.code]).toBe('supporting')
  expect((await recommendContext(b.db.hotSql, version)).chainMajors[CHAIN]?.[free!.code]).toBeUndefined()
})

it('keeps the matching context and supply rows of one database from another', async () => {
  const [referenceV, supplyV, rowsV] = await Promise.all(
    [matchingReferenceVersion, majorSupplyVersion, supplyRowsVersion].map((f) => fingerprint(a.prisma, f)),
  )
  const versions = { referenceVersion: referenceV!, supplyVersion: supplyV!, rowsVersion: rowsV! }
  const inA = await matchingAt(a.prisma, versions)
  expect(inA.rowsByMajor.get(ROBOT)?.map((r) => r.collegeId)).toEqual([collegeId])
  const inB = await matchingAt(b.prisma, versions)
  expect(inB.rowsByMajor.get(ROBOT)).toBeUndefined()
  expect(inB.ctx.majorSupply!.supplyByMajor.get(ROBOT)).toBeUndefined()
})
