/**
 * Issue 12 benchmark: one job's top ten supply matches read from the job's text, at province scale,
 * in-process (the functions the BFF's /api/matching/jobs/:id/supply calls, without the database).
 *
 *   npm run bench:match-text -w @zhilian/test      (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/zl_bench)
 *
 * Supply: 451 colleges (the province's count of 职业院校, packages/shared/data/scale.md) — 300 中职,
 * 130 高职专科, 21 with 职业本科 — each offering 25 majors of its level drawn from the catalogue, with
 * three cohorts and three grades; ≈ 11,000 college × major rows in memory, built here because the
 * scale generator (prisma/src/scale.ts) does not write supply lists. Jobs: 200 postings written from
 * random catalogue profiles (a post as title, competences as skills, courses as description).
 * Per job: rankMajors over every profile (1,416), the candidate majors' rows picked, matchSupply, top ten.
 * Prints p50 and p95 over the jobs (no cache: each job is new text), wall time and this process's
 * CPU time (on a shared, loaded machine the wall time mostly measures waiting for a core), the load
 * average, and the index build time. Then the same per-job work over the province-scale database's own supply
 * lists and jobs (lib/match-text-db.ts; the database must hold the scale data, see lib/scale-db.ts).
 */
import { loadavg } from 'node:os'
import { reference, majorProfiles } from '@zhilian/shared/reference'
import { buildChainMajorMap, indexCities, matchSupply, type SupplyRow } from '@zhilian/shared'
import { matchTextIndex, rankMajors, toTextFit } from '@zhilian/shared/rules/match-text/index'
import { benchMatchTextOverDb } from './lib/match-text-db'
import { wallAndCpu } from './lib/stats'

let seed = 12
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!

const ref = reference()
const cities = indexCities(ref.cities)
const chainMajors = buildChainMajorMap(ref.chainMajors)
const profiles = majorProfiles()
const byLevel = (level: string) => profiles.filter((p) => p.level === level)

const t0 = performance.now()
const index = matchTextIndex()
console.log(`text index over ${profiles.length} majors built in ${(performance.now() - t0).toFixed(0)} ms`)

const rows: SupplyRow[] = []
const colleges: [string, number][] = [['中职', 300], ['高职专科', 130], ['职业本科', 21]]
let n = 0
for (const [level, count] of colleges) {
  const pool = byLevel(level)
  for (let c = 0; c < count; c++, n++) {
    const city = pick(ref.cities).adcode
    for (const p of new Set(Array.from({ length: 25 }, () => pick(pool)))) {
      rows.push({
        collegeId: `c${n}`, collegeName: `院校${n}`, majorCode: p.code, majorName: p.name, cityCode: city,
        graduates: [2023, 2024, 2025].map((year) => ({ year, count: Math.floor(rand() * 200) })),
        enrolment: [2023, 2024, 2025].map((entryYear) => ({ entryYear, count: Math.floor(rand() * 250) })),
      })
    }
  }
}
const rowsByMajor = new Map<string, SupplyRow[]>()
for (const r of rows) rowsByMajor.set(r.majorCode, [...(rowsByMajor.get(r.majorCode) ?? []), r])
console.log(`supply: ${n} colleges, ${rows.length} college × major rows`)

const educations = ['secondary_vocational', 'associate', 'bachelor', 'none'] as const
const jobs = Array.from({ length: 200 }, (_, i) => {
  const p = pick(profiles)
  const chainId = rand() < 0.5 ? pick(ref.chains).id : undefined
  return {
    id: `j${i}`, title: `${pick(p.posts.length ? p.posts : [p.name])}${pick(['', '工程师', '技术员', '操作工'])}`, skills: p.competences.slice(0, 3),
    description: `负责${p.courses.slice(0, 4).join('、')}相关工作`, education: pick(educations), chainId, cityCode: pick(ref.cities).adcode,
    majorCodes: rand() < 0.2 ? [p.code] : [],
  }
})

const timing = wallAndCpu()
let returned = 0
for (const job of jobs) {
  returned += timing.time(() => {
    const fit = toTextFit(rankMajors(job, index, { chainMajors, limit: 30 }), 30)
    const candidates = [...fit.keys()].flatMap((code) => rowsByMajor.get(code) ?? [])
    return matchSupply({ id: job.id, chainId: job.chainId ?? '', cityCode: job.cityCode, headcount: 5, majorFit: fit }, candidates, { chainMajors, cities }).slice(0, 10)
  }).length
}
console.log(`one job's top ten (${jobs.length} jobs, ${(returned / jobs.length).toFixed(1)} matches each): ${timing.summary()}; load average ${loadavg()[0]!.toFixed(1)}`)

await benchMatchTextOverDb(process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench')
