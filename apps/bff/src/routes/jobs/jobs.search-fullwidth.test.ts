/**
 * Full-width text on either side of the job search (decision 117): a phone's IME in full-width mode types 「ＣＮＣ」,
 * and a title may be stored that way. The route (whose walks hold every job here), `searchNewest` with walks of one
 * job (so the hits come from the bigram index) and the match sort must find the same jobs whichever side is
 * full-width. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { createEnterprise, createJob, createStudent } from '@zhilian/db/factories'
import { JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { searchNewest } from './jobs.search-newest'

let h: Harness
const ids: Record<string, string> = {}
const chainId = 'SD-C13'
beforeAll(async () => {
  h = await createHarness()
  const at = (m: number) => new Date(Date.now() - m * 60_000)
  const org = await createEnterprise(h.prisma, { name: 'ＡＢＣ精工有限公司' })
  const make = async (key: string, m: number, data: Omit<Parameters<typeof createJob>[1], 'chainId' | 'publishedAt'>) => {
    ids[key] = (await createJob(h.prisma, { chainId, publishedAt: at(m), ...data })).id
  }
  await make('cncWide', 1, { title: 'ＣＮＣ操作工（夜班）' })
  await make('cncNarrow', 2, { title: 'CNC编程员' })
  await make('pythonText', 3, { title: '测试员', description: '熟悉ｐｙｔｈｏｎ脚本' })
  await make('pythonSkill', 4, { title: '运维员', skills: [{ name: 'Ｐｙｔｈｏｎ', level: 'basic' }] })
  await make('ofWideOrg', 5, { title: '质检员', orgId: org.id })
  await make('spaced', 6, { title: '数控 车工' })
  await make('kana', 7, { title: 'ｶﾒﾗ検査員' })
}, 120_000)
afterAll(() => h.close())

const EXPECTED: [string[], string[]][] = [
  [['CNC', 'ＣＮＣ', 'cnc', 'ｃｎｃ'], ['cncWide', 'cncNarrow']],
  [['(夜班)', '（夜班）', 'CNC操作工(夜班)'], ['cncWide']],
  [['Python', 'Ｐｙｔｈｏｎ', 'PYTHON'], ['pythonText', 'pythonSkill']],
  [['ABC精工', 'ａｂｃ精工'], ['ofWideOrg']],
  [['数控　车工', '数控 车工', '数控\u3000\u3000车工'], ['spaced']],
  [['カメラ', 'ｶﾒﾗ'], ['kana']],
]

describe('job search with full-width forms on either side (decision 117)', () => {
  it('finds the same jobs through the route', async () => {
    for (const [queries, keys] of EXPECTED) {
      for (const q of queries) {
        const res = await h.client.api.jobs.$get({ query: { q, chainId } })
        expect(res.status, q).toBe(200)
        const page = JobListPageSchema.parse(await res.json())
        expect(page.items.map((j) => j.id), q).toEqual(keys.map((k) => ids[k]))
      }
    }
  })

  it('finds the same jobs from the bigram index, past walks of one job', async () => {
    for (const [queries, keys] of EXPECTED) {
      for (const q of queries) {
        const folded = q.normalize('NFKC').replace(/\s+/gu, ' ')
        const { page } = await searchNewest(h.db.hotSql, { q: folded, chainId, limit: 20, sort: 'newest' }, { walks: { title: 1, text: 1 } })
        expect(page.items.map((j) => j.id), q).toEqual(keys.map((k) => ids[k]))
      }
    }
  })

  it('finds the same jobs sorted by match', async () => {
    const token = await h.tokenFor(await createStudent(h.prisma, { profile: { expectedCities: ['370300'] } }))
    for (const [queries, keys] of EXPECTED) {
      for (const q of queries) {
        const res = await h.clientAs(token).api.jobs.$get({ query: { q, chainId, sort: 'match' } })
        expect(res.status, q).toBe(200)
        const page = JobListPageSchema.parse(await res.json())
        expect(page.items.map((j) => j.id).sort(), q).toEqual(keys.map((k) => ids[k]).sort())
      }
    }
  })
})
