import { createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

/**
 * The unit-name pickers (colleges, project partners) find a unit whichever side typed in full-width mode (decision
 * 117): the keyword arrives in NFKC, a name stored full-width is compared in its NFKC form.
 */
let h: Harness
let token: string
const ids: Record<string, string> = {}
beforeAll(async () => {
  h = await createHarness()
  ids.wide = (await createCollege(h.prisma, { name: 'ＸＱＺ全角职业学院' })).id
  ids.narrow = (await createCollege(h.prisma, { name: 'XQZ半角技师学院' })).id
  await createCollege(h.prisma, { name: '无关职业学院' })
  token = await h.tokenFor((await createMember(h.prisma, await createEnterprise(h.prisma))).user)
}, 120_000)
afterAll(() => h.close())

const QUERIES = ['XQZ', 'ＸＱＺ', 'xqz', 'ｘｑｚ']

/** Each query through one picker must list both colleges, the full-width and the half-width one, and nothing else. */
async function expectBoth(picker: (q: string) => Promise<Response>) {
  for (const q of QUERIES) {
    const res = await picker(q)
    expect(res.status, q).toBe(200)
    const { items } = (await res.json()) as { items: { id: string }[] }
    expect(items.map((i) => i.id).sort(), q).toEqual([ids.wide, ids.narrow].sort())
  }
}

describe('unit-name pickers with full-width forms on either side (decision 117)', () => {
  it('the college picker', () => expectBoth((q) => h.clientAs(token).api.reference.colleges.$get({ query: { q } })))
  it('the project partner picker', () => expectBoth((q) => h.clientAs(token).api.projects.partners.$get({ query: { q } })))
})
