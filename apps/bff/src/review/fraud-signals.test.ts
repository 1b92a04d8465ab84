import { readFileSync } from 'node:fs'
import { createEnterprise } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'
import { orgSignals } from './fraud-signals'

/**
 * The duplicate-name signal against look-alike names (decision 060). The folded name is kept by a database trigger
 * from migration 20261206055732_org_name_key; this file runs on PGlite and, with DATABASE_URL, on PostgreSQL.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

/** The signal a new unit of this name raises; the unit is removed again, so cases do not see each other's. */
const duplicateOf = async (name: string) => {
  const org = await createEnterprise(h.prisma, { name, verification: 'pending' })
  const signal = (await orgSignals(h.prisma, org)).signals.find((s) => s.code === 'duplicate_org')
  await h.prisma.organization.delete({ where: { id: org.id } })
  return signal
}

describe('the duplicate-name signal compares folded names', () => {
  it.each([
    ['half-width brackets and a space', '山东(济南) 机床有限公司'],
    ['an ideographic space', '山东（济南）　机床有限公司'],
    ['a zero-width space', '山东（济南）机床\u200b有限公司'],
    ['a soft hyphen and a word joiner', '山东（济南）机\u00ad床\u2060有限公司'],
    ['lenticular brackets', '山东【济南】机床有限公司'],
    ['a tab and a trailing space', '山东（济南）\t机床有限公司 '],
  ])('flags %s against 「山东（济南）机床有限公司」, naming the registered unit’s code', async (_what, lookAlike) => {
    const registered = await createEnterprise(h.prisma, { name: '山东（济南）机床有限公司' })
    const signal = await duplicateOf(lookAlike)
    expect(signal?.severity).toBe('high')
    expect(signal?.message).toContain(registered.uscc)
    await h.prisma.organization.delete({ where: { id: registered.id } })
  })

  it('folds full-width Latin letters and case: 「ＳＤＪＣ数控有限公司」 against 「sdjc数控有限公司」', async () => {
    const registered = await createEnterprise(h.prisma, { name: 'sdjc数控有限公司' })
    expect((await duplicateOf('ＳＤＪＣ数控有限公司'))?.message).toContain(registered.uscc)
  })

  it('does not flag a different name, or a unit against itself', async () => {
    const registered = await createEnterprise(h.prisma, { name: '淄博（张店）液压件有限公司' })
    expect(await duplicateOf('淄博（周村）液压件有限公司')).toBeUndefined()
    expect((await orgSignals(h.prisma, registered)).signals.map((s) => s.code)).not.toContain('duplicate_org')
  })

  it('keeps the folded name current when a unit is renamed, through any write path', async () => {
    const renamed = await createEnterprise(h.prisma, { name: '青岛海岸装备有限公司' })
    await h.prisma.$executeRaw`UPDATE "Organization" SET "name" = '烟台（芝罘）重工有限公司' WHERE "id" = ${renamed.id}`
    expect((await duplicateOf('烟台(芝罘)重工有限公司'))?.message).toContain(renamed.uscc)
    expect(await duplicateOf('青岛海岸装备有限公司')).toBeUndefined()
  })
})

/**
 * Decision 064: variant characters fold too (migration 20261206093000_org_name_key_variants): traditional forms from
 * a traditional-character input method or a Hong Kong or Taiwan registry page, the old variants Japanese and Korean
 * input methods produce, and full-width digits and brackets, against the simplified name the registry uses.
 */
describe('the duplicate-name signal folds variant characters (decision 064)', () => {
  it.each([
    ['traditional characters', '山东（济南）机床有限公司', '山東（濟南）機床有限公司'],
    ['traditional and full-width mixed with half-width brackets', '山东（济南）机床有限公司', '山東(濟南)機床有限公司'],
    ['a Qingdao name with the old variant 靑 and 島', '青岛海纳电气设备有限公司', '靑島海納電氣設備有限公司'],
    ['full-width digits and letters', '淄博第2纺织机械厂ABC', '淄博第２紡織機械廠ａｂｃ'],
    ['a college name in traditional characters', '潍坊职业学院', '濰坊職業學院'],
  ])('flags %s', async (_what, registeredName, lookAlike) => {
    const registered = await createEnterprise(h.prisma, { name: registeredName })
    expect((await duplicateOf(lookAlike))?.message).toContain(registered.uscc)
    await h.prisma.organization.delete({ where: { id: registered.id } })
  })

  it('keeps names that differ in a character of their own apart', async () => {
    const registered = await createEnterprise(h.prisma, { name: '烟台万华化工有限公司' })
    expect(await duplicateOf('煙台萬達化工有限公司')).toBeUndefined()
    await h.prisma.organization.delete({ where: { id: registered.id } })
  })

  it('recomputes keys stored before the fold changed', async () => {
    const old = await createEnterprise(h.prisma, { name: '東營勝利石油裝備有限公司' })
    // The key as the first fold (decision 060) stored it: traditional characters kept.
    await h.prisma.$executeRaw`UPDATE "Organization" SET "nameKey" = lower(normalize("name", NFKC)) WHERE "id" = ${old.id}`
    expect(await duplicateOf('东营胜利石油装备有限公司')).toBeUndefined()
    const migration = readFileSync(new URL('../../../../prisma/migrations/20261206093000_org_name_key_variants/migration.sql', import.meta.url), 'utf8')
    const recompute = migration.slice(migration.indexOf('UPDATE "Organization"')).trim().replace(/;$/, '')
    await h.prisma.$executeRawUnsafe(recompute)
    expect((await duplicateOf('东营胜利石油装备有限公司'))?.message).toContain(old.uscc)
  })
})
