import { CHALLENGE_WEIGHTS, MATCH_WEIGHTS, TRAINING_WEIGHTS } from '@zhilian/shared'
import type { ScorePart } from './MatchCard'

/** What each part of a score means, in the words the reasons use; the weights are each part's maximum. */
const LABELS: Record<string, string> = {
  relevance: '专业对口', graduates: '毕业生', enrolment: '在校生', distance: '距离', destinations: '去向',
  content: '内容', format: '形式', period: '时间', capacity: '容量',
  text: '成果相关', projects: '科研项目', patents: '知识产权', equipment: '设备', faculty: '师资',
}

function partsOf(parts: Record<string, number>, weights: Record<string, number>): ScorePart[] {
  return Object.entries(weights).map(([key, max]) => ({ key, label: LABELS[key] ?? key, value: parts[key] ?? 0, max }))
}

export const supplyParts = (parts: Record<string, number>) => partsOf(parts, MATCH_WEIGHTS)
export const courseParts = (parts: Record<string, number>) => partsOf(parts, TRAINING_WEIGHTS)
export const challengeParts = (parts: Record<string, number>) => partsOf(parts, CHALLENGE_WEIGHTS)

export const CHALLENGE_STATUS = { open: '揭榜中', taken: '已揭榜', closed: '已关闭' } as const
