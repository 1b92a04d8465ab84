import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { cancelEnrolment, fetchMyEnrolments } from '../../api/trainings'
import { goOffline } from '../../test/offline'
import { showAgain } from '../../test/page-events'
import { student } from '../../test/people'
import { useRealBff } from '../../test/real-bff'
import TrainingPage from './index'

const bff = useRealBff()

/** The course's cards: the list's, and 为你推荐's when the student's chain brings it there too. */
const cardsOf = (title: string) => screen.getAllByText(title).map((el) => el.closest('.course-card') as HTMLElement)

describe('培训 tab against the real BFF', () => {
  it('turns the card into 已报名 with one seat fewer as soon as the enrolment is made, and a second tap asks nothing', async () => {
    await bff.make('createCourse', { title: '工业机器人运维速成班', seatsPerSession: 40, fee: 800 })
    setToken(await student(bff, '报名同学'))
    render(<TrainingPage />)
    // The course shows in the menu and, where recommended, in 为你推荐 as well.
    await screen.findAllByText('工业机器人运维速成班')
    for (const card of cardsOf('工业机器人运维速成班')) expect(card.textContent).toContain('剩余名额 40/40')

    const showModal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    fireEvent.click(screen.getAllByText('报名', { selector: '.taro-button-core' }).find((b) => cardsOf('工业机器人运维速成班')[0]!.contains(b))!)
    await waitFor(() => expect(cardsOf('工业机器人运维速成班')[0]!.textContent).toContain('已报名'))
    for (const card of cardsOf('工业机器人运维速成班')) expect(card.textContent).toMatch(/剩余名额 39\/40.*已报名/)
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('费用800元/人') }))

    fireEvent.click(screen.getAllByText('已报名', { selector: '.taro-button-core' })[0]!)
    expect(showModal).toHaveBeenCalledTimes(1)
    showModal.mockRestore()
  })

  // Decision 102: back from 我的培训's 取消报名, the tab still said 已报名 (disabled) and the seat stayed taken, so the
  // student could not enrol again without restarting the app.
  it('offers 报名 again, with the seat back, when shown after the enrolment was cancelled in 我的培训', async () => {
    await bff.make('createCourse', { title: '电工上岗证培训班', seatsPerSession: 30 })
    setToken(await student(bff, '退课同学'))
    render(<TrainingPage />)
    await screen.findAllByText('电工上岗证培训班')
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    fireEvent.click(screen.getAllByText('报名', { selector: '.taro-button-core' }).find((b) => cardsOf('电工上岗证培训班')[0]!.contains(b))!)
    await waitFor(() => expect(cardsOf('电工上岗证培训班')[0]!.textContent).toMatch(/剩余名额 29\/30.*已报名/))
    modal.mockRestore()

    // 我的 → 我的培训 → 取消报名 (that page's own call), then back to the tab.
    await cancelEnrolment((await fetchMyEnrolments()).items.find((e) => e.course.title === '电工上岗证培训班')!.id)
    showAgain()
    await waitFor(() => {
      for (const card of cardsOf('电工上岗证培训班')) expect(card.textContent).toMatch(/剩余名额 30\/30报名$/)
    })
  })

  it("filters through the jobs tab's dropdowns (产业链 ▾ 城市 ▾ 形式 ▾), not rows of chips", async () => {
    await bff.make('createCourse', { title: '数控编程线上课' })
    const { container } = render(<TrainingPage />)
    await screen.findAllByText('数控编程线上课')
    // Decision 046: one row of tabs and no chip on the page until a tab is opened.
    expect([...container.querySelectorAll('.dropdowns__tab-text')].map((el) => el.textContent)).toEqual(['产业链', '城市', '形式'])
    expect(container.querySelectorAll('.chain-chip')).toHaveLength(0)
    fireEvent.click(screen.getByText('城市', { selector: '.dropdowns__tab-text' }))
    // The cities are reference data that may arrive after the list: wait for them rather than race them.
    await waitFor(() => expect([...container.querySelectorAll('.dropdowns__panel .chain-chip')].map((el) => el.textContent)).toContain('淄博市'))
    fireEvent.click(screen.getAllByText('淄博市').find((el) => el.closest('.dropdowns__panel'))!)
    expect(await screen.findByText('淄博市', { selector: '.dropdowns__tab-text' })).toBeInTheDocument()
    expect(container.querySelector('.dropdowns__panel')).toBeNull()
    // The course is given in 淄博 (the factory's city), so it stays listed.
    expect(await screen.findByText('数控编程线上课')).toBeInTheDocument()
  })

  // Decision 051: a course that had started still offered 报名 (and the BFF took it).
  it('shows 报名已截止, disabled, on a course that has started, and 报名 on one starting later', async () => {
    await bff.make('createCourse', { title: '已开课的焊接实训班', startDate: new Date(Date.now() - 86_400_000) })
    await bff.make('createCourse', { title: '下月开课的焊接实训班', startDate: new Date(Date.now() + 30 * 86_400_000) })
    setToken(await student(bff, '晚来同学'))
    render(<TrainingPage />)
    await screen.findAllByText('已开课的焊接实训班')
    for (const card of cardsOf('已开课的焊接实训班')) {
      expect(card.textContent).toContain('已开课')
      const button = card.querySelector('.taro-button-core')!
      expect(button.textContent).toBe('报名已截止')
      expect(button.hasAttribute('disabled')).toBe(true)
    }
    for (const card of cardsOf('下月开课的焊接实训班')) expect(card.querySelector('.taro-button-core')!.textContent).toBe('报名')
  })

  // Decision 106: shown again (back from 我的, or its tab tapped), the tab blanked to 加载中 until the courses came back
  // (over 30 s in one CI run), and a refresh that failed put its error in the courses' place.
  describe('shown again', () => {
    const listed = () => screen.queryAllByText('焊工技能提升班').length > 0

    it('keeps the courses on screen while it reloads them, saying so', async () => {
      await bff.make('createCourse', { title: '焊工技能提升班' })
      render(<TrainingPage />)
      await screen.findAllByText('焊工技能提升班')
      showAgain()
      // The request is on its way (nothing answers within act): the courses stay, with the line, and no 加载中.
      expect(listed()).toBe(true)
      expect(screen.queryByText('加载中…')).toBeNull()
      expect(screen.getByText('正在刷新…').closest('[role="status"]')).toHaveAttribute('aria-busy', 'true')
      await waitFor(() => expect(screen.queryByText('正在刷新…')).toBeNull())
      expect(listed()).toBe(true)
    })

    it('keeps the courses when the reload fails, says so with 重试, and 重试 brings the notice away', async () => {
      await bff.make('createCourse', { title: '焊工技能提升班' })
      render(<TrainingPage />)
      await screen.findAllByText('焊工技能提升班')
      const online = await goOffline()
      try {
        showAgain()
        const notice = await screen.findByText('刷新失败：网络连接失败，请检查网络后重试。下面是上次加载的内容')
        expect(notice.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite')
        expect(listed()).toBe(true)
        expect(screen.queryByRole('alert')).toBeNull()
      } finally {
        await online()
      }
      fireEvent.click(screen.getByText('重试', { selector: '.taro-button-core' }))
      await waitFor(() => expect(screen.queryByText(/刷新失败/)).toBeNull())
      await waitFor(() => expect(screen.queryByText('正在刷新…')).toBeNull())
      expect(listed()).toBe(true)
    })

    it('still shows the error with 重试 in the list\'s place when the first load fails', async () => {
      await bff.make('createCourse', { title: '焊工技能提升班' })
      const online = await goOffline()
      try {
        render(<TrainingPage />)
        expect(await screen.findByRole('alert')).toHaveTextContent('网络连接失败，请检查网络后重试')
        expect(screen.queryByText(/刷新失败/)).toBeNull()
      } finally {
        await online()
      }
      fireEvent.click(screen.getByText('重试', { selector: '.taro-button-core' }))
      await screen.findAllByText('焊工技能提升班')
    })
  })
})
