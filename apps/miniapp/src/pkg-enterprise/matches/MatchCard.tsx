import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './MatchCard.css'

export interface ScorePart {
  key: string
  label: string
  value: number
  /** The most this part can earn, so "36/40" reads at a glance. */
  max: number
}

export interface MatchCardProps {
  rank: number
  title: string
  subtitle?: string
  score: number
  parts?: ScorePart[]
  /** The BFF's Chinese sentences with the figures behind the score. */
  reasons: string[]
  children?: ReactNode
}

/** One ranked recommendation: its score, the parts the score is made of, and 为什么推荐. */
export function MatchCard({ rank, title, subtitle, score, parts, reasons, children }: MatchCardProps) {
  return (
    <View className='card match-card'>
      <View className='match-card__head'>
        <Text className='match-card__rank'>{rank}</Text>
        <View className='match-card__names'>
          <Text className='match-card__title'>{title}</Text>
          {subtitle && <Text className='muted match-card__subtitle'>{subtitle}</Text>}
        </View>
        <View className='match-card__score' aria-label={`匹配度 ${score} 分`}>
          <Text className='match-card__score-value'>{Math.round(score)}</Text>
          <Text className='match-card__score-unit'>分</Text>
        </View>
      </View>
      {parts && parts.length > 0 && (
        <View className='match-card__parts'>
          {parts.map((p) => (
            <Text key={p.key} className='match-card__part'>
              {p.label} {Math.round(p.value * 10) / 10}/{p.max}
            </Text>
          ))}
        </View>
      )}
      {reasons.length > 0 && (
        <View className='match-card__why'>
          <Text className='match-card__why-title'>为什么推荐</Text>
          {reasons.map((r) => (
            <Text key={r} className='match-card__reason'>{r}</Text>
          ))}
        </View>
      )}
      {children}
    </View>
  )
}
