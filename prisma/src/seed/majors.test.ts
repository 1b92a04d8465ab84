import { auditSentence } from '@zhilian/shared'
import { reference, type MajorRef } from '@zhilian/shared/reference'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../client'
import { createTestDb } from '../test-db'
import { syncMajors } from './majors'

let db: DbHandle
beforeAll(async () => { db = await createTestDb() }, 120_000)
afterAll(async () => { await db?.close() })

const catalogue = reference().majors
const audits = (action: string) => db.prisma.auditLog.count({ where: { action } })

describe('syncMajors (npm run reference:sync)', () => {
  it('loads the whole catalogue, all three levels, with one audit row', async () => {
    const result = await syncMajors(db.prisma, catalogue)
    expect(result).toEqual({ inserted: catalogue.length, updated: 0, retired: 0, restored: 0, unchanged: 0 })
    const byLevel = await db.prisma.major.groupBy({ by: ['level'], _count: true })
    expect(Object.fromEntries(byLevel.map((r) => [r.level, r._count]))).toEqual({
      中职: catalogue.filter((m) => m.level === '中职').length,
      高职专科: catalogue.filter((m) => m.level === '高职专科').length,
      职业本科: catalogue.filter((m) => m.level === '职业本科').length,
    })
    expect(await db.prisma.major.findUnique({ where: { code: '570102K' } })).toMatchObject({ name: '学前教育', status: 'active', basis: 'sourced', yearAdded: 2021 })
    expect(await audits('major.catalogue.load')).toBe(1)
    // The audit log's first line states the catalogue's size as README and SOURCES.md do (catalogue-stated.test.ts).
    const load = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'major.catalogue.load' } })
    expect(auditSentence(load)).toBe(`载入专业目录，共 ${catalogue.length} 个专业`)
  })

  it('is idempotent: the same file again changes nothing and audits nothing', async () => {
    const before = await db.prisma.auditLog.count()
    expect(await syncMajors(db.prisma, catalogue)).toEqual({ inserted: 0, updated: 0, retired: 0, restored: 0, unchanged: catalogue.length })
    expect(await db.prisma.auditLog.count()).toBe(before)
  })

  it('applies a new edition: adds, renames, retires the missing major instead of deleting it, and audits each change', async () => {
    const [gone, renamed] = [catalogue.find((m) => m.code === '460103')!, catalogue.find((m) => m.code === '460104')!]
    const added: MajorRef = { ...renamed, code: '460199', name: '示例增补专业', yearAdded: 2026 }
    const edition = [
      ...catalogue.filter((m) => m !== gone && m !== renamed),
      { ...renamed, status: 'renamed' as const, replacedBy: '460199' },
      added,
    ]
    expect(await syncMajors(db.prisma, edition, new Date('2026-09-01T00:00:00Z'))).toEqual({
      inserted: 1, updated: 1, retired: 1, restored: 0, unchanged: catalogue.length - 2,
    })
    expect(await db.prisma.major.findUnique({ where: { code: '460103' } })).toMatchObject({ name: '数控技术', status: 'retired', retiredAt: new Date('2026-09-01T00:00:00Z') })
    expect(await db.prisma.major.findUnique({ where: { code: '460104' } })).toMatchObject({ status: 'renamed', replacedBy: '460199' })
    expect(await db.prisma.major.findUnique({ where: { code: '460199' } })).toMatchObject({ yearAdded: 2026, status: 'active' })
    expect(await db.prisma.auditLog.findFirst({ where: { action: 'major.catalogue.retire', entityId: '460103' } })).toMatchObject({ diff: { status: ['active', 'retired'] } })
    expect(await db.prisma.auditLog.findFirst({ where: { action: 'major.catalogue.update', entityId: '460104' } })).toMatchObject({ diff: { status: ['active', 'renamed'], replacedBy: [null, '460199'] } })
    expect(await audits('major.catalogue.insert')).toBe(1)

    // Back to the current file: the retired major is restored, the sample addition retired.
    expect(await syncMajors(db.prisma, catalogue)).toMatchObject({ restored: 1, updated: 1, retired: 1, inserted: 0 })
    expect(await db.prisma.major.findUnique({ where: { code: '460103' } })).toMatchObject({ status: 'active', retiredAt: null })
    expect(await db.prisma.major.count({ where: { status: 'retired' } })).toBe(1)
  })
})
