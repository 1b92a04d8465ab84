import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { EventDetailSchema } from '@zhilian/shared/contracts/events'
import { OrganisedPageSchema } from '@zhilian/shared/contracts/event-manage'
import { describe, expect, it, vi } from 'vitest'
import { request } from '../../api/request'
import { setToken } from '../../api/token'
import { backArrow, openAt, tapButton, tapChip, type, unloadAsks } from '../../test/dom'
import { LEAVE_MESSAGE } from '../../lib/use-leave-guard'
import { collegeOrganiser } from '../../test/people'
import { useRealBff } from '../../test/real-bff'
import OrganiserEventEditPage from './index'

const bff = useRealBff()

describe('organiser event form against the real BFF', () => {
  it('shows the shared schema\'s check beside its field, creates the event, then adds an agenda session and removes it after confirming', async () => {
    setToken(await collegeOrganiser(bff))
    openAt('')
    render(<OrganiserEventEditPage />)
    tapButton('发布活动')
    expect(await screen.findByText('活动名称至少2个字')).toBeInTheDocument()
    // The exhibitors' window is every exhibiting unit's, not only enterprises' (decision 088).
    expect(screen.getByText(/^参展单位报名开始/)).toBeInTheDocument()
    expect(screen.getByText(/^参展单位报名截止/)).toBeInTheDocument()
    expect(document.body.textContent).not.toContain('企业报名')

    type('title', '智能制造产业链专场双选会')
    type('venue', '淄博职业学院体育馆')
    await screen.findByText('淄博市')
    tapChip('淄博市')
    tapChip('对接会')
    type('capacity', '300')
    tapButton('发布活动')
    expect(await screen.findByText('还没有议程')).toBeInTheDocument()
    expect(screen.getByText('保存修改')).toBeInTheDocument()

    type('sessionTitle', '链主企业宣讲')
    type('room', 'A厅')
    type('speakers', '张总、李经理')
    tapButton('添加议程')
    expect(await screen.findByText('链主企业宣讲')).toBeInTheDocument()
    expect(screen.getByText(/A厅 · 张总、李经理/)).toBeInTheDocument()

    // What the BFF now holds, read back the way any other page would.
    const id = (await request('GET', '/api/events/organised', { schema: OrganisedPageSchema })).items[0]!.id
    const saved = await request('GET', `/api/events/${id}`, { schema: EventDetailSchema })
    expect(saved).toMatchObject({ title: '智能制造产业链专场双选会', kind: 'matchmaking', cityCode: '370300', venue: '淄博职业学院体育馆', capacity: 300, status: 'published' })
    expect(saved.sessions.map((s) => [s.title, s.room, s.speakers])).toEqual([['链主企业宣讲', 'A厅', ['张总', '李经理']]])

    const showModal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    tapButton('删除')
    await waitFor(() => expect(screen.queryByText('链主企业宣讲')).not.toBeInTheDocument())
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除议程' }))
    expect((await request('GET', `/api/events/${id}`, { schema: EventDetailSchema })).sessions).toEqual([])

    tapButton('取消活动')
    expect(await screen.findByText('活动已取消，不能再修改。')).toBeInTheDocument()
    expect(showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: expect.stringContaining('所有已报名的学生和参展单位都会收到取消通知') }))
    expect((await request('GET', `/api/events/${id}`, { schema: EventDetailSchema })).status).toBe('cancelled')
  })

  // Decision 096 gave the event form the question before leaving; decision 101 gives it a test of its own.
  it('asks before leaving a typed event, 留下 keeps it, and once published leaving asks nothing', async () => {
    setToken(await collegeOrganiser(bff))
    openAt('')
    const back = backArrow()
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    const navigateBack = vi.spyOn(Taro, 'navigateBack')
    try {
      render(<OrganiserEventEditPage />)
      await screen.findByText('淄博市')
      expect(unloadAsks()).toBe(false)
      type('title', '离开前的专场双选会')
      fireEvent.click(back)
      await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
      expect(modal.mock.calls[0]![0]).toMatchObject({ content: LEAVE_MESSAGE, confirmText: '离开', cancelText: '留下' })
      expect(navigateBack).not.toHaveBeenCalled()
      expect((document.querySelector('input[name="title"]') as HTMLInputElement).value).toBe('离开前的专场双选会')
      expect(unloadAsks()).toBe(true)

      type('venue', '淄博职业学院体育馆')
      tapChip('淄博市')
      tapChip('对接会')
      type('capacity', '200')
      tapButton('发布活动')
      expect(await screen.findByText('还没有议程')).toBeInTheDocument()
      await waitFor(() => expect(unloadAsks()).toBe(false))
      fireEvent.click(back)
      expect(modal).toHaveBeenCalledTimes(1)
    } finally {
      back.remove()
    }
  })
})
