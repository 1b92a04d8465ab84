import { readFileSync } from 'node:fs'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Prisma } from '../generated/client/client'
import type { DbHandle } from './client'
import { COLLEGES } from './seed/colleges'
import { buildDemoRows } from './seed/index'
import { DEMO_ENTERPRISE, PENDING_ENTERPRISE } from './seed/organizations'
import { createTestDb } from './test-db'

/**
 * The variant-character fold of the duplicate-name key (migration 20261206093000_org_name_key_variants, decision 064)
 * checked against the unit names the project ships (decision 070): the colleges, every organisation of the demo data
 * and the sample lists. They are written in mainland forms, so the fold must leave each one's key as the fold before
 * it (migration 20261206055732_org_name_key) made it, and no two of them may share a key: a real character on the
 * table's left side would turn one real unit into another's possible duplicate.
 */
const migration = (folder: string) => readFileSync(new URL(`../migrations/${folder}/migration.sql`, import.meta.url), 'utf8')
/** The key before the variant table, as 060's migration defined it, under a name of its own for this file. */
const keyBefore = () => {
  const sql = migration('20261206055732_org_name_key')
  const definition = sql.slice(sql.indexOf('CREATE FUNCTION "zl_org_name_key"'), sql.indexOf('$$;') + 3)
  if (!definition.startsWith('CREATE FUNCTION')) throw new Error('060 migration: zl_org_name_key not found')
  return definition.replace('"zl_org_name_key"', '"zl_test_org_name_key_060"')
}
/** The variant table's characters, left (folded from) and right (folded to), read from 064's migration. */
const variantTable = () => {
  const lines = migration('20261206093000_org_name_key_variants').split('\n')
  const chars = (marker: string) => [...lines.find((l) => l.includes(marker))!.matchAll(/'([^']*)'/g)].flatMap((m) => [...m[1]!])
  return { from: chars("'【】〔〕〖〗'"), to: chars("'()()()'") }
}

const realNames = () => {
  const demo = buildDemoRows('not-a-hash').rows.organization.map((o) => o.name)
  const samples = [sampleSupplyList().college.name, sampleDemandList().org.name]
  return [...new Set([...COLLEGES.map((c) => c.name), ...demo, DEMO_ENTERPRISE.name, PENDING_ENTERPRISE.name, ...samples])]
}

let db: DbHandle
beforeAll(async () => {
  db = await createTestDb()
  await db.prisma.$executeRawUnsafe(keyBefore())
})
afterAll(async () => {
  await db.close()
})

describe('the variant-character fold against the shipped unit names', () => {
  it('leaves every real name\'s key as it was before the table, and gives no two real names one key', async () => {
    const names = realNames()
    expect(names.length).toBeGreaterThan(100)
    const rows = await db.prisma.$queryRaw<{ name: string; key: string; before: string }[]>(Prisma.sql`
      SELECT n AS "name", "zl_org_name_key"(n) AS "key", "zl_test_org_name_key_060"(n) AS "before" FROM unnest(${names}::text[]) n`)
    expect(rows.filter((r) => r.key !== r.before)).toEqual([])
    const byKey = new Map<string, string[]>()
    for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.name])
    expect([...byKey.values()].filter((same) => same.length > 1)).toEqual([])
  })

  it('maps each variant to one mainland character that is itself left alone, and no real name holds a variant', async () => {
    const { from, to } = variantTable()
    expect(from).toHaveLength(to.length)
    expect(new Set(from).size).toBe(from.length)
    expect(from.filter((ch) => to.includes(ch))).toEqual([])
    const rows = await db.prisma.$queryRaw<{ ch: string; key: string; again: string }[]>(Prisma.sql`
      SELECT ch, "zl_org_name_key"(ch) AS "key", "zl_org_name_key"("zl_org_name_key"(ch)) AS "again" FROM unnest(${from}::text[]) ch`)
    expect(rows.map((r) => r.key)).toEqual(to)
    expect(rows.filter((r) => r.again !== r.key)).toEqual([])
    const variants = new Set(from)
    expect(realNames().filter((name) => [...name].some((ch) => variants.has(ch)))).toEqual([])
  })
})
