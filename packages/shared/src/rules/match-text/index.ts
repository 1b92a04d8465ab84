/**
 * Text-aware job → major matching (issue 12, decision 018). `rankMajorsForJob` is the one entry:
 * given a job as a recruiter posts it, the catalogue majors that fit, best first, each with its
 * score parts and the evidence in words. Node-only by default (the index is built from the shipped
 * reference files on first use); pass `index` to use it elsewhere.
 */
import { reference } from '../../reference'
import { buildChainMajorMap, type ChainMajorMap } from '../chain-majors'
import { matchTextIndex } from './node'
import { rankMajors, type JobForText, type MatchTextIndex, type RankedMajor, type RankOptions } from './rank'

export { explain, type Evidence, type JobPart } from './explain'
export { buildProfile, FIELD_LABELS, FIELDS, phraseKey, type Field, type MajorTextProfile, type Phrase } from './profile'
export { buildMatchTextIndex, rankMajors, TEXT_WEIGHTS, toTextFit, type JobForText, type MatchTextIndex, type RankedMajor, type RankOptions, type TextWeights } from './rank'
export { icuWords, terms, type TermOptions, type WordSplitter } from './segment'
export type { Synonym } from './synonyms'
export { matchTextIndex } from './node'

let shippedChainMap: ChainMajorMap | undefined

/** Majors for one job, best first; the chain map defaults to the shipped chain_majors.csv. */
export function rankMajorsForJob(job: JobForText, opts: RankOptions & { index?: MatchTextIndex } = {}): RankedMajor[] {
  shippedChainMap ??= buildChainMajorMap(reference().chainMajors)
  return rankMajors(job, opts.index ?? matchTextIndex(), { chainMajors: shippedChainMap, ...opts })
}
