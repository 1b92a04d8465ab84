import { Text, View } from '@tarojs/components'
import type { JobSupplyMatch } from '@zhilian/shared/contracts/matching'
import { JobType } from '@zhilian/shared/contracts/enums'
import { MatchCard } from './MatchCard'
import { supplyParts } from './parts'
import './MatchCard.css'

/** The colleges × majors that can fill one job, best first. */
export function SupplyMatches({ match }: { match: JobSupplyMatch }) {
  const { job, items, candidates } = match
  return (
    <View>
      <View className='match-head'>
        <Text className='match-head__title'>{job.title}</Text>
        <Text className='muted match-head__meta'>
          {JobType.labels[job.type]} · 待招 {job.headcount} 人{job.chainName ? ` · ${job.chainName}` : ''} · 共 {candidates} 个院校专业可供给，显示前 {items.length} 个
        </Text>
      </View>
      {items.length === 0 && <Text className='muted match-head'>暂无可供给的院校专业：岗位未指定专业且所属产业链没有关联专业时无法匹配</Text>}
      {items.map((m, i) => (
        <MatchCard
          key={`${m.collegeId}-${m.majorCode}`}
          rank={i + 1}
          title={`${m.collegeName} · ${m.majorName}`}
          subtitle={`${m.cityName}${m.distanceKm ? ` · 约 ${m.distanceKm} 公里` : m.distanceKm === 0 ? ' · 同城' : ''} · 毕业生 ${m.graduates} 人 · 在校生 ${m.enrolment} 人`}
          score={m.score}
          parts={supplyParts(m.parts)}
          reasons={m.reasons}
        />
      ))}
    </View>
  )
}
