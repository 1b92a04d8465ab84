import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { fetchMyBooth, type MyBooth } from '../../api/enterprise-events'
import { clock, spanText } from '../../lib/beijing-time'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { BOOTH_STATUS, windowText } from '../fairs/labels'
import { JobPicker } from './JobPicker'
import { SlotsCard } from './SlotsCard'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/page.css'
import '../../styles/kit/item-card.css'

function Visits({ visits }: { visits: MyBooth['visits'] }) {
  return (
    <View className='card booth-visits'>
      <Text className='detail-section'>到访学生（{visits.length}）</Text>
      {visits.length === 0 && <Text className='muted'>现场扫描学生签到码后，到访记录显示在这里</Text>}
      {visits.map((v) => (
        <View key={v.id} className='job-card__head'>
          <Text>{v.student.displayName}</Text>
          <Text className='muted'>{clock(v.visitedAt)} · {v.applied ? '已投递，可在应聘者中查看简历' : '未投递'}</Text>
        </View>
      ))}
    </View>
  )
}

/** My booth at one event: its status, the jobs it offers, interview slots, and the students it scanned. */
export default function EnterpriseFairBoothPage() {
  const { id = '', orgId } = useRouter().params
  // The unit picked on 参展报名与我的展位, for a member of several (decision 095).
  const booth = useRemote(() => fetchMyBooth(id, orgId))
  usePullDown(booth.reload)
  const d = booth.data
  const mine = d?.event.myBooth
  const reload = () => void booth.reload()

  return (
    <StateView loading={booth.loading && !d} error={d ? undefined : booth.error} onRetry={reload}>
      {d && (
        <View>
          <View className='card'>
            <View className='job-card__head'>
              <Text className='job-card__title'>{d.event.title}</Text>
              {mine && <Text className={`status-tag status-tag--${mine.status}`}>{BOOTH_STATUS[mine.status]}</Text>}
            </View>
            <Text className='muted'>{spanText(d.event.startsAt, d.event.endsAt)}{d.event.venue ? ` · ${d.event.venue}` : ''}</Text>
            {!mine && <Text className='job-card__why'>尚未申请展位。{windowText(d.event)}</Text>}
            {mine?.status === 'applied' && <Text className='job-card__why'>展位申请已提交，主办方审核通过后分配展位号，即可选择展出岗位。</Text>}
            {mine?.status === 'approved' && <Text className='detail-section'>展区：{mine.zone} · 展位号：{mine.number}</Text>}
            {mine?.status === 'approved' && (
              <Button className='btn btn--primary btn--small' onClick={() => void Taro.navigateTo({ url: `${ROUTES.enterpriseFairScan}?id=${encodeURIComponent(id)}${orgId ? `&orgId=${encodeURIComponent(orgId)}` : ''}` })}>扫码记录到访</Button>
            )}
          </View>
          {mine?.status === 'approved' && <JobPicker key={mine.jobs.map((j) => j.id).join()} eventId={id} orgId={orgId} data={d} onSaved={reload} />}
          {mine?.status === 'approved' && <SlotsCard eventId={id} orgId={orgId} data={d} onOpened={reload} />}
          {mine && <Visits visits={d.visits} />}
        </View>
      )}
    </StateView>
  )
}
