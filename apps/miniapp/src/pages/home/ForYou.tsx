import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { fetchMe } from '../../api/me'
import { fetchJobRecommendations } from '../../api/recommendations'
import { getToken } from '../../api/token'
import { JobCard } from '../../components/JobCard'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'

/** Recommendations are for students only; other roles (and guests) see no block and cause no 403. */
async function loadForYou() {
  const me = await fetchMe()
  if (me.user.role !== 'student') return null
  return fetchJobRecommendations(3)
}

/**
 * 为你推荐 on the home screen: three jobs with the reasons they were picked (PIPL art. 24), and the
 * notice that says how to switch personalisation off. A failure hides the block: the home screen's
 * own figures matter more than a recommendation.
 */
export function ForYou() {
  const recs = useRemote(loadForYou, { enabled: getToken() !== null })
  const data = recs.data
  if (!data || data.items.length === 0) return null
  return (
    <View className='for-you'>
      <Text className='section-title'>为你推荐</Text>
      <Text className='muted' style={{ display: 'block', margin: '0 24px' }}>{data.notice}</Text>
      {data.items.map((r) => (
        <JobCard key={r.job.id} job={r.job} reasons={r.fit?.reasons} onOpen={(id) => void Taro.navigateTo({ url: `${ROUTES.jobDetail}?id=${id}` })} />
      ))}
    </View>
  )
}
