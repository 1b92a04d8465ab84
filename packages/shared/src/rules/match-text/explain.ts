/**
 * Evidence → sentences. Every sentence names the job's words and the major's catalogue phrase they
 * hit, so a reader can check it against the 专业简介 without trusting the score.
 */
import { FIELD_LABELS, type Phrase } from './profile'

export type JobPart = 'title' | 'skills' | 'description'
const PART_LABELS: Record<JobPart, string> = { title: '岗位', skills: '技能要求', description: '岗位描述' }

export type Evidence =
  /** A whole catalogue phrase occurs in the job's text (or equals its title). */
  | { kind: 'phrase'; part: JobPart; jobText: string; phrase: Phrase; exact: boolean; via?: string }
  /** Words shared between the job and one catalogue phrase. */
  | { kind: 'terms'; words: string[]; phrase: Phrase }
  | { kind: 'occupation_code'; code: string; phrase: Phrase }
  /** A 接续专业 (one level up or down) of a major the text matched. */
  | { kind: 'continuing'; name: string; level: string }
  | { kind: 'chain'; chainName: string; relevanceLabel: string }
  | { kind: 'named' }

export function explain(e: Evidence): string {
  switch (e.kind) {
    case 'phrase': {
      const label = FIELD_LABELS[e.phrase.field]
      const via = e.via ? `（「${e.via}」按同义词表读作「${e.phrase.text}」）` : ''
      if (e.exact) return `${PART_LABELS[e.part]}「${e.jobText}」与${label}「${e.phrase.text}」一致${via}`
      if (e.part === 'title') return `${PART_LABELS[e.part]}「${e.jobText}」含${label}「${e.phrase.text}」${via}`
      return `${PART_LABELS[e.part]}提到${label}「${e.phrase.text}」${via}`
    }
    case 'terms':
      return `${e.words.map((w) => `「${w}」`).join('')}命中${FIELD_LABELS[e.phrase.field]}「${e.phrase.text}」`
    case 'occupation_code':
      return `职业编码 ${e.code} 是专业职业面向「${e.phrase.text}」`
    case 'continuing':
      return `与文本匹配的「${e.name}」（${e.level}）互为中高本接续专业`
    case 'chain':
      return `属于${e.chainName}产业链${e.relevanceLabel}`
    case 'named':
      return '企业需求点名的专业'
  }
}
