import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchCollegeDemand } from '../../api/matching'
import { fetchMe } from '../../api/me'
import { BarList } from '../../components/BarList'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import '../college.css'

/** For the caller's college: enterprises whose jobs its majors fit, and the skill points they ask for that it lacks. */
export default function DemandFitPage() {
  const me = useRemote(fetchMe)
  const colleges = me.data?.memberships.filter((m) => m.org.kind === 'college') ?? []
  const [picked, setPicked] = useState<string>()
  const collegeId = picked ?? colleges[0]?.org.id
  return (
    <View className='college'>
      <StateView loading={me.loading} error={me.error} onRetry={me.reload} empty={!collegeId} emptyText='您尚未加入任何院校'>
        {colleges.length > 1 && (
          <View className='college__chips'>
            {colleges.map((m) => (
              <Text role='button' key={m.org.id} className={`college__chip ${m.org.id === collegeId ? 'college__chip--on' : ''}`} onClick={() => setPicked(m.org.id)}>
                {m.org.name}
              </Text>
            ))}
          </View>
        )}
        {collegeId && <CollegeDemand key={collegeId} collegeId={collegeId} />}
      </StateView>
    </View>
  )
}

function CollegeDemand({ collegeId }: { collegeId: string }) {
  const match = useRemote(() => fetchCollegeDemand(collegeId))
  const d = match.data
  return (
    <StateView loading={match.loading} error={match.error} onRetry={match.reload}>
      {d && (
        <View>
          <View className='card'>
            <Text className='college__h'>需要本校专业的企业</Text>
            {d.enterprises.length === 0 && <Text className='muted'>暂无匹配的企业需求</Text>}
            {d.enterprises.map((e) => (
              <Text key={e.orgId} className='college__line'>
                {e.orgName}：{e.jobs} 个岗位，{e.headcount} 人（最高匹配 {e.bestScore.toFixed(2)}）
              </Text>
            ))}
          </View>
          <View className='card'>
            <Text className='college__h'>匹配岗位</Text>
            {d.jobs.slice(0, 20).map((j) => (
              <View key={`${j.jobId}-${j.majorCode}`} className='college__item'>
                <Text className='college__line'>
                  {j.orgName}「{j.title}」{j.headcount} 人 ← {j.majorName}
                </Text>
                <Text className='muted'>{j.reasons.join('；')}</Text>
              </View>
            ))}
          </View>
          <View className='card'>
            <Text className='college__h'>毕业生欠缺的技能点（按需求人数）</Text>
            {d.skillGaps.length === 0 ? (
              <Text className='muted'>暂无</Text>
            ) : (
              <BarList bars={d.skillGaps.slice(0, 15).map((s) => ({ key: s.skill, label: s.skill, value: s.headcount }))} />
            )}
            <Text className='muted'>{d.heuristic}</Text>
          </View>
        </View>
      )}
    </StateView>
  )
}
