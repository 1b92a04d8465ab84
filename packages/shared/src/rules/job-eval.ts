import { z } from 'zod'
import { parseCsv } from '../reference/csv'
import { MAJOR_CODE_PATTERN, OCCUPATION_CODE_PATTERN } from '../reference/vocab'
import type { ChainMajorMap } from './chain-majors'
import { matchSupply } from './match'

/**
 * The labelled job → major evaluation set (data/eval/jobs.csv) and its metrics. A ranker sees a
 * job as a recruiter posts it and returns catalogue major codes, best first; the labels (which
 * majors a recruiter would accept, and why) stay out of its reach. scripts/eval-match.ts prints the
 * figures; docs/matching-eval.md says how the labels were decided.
 */
const list = (sep = '|') => z.string().transform((s) => s.split(sep).map((x) => x.trim()).filter(Boolean))
const MajorCodes = list().pipe(z.array(z.string().regex(MAJOR_CODE_PATTERN)))

const EDUCATION_LEVELS = ['不限', '中专', '大专', '本科'] as const
/**
 * dev: tune on it; heldout: kept out of tuning, but read since (no longer clean); fresh: written after the
 * matcher's fourth pass, before any change measured on it (docs/matching-eval.md, decision 037), read as a whole
 * since the profile rewrite; fresh3 and fresh4: written blind after that (decision 075), fresh3's misses read since.
 */
const SPLITS = ['dev', 'heldout', 'fresh', 'fresh3', 'fresh4'] as const
/** Splits labelled against today's catalogue: their rankings are scored whole, never condensed. */
const FULL_CATALOGUE_SPLITS: ReadonlySet<Split> = new Set(['fresh', 'fresh3', 'fresh4'])
type Split = (typeof SPLITS)[number]

/** One row of jobs.csv as written; lists are `|`-separated. */
const EvalJobRowSchema = z.object({
  /** J… labelled first (dev / held-out); F…, T…, U… the fresh, fresh3 and fresh4 splits, written later against today's catalogue. */
  id: z.string().regex(/^[JFTU]\d{3}$/),
  split: z.enum(SPLITS),
  /** The chain the job belongs to, for per-chain figures ('' for none of the 19); the ranker sees it only when `chain_given` is 1. */
  chain_id: z.string().regex(/^(SD-C\d{2})?$/),
  chain_given: z.enum(['0', '1']),
  city: z.string().regex(/^37\d{4}$/),
  title: z.string().min(2),
  /** May be empty: many shop-floor ads (普工, 护工) name no skill at all. */
  skills: list(),
  description: z.string().min(10),
  /** Minimum education the posting asks for. */
  education: z.enum(EDUCATION_LEVELS),
  /** Majors the enterprise named in the posting (often none). */
  named_majors: MajorCodes,
  /** Every catalogue major a recruiter would accept for the post. */
  acceptable: MajorCodes.pipe(z.array(z.string()).min(1)),
  /** 大典 occupation(s) the post is, the anchor of the label. */
  occupations: list().pipe(z.array(z.string().regex(OCCUPATION_CODE_PATTERN)).min(1)),
  why: z.string().min(4),
  /** How the label was decided: occ (职业面向 names the occupation), cont (接续专业 across levels), ad (job-ad convention). */
  basis: list('+').pipe(z.array(z.enum(['occ', 'cont', 'ad'])).min(1)),
}).refine((r) => r.chain_given === '0' || r.chain_id !== '', { message: 'chain_given is 1 but chain_id is empty', path: ['chain_given'] })

/** What a ranker may see of a job: the posting, never its labels. */
interface EvalJobInput {
  id: string
  title: string
  skills: readonly string[]
  description: string
  cityCode: string
  education: (typeof EDUCATION_LEVELS)[number]
  /** Absent when the enterprise did not say which chain the post belongs to. */
  chainId?: string
  /** Majors the enterprise named; empty when it named none. */
  majorCodes: readonly string[]
}

/** Group name of jobs outside the 19 chains. */
export const NO_CHAIN = '(none)'

export interface EvalJob {
  input: EvalJobInput
  /** The job's chain for per-chain figures, or NO_CHAIN. */
  chainId: string
  split: Split
  acceptable: readonly string[]
  occupations: readonly string[]
  why: string
  basis: readonly string[]
}

/** A ranker under evaluation: catalogue major codes for a job, best first. */
export type JobRanker = (job: EvalJobInput) => readonly string[]

/** Parses jobs.csv; throws with the job id and field on the first bad row. */
export function parseJobEvalSet(csv: string): EvalJob[] {
  return parseCsv(csv).map((raw, i) => {
    const parsed = EvalJobRowSchema.safeParse(raw)
    if (!parsed.success) throw new Error(`jobs.csv row ${i + 2} (${raw.id}): ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`)
    const r = parsed.data
    return {
      input: {
        id: r.id, title: r.title, skills: r.skills, description: r.description, cityCode: r.city, education: r.education,
        ...(r.chain_given === '1' ? { chainId: r.chain_id } : {}), majorCodes: r.named_majors,
      },
      chainId: r.chain_id || NO_CHAIN, split: r.split, acceptable: r.acceptable, occupations: r.occupations, why: r.why, basis: r.basis,
    }
  })
}

/** k for R-precision: the number of acceptable majors, at most 10. */
const rCutoff = (acceptable: readonly string[]) => Math.min(10, acceptable.length)

const hits = (ranked: readonly string[], n: number, acc: ReadonlySet<string>) => new Set(ranked.slice(0, n).filter((c) => acc.has(c))).size

/** Share of the top k that is acceptable, k = number of acceptable majors (at most 10). */
export function rPrecision(ranked: readonly string[], acceptable: readonly string[]): number {
  const k = rCutoff(acceptable)
  return hits(ranked, k, new Set(acceptable)) / k
}

/** Share of the top ten that is acceptable (a job with fewer than ten acceptable majors cannot reach 1). */
export function precisionAt10(ranked: readonly string[], acceptable: readonly string[]): number {
  return hits(ranked, 10, new Set(acceptable)) / 10
}

/** 1 when an acceptable major is among the first three. */
export function hitAt3(ranked: readonly string[], acceptable: readonly string[]): number {
  return hits(ranked, 3, new Set(acceptable)) > 0 ? 1 : 0
}

/** 1 / rank of the first acceptable major; 0 when none is ranked. */
export function reciprocalRank(ranked: readonly string[], acceptable: readonly string[]): number {
  const acc = new Set(acceptable)
  const i = ranked.findIndex((c) => acc.has(c))
  return i < 0 ? 0 : 1 / (i + 1)
}

export interface Scores { n: number; rPrecision: number; precisionAt10: number; hitAt3: number; mrr: number }
interface JobResult extends Omit<Scores, 'n' | 'mrr'> { job: EvalJob; ranked: readonly string[]; rr: number }

function mean(rows: readonly JobResult[]): Scores {
  const avg = (f: (r: JobResult) => number) => (rows.length ? rows.reduce((s, r) => s + f(r), 0) / rows.length : 0)
  return { n: rows.length, rPrecision: avg((r) => r.rPrecision), precisionAt10: avg((r) => r.precisionAt10), hitAt3: avg((r) => r.hitAt3), mrr: avg((r) => r.rr) }
}

export interface Evaluation {
  overall: Scores
  bySplit: Record<Split, Scores>
  byChain: Record<string, Scores>
  perJob: JobResult[]
}

/**
 * Runs the ranker on every job (seeing only the posting) and averages the four metrics.
 * `unjudged`: majors the labellers never saw (added to the catalogue after the set was labelled). They are
 * removed from each ranking before scoring — a condensed list (Sakai 2007) — because "not labelled" is not
 * "wrong": counting them as misses would punish the ranker for majors nobody judged. Fresh, fresh3 and fresh4 jobs were
 * labelled against the grown catalogue, so nothing is removed from their rankings.
 */
export function evaluate(ranker: JobRanker, set: readonly EvalJob[], unjudged: ReadonlySet<string> = new Set()): Evaluation {
  const perJob = set.map((job): JobResult => {
    const all = ranker(structuredClone(job.input))
    const ranked = FULL_CATALOGUE_SPLITS.has(job.split) ? all : all.filter((code) => !unjudged.has(code))
    return {
      job, ranked, rPrecision: rPrecision(ranked, job.acceptable), precisionAt10: precisionAt10(ranked, job.acceptable),
      hitAt3: hitAt3(ranked, job.acceptable), rr: reciprocalRank(ranked, job.acceptable),
    }
  })
  const group = (key: (r: JobResult) => string) => {
    const out: Record<string, JobResult[]> = {}
    for (const r of perJob) (out[key(r)] ??= []).push(r)
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, mean(v)]))
  }
  const bySplit = group((r) => r.job.split)
  return {
    overall: mean(perJob),
    bySplit: {
      dev: bySplit.dev ?? mean([]), heldout: bySplit.heldout ?? mean([]), fresh: bySplit.fresh ?? mean([]), fresh3: bySplit.fresh3 ?? mean([]),
      fresh4: bySplit.fresh4 ?? mean([]),
    },
    byChain: group((r) => r.job.chainId),
    perJob,
  }
}

/**
 * Today's behaviour as a ranker: matchSupply over one row per catalogue major, every row with the
 * same supply in the job's city, so only the chain map and the named majors order the list.
 */
export function chainOnlyBaseline(chainMajors: ChainMajorMap, majorCodes: readonly string[]): JobRanker {
  return (job) => {
    const rows = majorCodes.map((code) => ({
      collegeId: 'college', collegeName: '院校', majorCode: code, majorName: code, cityCode: job.cityCode,
      graduates: [{ year: 2025, count: 100 }], enrolment: [{ entryYear: 2025, count: 100 }],
    }))
    return matchSupply({ id: job.id, chainId: job.chainId ?? '', majorCodes: job.majorCodes, cityCode: job.cityCode, headcount: 1 }, rows, { chainMajors, cities: {} })
      .map((m) => m.row.majorCode)
  }
}
