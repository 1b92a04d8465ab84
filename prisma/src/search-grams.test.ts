/**
 * The job search index column (decision 030) is written by triggers, so every write path keeps it current:
 * creating a job with skills, editing its title or description, adding, changing and removing skill points in
 * bulk, moving it to another enterprise and renaming the enterprise. Checked the way search reads it: does
 * `searchGrams @> zl_bigrams(keyword)` (all fields) or `zl_title_bigrams(keyword)` (title only) hold?
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from './client'
import { createEnterprise, createJob } from './factories'
import { createTestDb } from './test-db'

let db: DbHandle
beforeAll(async () => {
  db = await createTestDb()
})
afterAll(() => db.close())

async function finds(jobId: string, keyword: string, where: 'all' | 'title' = 'all'): Promise<boolean> {
  const rows = where === 'title'
    ? await db.prisma.$queryRaw<{ hit: boolean }[]>`SELECT "searchGrams" @> "zl_title_bigrams"(${keyword}) AS "hit" FROM "Job" WHERE "id" = ${jobId}`
    : await db.prisma.$queryRaw<{ hit: boolean }[]>`SELECT "searchGrams" @> "zl_bigrams"(${keyword}) AS "hit" FROM "Job" WHERE "id" = ${jobId}`
  return rows[0]!.hit
}

/**
 * The definition: every pair of adjacent characters of the text in NFKC (decision 117), lower-cased, that holds no
 * white space, once.
 */
const pairsOf = (text: string) => {
  const chars = [...text.normalize('NFKC').toLowerCase()]
  const pairs = new Set(chars.slice(1).map((c, i) => chars[i]! + c).filter((p) => !/\s/.test(p)))
  return [...pairs].sort()
}

describe('zl_bigrams', () => {
  it('answers exactly the pairs of the definition, in one sweep of the text (decision 032, second update)', async () => {
    const texts = ['', 'a', 'ab', 'a b', ' 数控 ', 'CNC编程 PLC编程\n负责\t数控车床', '数数数控控', 'Ab😀c😀 ÄB', 'ＣＮＣ操作工（夜班）\u3000ｶﾒﾗ', `${'负责数控机床的操作与维护，'.repeat(20)}Familiar with CNC`]
    for (const text of texts) {
      const [row] = await db.prisma.$queryRaw<{ grams: string[] }[]>`SELECT "zl_bigrams"(${text}) AS "grams"`
      expect([...row!.grams].sort(), JSON.stringify(text)).toEqual(pairsOf(text))
    }
  })

  it('agrees with zl_search_grams, which computes a job\'s title and full-text pairs in one query', async () => {
    const jobs = [['', '', null, null], ['数控车工', '负责CNC编程', '烟台链测化工有限公司', '色谱分析\n液压识图'], ['A b', null, 'Ab😀c', null],
      ['数控 车工', '负责数控机床的操作与维护，'.repeat(30), '日照港沃重工', '起重指挥'], ['ＣＮＣ操作工', '熟悉ｐｙｔｈｏｎ', 'ＡＢＣ精工', 'Ｐｙｔｈｏｎ']]
    for (const [title, description, org, skills] of jobs) {
      const [row] = await db.prisma.$queryRaw<{ same: boolean }[]>`
        SELECT "zl_search_grams"(${title}, ${description}, ${org}, ${skills})
          = "zl_title_bigrams"(${title}) || "zl_bigrams"(concat_ws(E'\n', ${title}::text, ${description}::text, ${org}::text, ${skills}::text)) AS "same"`
      expect(row!.same, JSON.stringify(title)).toBe(true)
    }
  })
})

describe('Job.searchGrams', () => {
  it('holds lower-cased bigrams of the title (also marked as title), description, skills and enterprise name', async () => {
    const org = await createEnterprise(db.prisma, { name: '烟台链测化工有限公司' })
    const job = await createJob(db.prisma, { orgId: org.id, title: '数控车工', description: '负责CNC编程', skills: [{ name: '色谱分析', level: 'basic' }] })
    expect(await finds(job.id, '数控', 'title')).toBe(true)
    expect(await finds(job.id, '编程', 'title')).toBe(false)
    for (const k of ['数控车工', 'cnc', 'CNC编程', '色谱', '链测化工']) expect(await finds(job.id, k), k).toBe(true)
    // A pair across two fields is never indexed: 车工 ends the title, 负责 starts the description.
    expect(await finds(job.id, '工负')).toBe(false)
  })

  it('follows edits of the title and description', async () => {
    const job = await createJob(db.prisma, { title: '焊工', description: '负责焊接' })
    await db.prisma.job.update({ where: { id: job.id }, data: { title: '叉车司机', description: '负责仓储搬运' } })
    expect(await finds(job.id, '叉车', 'title')).toBe(true)
    expect(await finds(job.id, '仓储')).toBe(true)
    expect(await finds(job.id, '焊接')).toBe(false)
  })

  it('follows skill points added, changed and removed in bulk', async () => {
    const [a, b] = [await createJob(db.prisma, { skills: [] }), await createJob(db.prisma, { skills: [] })]
    await db.prisma.jobSkill.createMany({ data: [a, b].map((j) => ({ jobId: j.id, name: '液压识图', level: 'basic' as const })) })
    expect([await finds(a.id, '液压'), await finds(b.id, '液压')]).toEqual([true, true])
    await db.prisma.jobSkill.updateMany({ where: { jobId: a.id }, data: { name: '气动回路' } })
    expect([await finds(a.id, '液压'), await finds(a.id, '气动')]).toEqual([false, true])
    await db.prisma.jobSkill.deleteMany({ where: { jobId: { in: [a.id, b.id] } } })
    expect([await finds(a.id, '气动'), await finds(b.id, '液压')]).toEqual([false, false])
  })

  it('keeps the pairs a bulk INSERT supplies (list approval) and leaves the job unwritten when its skills add no pair', async () => {
    const org = await createEnterprise(db.prisma, { name: '日照港沃重工有限公司' })
    const id = `bulk-${org.id}`
    // As lists/job-rows-sql.ts inserts a list's new jobs: pairs from zl_search_grams, skill names included.
    await db.prisma.$executeRaw`
      INSERT INTO "Job" ("id", "orgId", "title", "type", "headcount", "education", "cityCode", "salaryMin", "salaryMax", "description", "updatedAt", "searchGrams")
      VALUES (${id}, ${org.id}, '门机司机', 'full_time', 1, 'associate', '370300', 5000, 8000, '负责散货装卸',
        now(), "zl_search_grams"('门机司机', '负责散货装卸', '日照港沃重工有限公司', '起重指挥'))`
    const version = async () => (await db.prisma.$queryRaw<{ v: string }[]>`SELECT xmin::text AS "v" FROM "Job" WHERE "id" = ${id}`)[0]!.v
    const inserted = await version()
    await db.prisma.jobSkill.create({ data: { jobId: id, name: '起重指挥', level: 'basic' } })
    expect(await version()).toBe(inserted)
    for (const k of ['门机', '散货', '港沃', '起重指挥']) expect(await finds(id, k), k).toBe(true)
    // A skill with new pairs writes the job, and the pairs are then the trigger's own.
    await db.prisma.jobSkill.create({ data: { jobId: id, name: '堆场理货', level: 'basic' } })
    expect(await version()).not.toBe(inserted)
    expect(await finds(id, '理货')).toBe(true)
    const [same] = await db.prisma.$queryRaw<{ same: boolean }[]>`
      SELECT "searchGrams" = "zl_job_search_grams"("id", "title", "description", "orgId") AS "same" FROM "Job" WHERE "id" = ${id}`
    expect(same!.same).toBe(true)
  })

  it('follows the enterprise: a move to another one and a rename', async () => {
    const [from, to] = [await createEnterprise(db.prisma, { name: '青岛甲乙机械有限公司' }), await createEnterprise(db.prisma, { name: '潍坊丙丁动力有限公司' })]
    const job = await createJob(db.prisma, { orgId: from.id })
    await db.prisma.job.update({ where: { id: job.id }, data: { orgId: to.id } })
    expect([await finds(job.id, '甲乙'), await finds(job.id, '丙丁')]).toEqual([false, true])
    await db.prisma.organization.update({ where: { id: to.id }, data: { name: '潍坊戊己动力有限公司' } })
    expect([await finds(job.id, '丙丁'), await finds(job.id, '戊己')]).toEqual([false, true])
  })
})
