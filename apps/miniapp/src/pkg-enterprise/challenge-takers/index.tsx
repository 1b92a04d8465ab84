import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { ChallengeTaker } from '@zhilian/shared/contracts/matching'
import { acceptTaker, fetchChallengeTakers } from '../../api/challenges'
import { errorMessage } from '../../api/api-error'
import { fetchChallengeColleges } from '../../api/matching'
import { MissingLink } from '../../components/MissingLink'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { MatchCard } from '../matches/MatchCard'
import { CHALLENGE_STATUS, challengeParts } from '../matches/parts'
import { TakerCard } from './TakerCard'
import { ProjectLink } from './ProjectLink'
import { ValidationCard } from './ValidationCard'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/field.css'
import '../matches/MatchCard.css'
import './index.css'
import '../../components/SearchBar.css'

/** 揭榜挂帅 for one of my challenges: the colleges that took it up (accept one) and the colleges that fit it. */
export default function ChallengeTakersPage() {
  const id = useRouter().params.id
  // The one way a page opened without its id answers (decision 046): which link is cut short, and 返回工作台.
  if (!id) return <MissingLink whose='技术难题' what='揭榜院校' />
  return <ChallengeTakers id={id} />
}

function ChallengeTakers({ id }: { id: string }) {
  const takers = useRemote(() => fetchChallengeTakers(id))
  const colleges = useRemote(() => fetchChallengeColleges(id))
  usePullDown(takers.reload, colleges.reload)

  const accept = async (t: ChallengeTaker) => {
    try {
      const result = await acceptTaker(id, t.id)
      void Taro.showToast({ title: result.declined ? `已采纳，另 ${result.declined} 家已通知` : '已采纳', icon: 'none' })
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
    await takers.reload()
  }

  const data = takers.data
  const took = new Set(data?.items.map((t) => t.collegeId))
  return (
    <StateView loading={takers.loading && !data} error={data ? undefined : takers.error} onRetry={() => void takers.reload()}>
      {data && (
        <View>
          <View className='match-head'>
            <Text className='match-head__title'>{data.challenge.title}</Text>
            <Text className='muted match-head__meta'>{CHALLENGE_STATUS[data.challenge.status]} · {data.items.length} 家院校揭榜</Text>
          </View>
          <ValidationCard challengeId={id} outcome={data.challenge.outcome} inProduction={data.challenge.inProduction} effect={data.challenge.effect} onDone={() => void takers.reload()} />
          {data.challenge.status === 'taken' && <ProjectLink challengeId={id} title={data.challenge.title} />}
          <Text className='match-picker__section'>揭榜院校</Text>
          {data.items.length === 0 && <Text className='muted challenge-note'>还没有院校揭榜；可联系下方推荐的院校</Text>}
          {data.items.map((t) => (
            <TakerCard key={t.id} taker={t} canAccept={data.challenge.status === 'open'} onAccept={accept} />
          ))}
          <Text className='match-picker__section'>推荐院校</Text>
          <StateView loading={colleges.loading} error={colleges.error} onRetry={() => void colleges.reload()} empty={colleges.data?.items.length === 0} emptyText='暂无科研、专利或设备与该难题相关的院校'>
            {colleges.data?.items.map((c, i) => (
              <MatchCard key={c.collegeId} rank={i + 1} title={c.collegeName} subtitle={took.has(c.collegeId) ? '已揭榜' : undefined} score={c.score} parts={challengeParts(c.parts)} reasons={c.reasons} />
            ))}
          </StateView>
          <View className='search-bar'>
            <Button className='btn btn--ghost btn--block' onClick={() => void Taro.navigateTo({ url: ROUTES.enterpriseMatches })}>查看其他岗位与需求的匹配</Button>
          </View>
        </View>
      )}
    </StateView>
  )
}
