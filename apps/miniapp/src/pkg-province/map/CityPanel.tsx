import { Text, View } from '@tarojs/components'
import { FIT_STATUS_LABELS, MAP_COLOUR_LABELS } from '@zhilian/shared/contracts/analytics'
import { PAIR_LABELS, type PairKey } from '@zhilian/shared/contracts/reports'
import { fetchMapCity } from '../../api/map'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import './index.css'

/** One city: its colleges, enterprises, gap by major and the best college × major for its largest jobs. */
export function CityPanel({ adcode, chainId, year, pair }: { adcode: string; chainId?: string; year?: number; pair: PairKey }) {
  const detail = useRemote(() => fetchMapCity(adcode, { chainId, year, pair }))
  const labels = PAIR_LABELS[pair]
  const d = detail.data
  return (
    <View className='card city-panel' role='region' aria-label='城市详情'>
      <StateView loading={detail.loading} error={detail.error} onRetry={detail.reload}>
        {d && (
          <View>
            <Text className='city-panel__name'>{d.city.name}</Text>
            <Text className='muted'>
              {MAP_COLOUR_LABELS[d.city.colour]} · {labels.supply} {d.city.supply} {labels.unit} · {labels.demand} {d.city.demand} {labels.unit} · 在校生 {d.city.enrolment} 人
            </Text>

            <Text className='city-panel__h'>院校（{d.colleges.length}）</Text>
            {d.colleges.length === 0 && <Text className='muted'>暂无院校数据</Text>}
            {d.colleges.map((c) => (
              <Text key={c.collegeId} className='city-panel__line'>
                {c.name}：{c.majors} 个专业，在校 {c.enrolment} 人，预计毕业 {c.graduates} 人
              </Text>
            ))}

            <Text className='city-panel__h'>企业（{d.enterprises.length}）</Text>
            {d.enterprises.length === 0 && <Text className='muted'>暂无企业需求</Text>}
            {d.enterprises.map((e) => (
              <Text key={e.orgId} className='city-panel__line'>
                {e.name}：{e.jobs} 个岗位，需求 {e.headcount} 人
              </Text>
            ))}

            <Text className='city-panel__h'>专业供需缺口</Text>
            {d.gap.length === 0 && <Text className='muted'>暂无数据</Text>}
            {d.gap.map((g) => (
              <Text key={g.majorCode} className={`city-panel__line city-panel__gap--${g.status}`}>
                {g.majorName}：供给 {g.supply} / 需求 {g.demand}（{g.gap >= 0 ? '+' : ''}
                {g.gap}）{FIT_STATUS_LABELS[g.status]}
                {g.textDemand > 0 ? ` · 另有未写明专业的岗位按文本归入 ${g.textDemand} 人` : ''}
              </Text>
            ))}

            <Text className='city-panel__h'>最佳匹配</Text>
            {d.bestMatches.length === 0 && <Text className='muted'>暂无匹配</Text>}
            {d.bestMatches.map((m) => (
              <View key={`${m.jobId}-${m.collegeId}`} className='city-panel__match'>
                <Text className='city-panel__line'>
                  {m.orgName}「{m.title}」{m.headcount} 人 ← {m.collegeName} · {m.majorName}（匹配度 {Math.round(m.score * 100) / 100}）
                </Text>
                <Text className='muted'>{m.reason}</Text>
              </View>
            ))}
          </View>
        )}
      </StateView>
    </View>
  )
}
