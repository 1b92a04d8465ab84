/**
 * The report's rows as Chinese sentences: what the report page, the chain page and the workbook print
 * beside the figures, so an official reads a verdict and its reason instead of decoding a ratio.
 */
import { COVERAGE_THRESHOLDS, type CoverageLevel, type Verdict } from './supply-demand-method'
import type { FitStatus } from './fit-index'

const STATUS_WORDS: Record<FitStatus, string> = {
  balanced: '供需基本平衡', oversupplied: '供给多于需求', undersupplied: '供给少于需求', no_demand: '暂无需求', no_supply: '暂无供给',
}

export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`
const int = (n: number) => String(Math.round(n))

export interface SentenceInput {
  name: string
  /** Whose enterprises the coverage counts: one chain's, or every chain's (province and cities). */
  scope: 'chain' | 'all'
  hasData: boolean
  /** False when no college's 附件1 was approved that year: supply is unknown, not zero. */
  supplyFiled?: boolean
  coverage: { filed: number; known: number | null; share: number | null; level: CoverageLevel }
  talent: { supply: number; demand: number; ratio: number | null; verdict: Verdict; status: FitStatus | null }
}

export function coverageSentence(c: SentenceInput['coverage'], scope: SentenceInput['scope']): string {
  const whose = scope === 'chain' ? '本链' : '各链'
  if (c.known === null) return `${c.filed} 家企业填报需求；${whose}企业总数未登记，无法判断填报覆盖面`
  return `${c.filed} 家企业填报需求，占${whose}已登记企业 ${c.known} 家的 ${percent(c.share ?? 0)}`
}

function verdictSentence(t: SentenceInput['talent'], level: CoverageLevel): string {
  if (t.verdict === 'withheld') {
    return level === 'unknown' ? '供需比暂不发布' : `覆盖率低于 ${percent(COVERAGE_THRESHOLDS.flag)}，供需比暂不发布`
  }
  const reading = t.ratio === null ? STATUS_WORDS[t.status ?? 'no_demand'] : `供需比 ${t.ratio.toFixed(2)}，${STATUS_WORDS[t.status ?? 'balanced']}`
  return t.verdict === 'flagged' ? `${reading}（覆盖率不足 ${percent(COVERAGE_THRESHOLDS.publish)}，仅供参考）` : reading
}

export function figuresSentence(f: SentenceInput): string {
  if (!f.hasData) return `${f.name}：当年没有院校或企业填报清单。`
  if (f.supplyFiled === false) {
    return `${f.name}：当年没有院校提交并通过审核的供给清单，供给无从统计；企业岗位需求 ${int(f.talent.demand)} 人；`
      + `${coverageSentence(f.coverage, f.scope)}；供需比暂不发布。`
  }
  return `${f.name}：预计进入企业就业的毕业生 ${int(f.talent.supply)} 人，企业岗位需求 ${int(f.talent.demand)} 人；`
    + `${coverageSentence(f.coverage, f.scope)}；${verdictSentence(f.talent, f.coverage.level)}。`
}
