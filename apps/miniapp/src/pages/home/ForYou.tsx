import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { JobListItem } from '@zhilian/shared/contracts/jobs'
import { useEffect } from 'react'
import { fetchJobs } from '../../api/jobs'
import { fetchMe } from '../../api/me'
import { fetchJobRecommendations } from '../../api/recommendations'
import { getToken } from '../../api/token'
import { JobCard } from '../../components/JobCard'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import './index.css'

interface Feed {
  title: string
  notice?: string
  items: { job: JobListItem; reasons?: string[] }[]
}

const FEED_SIZE = 5

/**
 * A signed-in student gets 为你推荐 (the reasons each job was picked, PIPL art. 24; the BFF itself falls back to the
 * newest jobs and says so when personalisation is off). Everyone else, visitors included, sees the newest jobs:
 * the same feed with no profile behind it, and no call that only students may make.
 */
async function loadFeed(): Promise<Feed> {
  const student = getToken() !== null && (await fetchMe()).user.role === 'student'
  if (student) {
    const recs = await fetchJobRecommendations(FEED_SIZE)
    return { title: recs.personalised ? '为你推荐' : '最新岗位', notice: recs.notice, items: recs.items.map((r) => ({ job: r.job, reasons: r.fit?.reasons })) }
  }
  const newest = await fetchJobs({}, null)
  return { title: '最新岗位', items: newest.items.slice(0, FEED_SIZE).map((job) => ({ job })) }
}

/**
 * The home feed: 加载中… while it loads, and a failure hides it (the search bar above still works). `onSettled` tells the page when the feed has
 * its height, so the sections below appear after it instead of being pushed down by it (layout shift, decision 025).
 */
export function ForYou({ onSettled }: { onSettled?: () => void }) {
  const feed = useRemote(loadFeed)
  const settled = !feed.loading
  useEffect(() => {
    if (settled) onSettled?.()
  }, [settled, onSettled])
  const data = feed.data
  // A student's first recommendations can take seconds on a busy server; the sections below wait for the feed, so
  // without this the screen under the search bar stayed blank until then.
  if (feed.loading && !data) return <View className='for-you'><StateView loading /></View>
  if (!data || data.items.length === 0) return null
  return (
    <View className='for-you'>
      <View className='home__section-head'>
        <Text className='home__section-title'>{data.title}</Text>
        <Text role='button' className='tap-line home__more' onClick={() => void Taro.switchTab({ url: ROUTES.jobs })}>全部岗位 ›</Text>
      </View>
      {data.notice && <Text className='muted home__notice'>{data.notice}</Text>}
      {data.items.map((r) => (
        <JobCard key={r.job.id} job={r.job} reasons={r.reasons} onOpen={(id) => void Taro.navigateTo({ url: `${ROUTES.jobDetail}?id=${id}` })} />
      ))}
    </View>
  )
}
