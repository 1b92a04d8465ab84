import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { fetchMyMatchables } from '../../api/matching'
import { LinkRows } from '../../components/LinkRows'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { CHALLENGE_STATUS } from './parts'
import './MatchCard.css'
import '../../components/StateView.css'

const q = (key: string, id: string) => `${ROUTES.enterpriseMatches}?${key}=${encodeURIComponent(id)}`

/** No id given: the enterprise picks one of its jobs or demand-list rows to see who fits it. */
export function MatchPicker() {
  const mine = useRemote(fetchMyMatchables)
  const d = mine.data
  const empty = !!d && !d.jobs.length && !d.demandLists.length && !d.trainingNeeds.length && !d.challenges.length && !d.equipmentRequests.length
  return (
    <StateView loading={mine.loading} error={mine.error} onRetry={() => void mine.reload()} empty={empty} emptyText='还没有可匹配的岗位或需求' emptyHint='发布岗位或提交需求清单后，这里会推荐合适的院校'>
      {d && (
        <View>
          <Text className='match-picker__section'>选择要匹配的岗位或需求</Text>
          {d.jobs.length > 0 && <LinkRows title='岗位 → 院校专业' links={d.jobs.map((j) => ({ text: j.title, hint: `${j.headcount} 人`, url: q('jobId', j.id) }))} />}
          {d.demandLists.length > 0 && <LinkRows title='需求清单' links={d.demandLists.map((l) => ({ text: `${l.orgName}全部在招岗位`, url: q('demandListId', l.id) }))} />}
          {d.trainingNeeds.length > 0 && <LinkRows title='培训需求 → 院校课程' links={d.trainingNeeds.map((n) => ({ text: n.content, hint: `每年 ${n.perYear} 人`, url: q('trainingNeedId', n.id) }))} />}
          {d.challenges.length > 0 && (
            <LinkRows title='技术难题（揭榜挂帅）' links={d.challenges.map((c) => ({ text: c.title, hint: `${CHALLENGE_STATUS[c.status]} · ${c.takers} 家揭榜`, url: `${ROUTES.enterpriseChallengeTakers}?id=${encodeURIComponent(c.id)}` }))} />
          )}
          {d.equipmentRequests.length > 0 && <LinkRows title='设备需求 → 共享设备' links={d.equipmentRequests.map((r) => ({ text: r.description, url: q('equipmentRequestId', r.id) }))} />}
          <View role='button' className='state-view' onClick={() => void Taro.navigateTo({ url: ROUTES.enterpriseDemandList })}>
            <Text className='muted'>培训、难题和设备需求来自已提交的需求清单（附件2）</Text>
          </View>
        </View>
      )}
    </StateView>
  )
}
