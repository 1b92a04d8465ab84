import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { DeliveryMode } from '@zhilian/shared/contracts/enums'
import type { TrainingEnrolment } from '@zhilian/shared/contracts/trainings'
import { errorMessage } from '../../api/api-error'
import { cancelEnrolment, fetchMyEnrolments } from '../../api/trainings'
import { ROUTES } from '../../routes'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { hasCourseStarted } from '@zhilian/shared/rules/deadlines'
import { beijingDate } from '../../lib/beijing-time'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/item-card.css'

export default function MyEnrolmentsPage() {
  const mine = useRemote(fetchMyEnrolments)
  usePullDown(mine.reload)

  const cancel = async (e: TrainingEnrolment) => {
    // From its start a course takes no enrolment (decision 051): the seat goes to nobody, and the student cannot come back.
    const content = hasCourseStarted(e.course.startDate)
      ? `「${e.course.title}」已经开课，取消后不能再报名。确定取消吗？`
      : `确定取消「${e.course.title}」的报名吗？名额将释放给其他人。`
    const { confirm } = await Taro.showModal({ title: '取消报名', content, confirmText: '取消报名', cancelText: '保留' })
    if (!confirm) return
    try {
      await cancelEnrolment(e.id)
      void Taro.showToast({ title: '已取消报名', icon: 'none' })
      void mine.reload()
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    }
  }

  const items = mine.data?.items ?? []
  return (
    <View>
      <StateView loading={mine.loading && !mine.data} error={mine.data ? undefined : mine.error} onRetry={() => void mine.reload()} empty={items.length === 0} emptyText='还没有报名培训' emptyHint='院校面向学生开放的培训课程在「培训」页' emptyAction={{ text: '去看看培训', onTap: () => void Taro.switchTab({ url: ROUTES.training }) }}>
        {items.map((e) => (
          <View key={e.id} className='card'>
            <Text className='job-card__title'>{e.course.title}</Text>
            <Text className='muted' style={{ display: 'block' }}>
              {e.course.college.name} · {DeliveryMode.labels[e.course.format]}
              {e.course.startDate ? ` · ${beijingDate(e.course.startDate)}${hasCourseStarted(e.course.startDate) ? '已开课' : '开课'}` : ''} · {beijingDate(e.createdAt)}报名
            </Text>
            <Button className='btn btn--ghost btn--small' onClick={() => void cancel(e)}>取消报名</Button>
          </View>
        ))}
      </StateView>
    </View>
  )
}
