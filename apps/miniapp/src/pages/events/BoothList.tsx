import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { EventBooth } from '../../api/events'
import { salaryText } from '../../lib/salary-text'
import { ROUTES } from '../../routes'
import '../../components/events-ui.css'

/**
 * Approved booths by zone and number, with the jobs each offers; a job opens its page to apply (consent sheet
 * there). `extra` adds a booth's own part below its jobs (its interview slots).
 */
export function BoothList({ booths, extra }: { booths: EventBooth[]; extra?: (boothId: string) => ReactNode }) {
  const approved = booths.filter((b) => b.status === 'approved')
  if (approved.length === 0) return <Text className='muted'>参展单位审核中，敬请关注</Text>
  return (
    <View className='booth-list'>
      {approved.map((b) => (
        <View key={b.id} className='session-row booth-row' data-booth={b.org.name}>
          <View className='session-row__head'>
            <Text className='session-row__title'>{b.org.name}</Text>
            <Text className='event-kind'>{[b.zone, b.number].filter(Boolean).join(' ') || '展位待定'}</Text>
          </View>
          {b.jobs.length === 0 && <Text className='muted'>岗位待公布</Text>}
          {b.jobs.map((j) => (
            <View role='button' key={j.id} className='booth-job' onClick={() => void Taro.navigateTo({ url: `${ROUTES.jobDetail}?id=${encodeURIComponent(j.id)}` })}>
              <Text>{j.title}</Text>
              <Text className='muted'>{salaryText(j.salaryMin, j.salaryMax)} ›</Text>
            </View>
          ))}
          {extra?.(b.id)}
        </View>
      ))}
    </View>
  )
}
