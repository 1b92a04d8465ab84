/**
 * The one-statement search (decision 030) against the definition it replaced (decision 010) on the demo seed:
 * for each keyword, every page followed to the end must list exactly the open jobs whose title, description,
 * skill point or enterprise name contains the keyword (case-insensitively, in NFKC), title hits first, each tier newest
 * first — and the cards must equal the ones Prisma builds with `jobCardSelect`. Runs on PGlite, and on
 * PostgreSQL with DATABASE_URL. The seed's open jobs all fit in each tier's walk (decisions 048 and 062), so the
 * walks' hand-over to the bigram index is also checked with walks of a few jobs, where most hits lie beyond them.
 */
import { seedDemo } from '@zhilian/db'
import { JobListPageSchema, type JobListItem } from '@zhilian/shared/contracts/jobs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { jobCardSelect, toJobCard } from '../../jobs/job-card'
import { isOneCharacter, searchNewest } from './jobs.search-newest'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
  await seedDemo(h.prisma)
}, 300_000)
afterAll(() => h.close())

/** What decision 010's Prisma search answered: the filter and the order, written out directly. */
async function expected(keyword: string) {
  const jobs = await h.prisma.job.findMany({
    where: { status: 'open', publishedAt: { not: null } },
    select: { ...jobCardSelect, description: true, skills: { select: { name: true } } },
  })
  // Both sides in NFKC, then lower case (decision 117), as the keyword reaches the search and its SQL reads the text.
  const fold = (text: string) => text.normalize('NFKC').toLowerCase()
  const k = fold(keyword)
  const has = (text: string) => fold(text).includes(k)
  // One character searches titles only (decision 048's update): it has no bigram to find descriptions by.
  const titleOnly = isOneCharacter(keyword)
  const tierOf = (j: (typeof jobs)[number]) =>
    has(j.title) ? 0 : !titleOnly && (has(j.description) || has(j.org.name) || j.skills.some((s) => has(s.name))) ? 1 : undefined
  return jobs
    .map((j) => ({ j, tier: tierOf(j) }))
    .filter((x) => x.tier !== undefined)
    .sort((a, b) => a.tier! - b.tier! || b.j.publishedAt!.getTime() - a.j.publishedAt!.getTime() || (a.j.id < b.j.id ? 1 : -1))
    .map((x) => toJobCard(x.j))
}

async function allPages(keyword: string, limit: number) {
  const seen: JobListItem[] = []
  let cursor: string | null = null
  do {
    const res = await h.client.api.jobs.$get({ query: { q: keyword, limit, cursor: cursor ?? undefined } })
    expect(res.status).toBe(200)
    const page = JobListPageSchema.parse(await res.json())
    seen.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return seen
}

/** The same pages straight from `searchNewest` with walks of `walk` jobs in both tiers instead of the route's. */
async function allPagesWalking(keyword: string, limit: number, walk: number) {
  const seen: JobListItem[] = []
  let cursor: string | undefined
  do {
    const page = JobListPageSchema.parse((await searchNewest(h.db.hotSql, { q: keyword, limit, cursor, sort: 'newest' }, { walks: { title: walk, text: walk } })).page)
    seen.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return seen
}

const sortedLabels = (cards: JobListItem[]) => cards.map((c) => ({ ...c, org: { ...c.org, labels: [...c.org.labels].sort((a, b) => a.id.localeCompare(b.id)) } }))

// Common and rare words, a skill, English in either case, one character, a keyword with a space, a wildcard
// character, enterprise names (whole and partial) and a word found nowhere.
const KEYWORDS = ['数控', '工程师', '焊接', '电气', 'PLC', 'plc', '车', '质检', '储能', '新能源', '有限公司', '集团', '100%', '_', '维护 保养', '不存在的词']

describe('GET /api/jobs?q= on the demo seed', () => {
  it('has open jobs to search, and an enterprise name that only its jobs carry', async () => {
    expect(await h.prisma.job.count({ where: { status: 'open' } })).toBeGreaterThan(100)
  })

  it.each(KEYWORDS)('lists the same jobs in the same order as before for %s, across pages of 7', async (keyword) => {
    const want = await expected(keyword)
    const got = await allPages(keyword, 7)
    expect(got.map((j) => j.id)).toEqual(want.map((j) => j.id))
    expect(sortedLabels(got)).toEqual(sortedLabels(want))
  })

  it.each(KEYWORDS.flatMap((k) => [1, 3, 10].map((walk) => [k, walk] as const)))(
    'lists the same jobs for %s when each walk covers only %i job(s) and the bigram index serves the rest',
    async (keyword, walk) => {
      const want = await expected(keyword)
      const got = await allPagesWalking(keyword, 4, walk)
      expect(got.map((j) => j.id)).toEqual(want.map((j) => j.id))
    },
  )

  it('searches titles only for one character: 车 in a description alone does not list the job', async () => {
    const open = await h.prisma.job.findMany({ where: { status: 'open', publishedAt: { not: null } }, select: { id: true, title: true, description: true } })
    const descriptionOnly = open.filter((j) => !j.title.includes('车') && j.description.includes('车'))
    expect(descriptionOnly.length).toBeGreaterThan(0)
    const got = new Set((await allPages('车', 20)).map((j) => j.id))
    expect(got.size).toBeGreaterThan(0)
    for (const j of descriptionOnly) expect(got.has(j.id)).toBe(false)
    expect(isOneCharacter('𠮷')).toBe(true)
    expect(isOneCharacter('车间')).toBe(false)
  })

  it('finds an enterprise\'s jobs by its full name', async () => {
    const org = await h.prisma.organization.findFirstOrThrow({ where: { kind: 'enterprise', jobs: { some: { status: 'open' } } }, select: { name: true, id: true } })
    const want = await expected(org.name)
    expect(want.length).toBeGreaterThan(0)
    const got = await allPages(org.name, 20)
    expect(got.map((j) => j.id)).toEqual(want.map((j) => j.id))
    expect(got.some((j) => j.org.id === org.id)).toBe(true)
  })
})
