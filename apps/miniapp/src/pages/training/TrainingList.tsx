import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { DeliveryMode } from '@zhilian/shared/contracts/enums'
import type { TrainingCourse } from '@zhilian/shared/contracts/trainings'
import { hasCourseStarted } from '@zhilian/shared/rules/deadlines'
import { useMemo, useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { fetchCities } from '../../api/jobs'
import { fetchChains } from '../../api/reference'
import { fetchCourseRecommendations } from '../../api/recommendations'
import { getToken } from '../../api/token'
import { enrol, fetchMyEnrolments, fetchTrainings, type TrainingFilters } from '../../api/trainings'
import { chainDropdown, cityDropdown, type Dropdown } from '../../components/DropdownFilters'
import { ListingPage } from '../../components/ListingPage'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { beijingDate } from '../../lib/beijing-time'
import { LoadMore } from '../../components/LoadMore'
import '../../styles/kit/sheet.css'
import '../../styles/kit/item-card.css'

type Format = keyof typeof DeliveryMode.labels
const FORMAT_OPTIONS = [{ value: undefined, label: '不限' }, ...(Object.keys(DeliveryMode.labels) as Format[]).map((v) => ({ value: v, label: DeliveryMode.labels[v] }))]

function CourseCard({ course, reasons, enrolled, onEnrol }: { course: TrainingCourse; reasons?: string[]; enrolled: boolean; onEnrol: (c: TrainingCourse) => void }) {
  // The BFF refuses enrolment from the start date on (decision 051); the card says so instead of offering 报名.
  const started = hasCourseStarted(course.startDate)
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
        {course.startDate ? ` · ${beijingDate(course.startDate)}${started ? '已开课' : '开课'}` : ''}
      </Text>
      <Text className='sheet__text'>{course.content}</Text>
      {reasons && reasons.length > 0 && <Text className='job-card__why'>推荐理由：{reasons.join('；')}</Text>}
      <View className='job-card__head'>
        <Text className='muted'>{course.seatsLeft > 0 ? `剩余名额 ${course.seatsLeft}/${course.capacity}` : '名额已满'}</Text>
        {enrolled ? (
          <Button className='btn btn--ghost btn--small' disabled>已报名</Button>
        ) : started ? (
          <Button className='btn btn--ghost btn--small' disabled>报名已截止</Button>
        ) : (
          <Button className='btn btn--primary btn--small' disabled={course.seatsLeft <= 0} onClick={() => onEnrol(course)}>
            报名
          </Button>
        )}
      </View>
    </View>
  )
}

/** The 培训 tab (菜单式培训): 产业链 ▾ 城市 ▾ 形式 ▾, courses recommended to a signed-in student, the courses on offer, 报名. */
export function TrainingList() {
  const [chainId, setChainId] = useState<string>()
  const [cityCode, setCityCode] = useState<string>()
  const [format, setFormat] = useState<Format>()
  const chains = useRemote(fetchChains)
  const cities = useRemote(fetchCities)
  const recommended = useRemote(() => fetchCourseRecommendations(3), { enabled: getToken() !== null })
  const filters: TrainingFilters = useMemo(() => ({ chainId, cityCode, format }), [chainId, cityCode, format])
  const mine = useRemote(fetchMyEnrolments, { enabled: getToken() !== null })
  // Courses enrolled on this page, as the BFF returned them (its seat count): the card changes at once, not on reload.
  const [joined, setJoined] = useState<Record<string, TrainingCourse>>({})
  // The tab stays open while 我的培训 cancels an enrolment: shown again (or pulled down) it reads the seats and the
  // student's enrolments afresh, or the card kept 已报名 and the seat taken (decision 102).
  const list = usePagedPage((cursor) => fetchTrainings(filters, cursor), {
    reloadKey: JSON.stringify(filters),
    refreshOnShow: true,
    // 已报名 from this page's taps is dropped only once the fresh enrolments have arrived, so it does not blink.
    afterRefresh: async () => {
      if (getToken() !== null) await Promise.all([mine.reload(), recommended.reload()])
      setJoined({})
    },
  })
  const enrolled = new Set([...(mine.data?.items.map((e) => e.course.id) ?? []), ...Object.keys(joined)])
  const shown = (c: TrainingCourse) => joined[c.id] ?? c

  const signUp = async (course: TrainingCourse) => {
    if (!getToken()) return void Taro.navigateTo({ url: `${ROUTES.login}?redirect=${encodeURIComponent(ROUTES.training)}` })
    if (enrolled.has(course.id)) return
    const { confirm } = await Taro.showModal({ title: '报名培训', content: `确定报名「${course.title}」吗？${course.fee ? `费用${course.fee}元/人。` : ''}`, confirmText: '报名', cancelText: '取消' })
    if (!confirm) return
    try {
      const done = await enrol(course.id)
      setJoined((prev) => ({ ...prev, [course.id]: done.course }))
      void Taro.showToast({ title: '报名成功', icon: 'success' })
    } catch (e) {
      if (e instanceof ApiError && e.code === 'DUPLICATE') setJoined((prev) => ({ ...prev, [course.id]: course }))
      const message = e instanceof ApiError && e.code === 'CAPACITY_FULL' ? '名额已满，请关注其他课程' : e instanceof ApiError && e.code === 'DUPLICATE' ? '你已报名该课程' : errorMessage(e)
      void Taro.showModal({ title: '未能报名', content: message, showCancel: false })
    }
  }

  const dropdowns: Dropdown[] = [
    chainDropdown(chains.data, chainId, setChainId),
    cityDropdown(cities.data, cityCode, setCityCode),
    { key: 'format', label: '形式', groups: [{ options: FORMAT_OPTIONS, selected: format, onSelect: (v) => setFormat(v as Format | undefined) }] },
  ]
  const recs = recommended.data
  return (
    <ListingPage title='培训' subtitle='院校面向企业和学生开放的菜单式培训课程' dropdowns={dropdowns}>
      {recs && recs.items.length > 0 && (
        <View>
          <Text className='section-title'>为你推荐</Text>
          <Text className='muted' style={{ display: 'block', margin: '0 var(--space-3)', fontSize: 'var(--font-caption)' }}>{recs.notice}</Text>
          {recs.items.map((r) => (
            <CourseCard key={r.course.id} course={shown(r.course)} reasons={r.fit?.reasons} enrolled={enrolled.has(r.course.id)} onEnrol={(c) => void signUp(c)} />
          ))}
          <Text className='section-title'>全部课程</Text>
        </View>
      )}
      <StateView {...list.stateView} empty={list.items.length === 0} emptyText='暂无符合条件的培训课程'>
        {list.items.map((c) => (
          <CourseCard key={c.id} course={shown(c)} enrolled={enrolled.has(c.id)} onEnrol={(course) => void signUp(course)} />
        ))}
        <LoadMore list={list} />
      </StateView>
    </ListingPage>
  )
}
