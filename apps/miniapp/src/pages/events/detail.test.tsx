import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { openAt, tapButton } from '../../test/dom'
import { answerSubscribeDialog, recordRequests, useRealBff } from '../../test/real-bff'
import EventDetailPage from './detail'

const bff = useRealBff('fair')

function openPage(eventId: string, token: string) {
  setToken(token)
  openAt(`id=${eventId}`)
  return render(<EventDetailPage />)
}

const subscribeReady = () => waitFor(() => expect(document.querySelector('.subscribe-btn[data-ready="true"]')).not.toBeNull())

describe('event detail', () => {
  it('asks WeChat for consent first thing in the tap, then records the accepted templates', async () => {
    const calls = recordRequests()
    const asked = answerSubscribeDialog(calls)

    openPage(bff.fair, bff.planner)
    await screen.findByText('链主企业宣讲')
    // The template ids arrive with the page, before any tap.
    await subscribeReady()
    const before = calls.length
    tapButton('订阅提醒')
    expect(calls.slice(before)).toEqual(['requestSubscribeMessage'])
    expect(asked[0]).toEqual(['TPL_EVENT_STARTING', 'TPL_SESSION_STARTING', 'TPL_INTERVIEW_INVITATION'])
    await screen.findByText(/已订阅1项提醒/)
    expect(calls.slice(before)).toEqual(['requestSubscribeMessage', 'POST /api/subscriptions'])
  })

  it('on H5, where WeChat consent does not exist, says reminders arrive in 消息 without an error, in a toast too', async () => {
    const toast = vi.spyOn(Taro, 'showToast')
    openPage(bff.fair, bff.planner)
    await screen.findByText('链主企业宣讲')
    await subscribeReady()
    tapButton('订阅提醒')
    await screen.findByText(/提醒会发送到「消息」/)
    // The note under the button lies behind the fixed 报名参加 bar until scrolled; the toast is in sight (decision 073).
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '提醒会发送到「消息」' }))
  })

  it('shows agenda with rooms, booths, and registers a new student up to the capacity', async () => {
    const { container } = openPage(bff.fair, bff.newcomer)
    await screen.findByText('简历诊断工作坊')
    expect(container.querySelector('[data-session="链主企业宣讲"]')?.textContent).toMatch(/10:00–11:00 · 报告厅 · 宣讲主讲：人力资源总监/)
    // Slots are shown before registering, but booking waits for it.
    await screen.findByText('报名后可预约现场面试')
    expect(screen.queryByText('预约面试', { selector: '.taro-button-core' })).toBeNull()
    fireEvent.click(await screen.findByText('报名参加'))
    await screen.findByText('已报名 · 取消报名')
    await waitFor(() => expect(screen.getAllByText('预约面试', { selector: '.taro-button-core' })).toHaveLength(2))
    expect(screen.getByText('签到')).toBeInTheDocument()
    expect(container.textContent).toContain('已报名3人 / 限3人')
  })

  it('shows a cancelled event as cancelled, without registration or reminders', async () => {
    openPage(bff.cancelled, bff.newcomer)
    await screen.findByText('本场活动已取消，报名和提醒均已停止。')
    expect(screen.queryByText('订阅提醒')).toBeNull()
    expect(screen.getByText('活动已取消', { selector: '.taro-button-core' })).toBeInTheDocument()
  })

  it('books an interview slot after a confirmation naming its time, with the overlap warning from the server', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const { container } = openPage(bff.fair, bff.planner)
    const slot = (id: string) => container.querySelector(`[data-slot="${id}"]`)
    await waitFor(() => expect(slot(bff.slots.clash)?.textContent).toContain('10:15–10:45预约面试'))
    expect(container.querySelector('[data-booth="潍柴动力股份有限公司"]')?.textContent).toContain('整机展区 A-08')
    expect(slot(bff.slots.taken)?.textContent).toContain('已约满')

    fireEvent.click(slot(bff.slots.clash)!.querySelector('.taro-button-core')!)
    await waitFor(() => expect(slot(bff.slots.clash)?.textContent).toContain('已预约'))
    expect(modal.mock.calls[0]![0]).toMatchObject({ title: '预约面试', content: expect.stringMatching(/潍柴动力股份有限公司（整机展区 A-08），.*10:15–10:45/) })
    const warning = slot(bff.slots.clash)?.querySelector('.overlap-warning')?.textContent ?? ''
    expect(warning).toMatch(/^与.*时间冲突$/)
    expect(warning).toContain('「链主企业宣讲」')
    expect(warning).toContain('「简历诊断工作坊」')
  })

  it('explains a slot someone else booked first, and then shows it as full', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const { container } = openPage(bff.fair, bff.planner)
    const slot = () => container.querySelector(`[data-slot="${bff.slots.spare}"]`)
    await waitFor(() => expect(slot()?.textContent).toContain('预约面试'))
    // Another student takes it while this page is open.
    const taken = await fetch(`${bff.origin}/api/events/${bff.fair}/schedule`, {
      method: 'POST', headers: { authorization: `Bearer ${bff.newcomer}`, 'content-type': 'application/json' }, body: JSON.stringify({ interviewSlotId: bff.slots.spare }),
    })
    expect(taken.status).toBe(201)
    fireEvent.click(slot()!.querySelector('.taro-button-core')!)
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(2))
    expect(modal.mock.calls[1]![0]).toMatchObject({ title: '无法预约', content: '该面试时段已被预约' })
    await waitFor(() => expect(slot()?.textContent).toContain('已约满'))
  })
})
