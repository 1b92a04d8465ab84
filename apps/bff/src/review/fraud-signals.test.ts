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
