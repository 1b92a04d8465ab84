import { CHALLENGE_WEIGHTS, MATCH_WEIGHTS, TRAINING_WEIGHTS } from '@zhilian/shared'
import { SCORE_PART_LABELS } from '@zhilian/shared/contracts/matching'
import type { ScorePart } from './MatchCard'

/** The weights are each part's maximum, so a part reads as "36/40". */
function partsOf(parts: Record<string, number>, weights: Record<string, number>): ScorePart[] {
  return Object.entries(weights).map(([key, max]) => ({ key, label: SCORE_PART_LABELS[key] ?? key, value: parts[key] ?? 0, max }))
}

export const supplyParts = (parts: Record<string, number>) => partsOf(parts, MATCH_WEIGHTS)
export const courseParts = (parts: Record<string, number>) => partsOf(parts, TRAINING_WEIGHTS)
export const challengeParts = (parts: Record<string, number>) => partsOf(parts, CHALLENGE_WEIGHTS)

export const CHALLENGE_STATUS = { open: '揭榜中', taken: '已揭榜', closed: '已关闭' } as const
