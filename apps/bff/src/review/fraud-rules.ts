import type { FraudSignal } from '@zhilian/shared/contracts/review'

/**
 * Pure rules behind the review queue's fraud signals. They flag, they never decide: an
 * administrator reads the signal and the post together.
 */

/** Yuan per month outside this is implausible for a vocational graduate's job in Shandong. */
const SALARY_FLOOR = 1500
const SALARY_CEILING = 60_000
/** A chain needs this many open jobs before its own P5–P95 band means anything. */
const MIN_BAND_SAMPLE = 20

/** Wording typical of 招转培 (recruiting as a front for paid training) and of deposits taken from applicants. */
const TRAINING_FEE_WORDS = ['培训费', '先培训后上岗', '先培训再上岗', '培训贷', '贷款', '押金', '保证金', '交费', '缴费', '服装费', '报名费', '收取费用'] as const

/**
 * The text as a reader sees it, for matching words: compatibility forms folded (full-width letters, digits and
 * brackets), and nothing a reader does not see as a letter — format characters (zero-width spaces and joiners,
 * direction marks), spaces of any width, and the dots and dashes people put between characters. Without it
 * 「培\u200b训费」 or 「押 金」 read as 培训费 and 押金 to a student and passed the check (decision 056).
 */
function foldForMatching(text: string): string {
  return text.normalize('NFKC').replace(/[\p{Cf}\p{Z}\s·•・\-_*.]/gu, '').toLowerCase()
}

function trainingFeeWords(text: string): string[] {
  const folded = foldForMatching(text)
  return TRAINING_FEE_WORDS.filter((w) => folded.includes(w))
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const i = (sorted.length - 1) * p
  const lo = Math.floor(i)
  const hi = Math.ceil(i)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo)
}

export interface SalaryBand { p5: number; p95: number; sample: number }

/** The band of monthly mid-point salaries among a chain's open jobs. */
export function salaryBand(midpoints: readonly number[]): SalaryBand {
  const sorted = [...midpoints].sort((a, b) => a - b)
  return { p5: percentile(sorted, 0.05), p95: percentile(sorted, 0.95), sample: sorted.length }
}

export function salarySignal(job: { salaryMin: number; salaryMax: number }, band?: SalaryBand): FraudSignal | undefined {
  if (job.salaryMax < SALARY_FLOOR || job.salaryMin > SALARY_CEILING) {
    return { code: 'salary_out_of_range', severity: 'high', message: `薪资${job.salaryMin}–${job.salaryMax}元/月，超出常见范围（${SALARY_FLOOR}–${SALARY_CEILING}元/月）` }
  }
  if (band && band.sample >= MIN_BAND_SAMPLE) {
    const mid = (job.salaryMin + job.salaryMax) / 2
    if (mid < band.p5 || mid > band.p95) {
      return {
        code: 'salary_out_of_range', severity: 'warn',
        message: `薪资中位${Math.round(mid)}元/月，不在本产业链在招岗位的常见区间（P5 ${Math.round(band.p5)}–P95 ${Math.round(band.p95)}元/月）`,
      }
    }
  }
  return undefined
}

export function wordingSignal(text: string): FraudSignal | undefined {
  const words = trainingFeeWords(text)
  return words.length
    ? { code: 'training_fee_wording', severity: 'high', message: `含有“${words.join('”“')}”等字样，疑似以招聘名义收费或招转培` }
    : undefined
}
