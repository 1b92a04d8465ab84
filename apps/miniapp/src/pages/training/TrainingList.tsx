import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { DeliveryMode } from '@zhilian/shared/contracts/enums'
import type { TrainingCourse } from '@zhilian/shared/contracts/trainings'
import { useMemo, useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { fetchCities } from '../../api/jobs'
import { fetchCourseRecommendations } from '../../api/recommendations'
import { getToken } from '../../api/token'
import { enrol, fetchTrainings, type TrainingFilters } from '../../api/trainings'
import { OptionChips } from '../../components/OptionChips'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import '../../components/jobs-ui.css'

type Format = keyof typeof DeliveryMode.labels
const FORMAT_OPTIONS = [{ value: undefined, label: '不限' }, ...(Object.keys(DeliveryMode.labels) as Format[]).map((v) => ({ value: v, label: DeliveryMode.labels[v] }))]

function CourseCard({ course, reasons, onEnrol }: { course: TrainingCourse; reasons?: string[]; onEnrol: (c: TrainingCourse) => void }) {
  return (
    <View className='card course-card'>
      <View className='job-card__head'>
        <Text className='job-card__title'>{course.title}</Text>
        <Text className='job-card__salary'>{course.fee ? `${course.fee}元/人` : '免费'}</Text>
      </View>
      <Text className='muted' style={{ display: 'block' }}>
        {course.college.name} · {DeliveryMode.labels[course.format]}
        {course.city ? ` · ${course.city.name}` : ''}
        {course.hours ? ` · ${course.hours}学时` : ''}
        {course.startDate ? ` · ${course.startDate.slice(0, 10)}开课` : ''}
      </Text>
      <Text className='sheet__text'>{course.content}</Text>
      {reasons && reasons.length > 0 && <Text className='job-card__why'>推荐理由：{reasons.join('；')}</Text>}
      <View className='job-card__head'>
        <Text className='muted'>{course.seatsLeft > 0 ? `剩余名额 ${course.seatsLeft}/${course.capacity}` : '名额已满'}</Text>
        <Button className='btn btn--primary btn--small' disabled={course.seatsLeft <= 0} onClick={() => onEnrol(course)}>
          报名
        </Button>
      </View>
    </View>
  )
}

/** 菜单式培训: the courses on offer, filters, 报名, and courses recommended to a signed-in student. */
export function TrainingList({ chainId }: { chainId: string | undefined }) {
  const [cityCode, setCityCode] = useState<string>()
  const [format, setFormat] = useState<Format>()
  const cities = useRemote(fetchCities)
  const recommended = useRemote(() => fetchCourseRecommendations(3), { enabled: getToken() !== null })
  const filters: TrainingFilters = useMemo(() => ({ chainId, cityCode, format }), [chainId, cityCode, format])
  const list = usePagedPage((cursor) => fetchTrainings(filters, cursor), { reloadKey: JSON.stringify(filters) })

  const signUp = async (course: TrainingCourse) => {
    if (!getToken()) return void Taro.navigateTo({ url: `${ROUTES.login}?redirect=${encodeURIComponent(ROUTES.training)}` })
    const { confirm } = await Taro.showModal({ title: '报名培训', content: `确定报名「${course.title}」吗？${course.fee ? `费用${course.fee}元/人。` : ''}`, confirmText: '报名', cancelText: '取消' })
    if (!confirm) return
    try {
      await enrol(course.id)
      void Taro.showToast({ title: '报名成功', icon: 'success' })
      void list.refresh()
    } catch (e) {
      const message = e instanceof ApiError && e.code === 'CAPACITY_FULL' ? '名额已满，请关注其他课程' : e instanceof ApiError && e.code === 'DUPLICATE' ? '你已报名该课程' : errorMessage(e)
      void Taro.showModal({ title: '未能报名', content: message, showCancel: false })
    }
  }

  const cityOptions = [{ value: undefined, label: '全省' }, ...(cities.data ?? []).map((c) => ({ value: c.adcode, label: c.name }))]
  const recs = recommended.data
  return (
    <View>
      {recs && recs.items.length > 0 && (
        <View>
          <Text className='section-title'>为你推荐</Text>
          <Text className='muted' style={{ display: 'block', margin: '0 24px' }}>{recs.notice}</Text>
          {recs.items.map((r) => (
            <CourseCard key={r.course.id} course={r.course} reasons={r.fit?.reasons} onEnrol={(c) => void signUp(c)} />
          ))}
          <Text className='section-title'>全部课程</Text>
        </View>
      )}
      <OptionChips label='城市' options={cityOptions} selected={cityCode} onSelect={setCityCode} />
      <OptionChips label='形式' options={FORMAT_OPTIONS} selected={format} onSelect={setFormat} />
      <StateView loading={list.loading} error={list.error} onRetry={() => void list.refresh()} empty={list.items.length === 0} emptyText='暂无符合条件的培训课程'>
        {list.items.map((c) => (
          <CourseCard key={c.id} course={c} onEnrol={(course) => void signUp(course)} />
        ))}
        {list.hasMore && (
          <View className='state-view' onClick={() => void list.loadMore()}>
            <Text className='state-view__text'>{list.loadingMore ? '加载中…' : list.moreError ?? '上拉或点此加载更多'}</Text>
          </View>
        )}
      </StateView>
    </View>
  )
}
