import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import EventDetailPage from './detail'
import { startRealBff, type RealBff } from './test-bff'

let bff: RealBff
beforeAll(async () => { bff = await startRealBff() }, 120_000)
afterAll(() => bff.close())
afterEach(() => vi.restoreAllMocks())

function openPage(eventId: string, token: string) {
  setToken(token)
  window.history.replaceState(null, '', `/?id=${eventId}`)
  return render(<EventDetailPage />)
}

const subscribeReady = () => waitFor(() => expect(document.querySelector('.subscribe-btn[data-ready="true"]')).not.toBeNull(), { timeout: 10_000 })

describe('event detail', () => {
  it('asks WeChat for consent first thing in the tap, then records the accepted templates', async () => {
    const calls: string[] = []
    const request = Taro.request
    vi.spyOn(Taro, 'request').mockImplementation(((options: Taro.request.Option) => {
      calls.push(`${options.method ?? 'GET'} ${new URL(options.url).pathname}`)
      return request(options)
    }) as typeof Taro.request)
    const asked: string[][] = []
    vi.spyOn(Taro, 'requestSubscribeMessage').mockImplementation(((options: { tmplIds: string[] }) => {
      calls.push('requestSubscribeMessage')
      asked.push(options.tmplIds)
      return Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', [options.tmplIds[0]!]: 'accept', [options.tmplIds[1]!]: 'reject' })
    }) as unknown as typeof Taro.requestSubscribeMessage)

    openPage(bff.fair, bff.planner)
    await screen.findByText('链主企业宣讲', {}, { timeout: 10_000 })
    // The template ids arrive with the page, before any tap.
    await subscribeReady()
    const before = calls.length
    fireEvent.click(screen.getByText('订阅提醒', { selector: '.taro-button-core' }))
    expect(calls.slice(before)).toEqual(['requestSubscribeMessage'])
    expect(asked[0]).toEqual(['TPL_EVENT_STARTING', 'TPL_SESSION_STARTING', 'TPL_INTERVIEW_INVITATION'])
    await screen.findByText(/已订阅1项提醒/, {}, { timeout: 10_000 })
    expect(calls.slice(before)).toEqual(['requestSubscribeMessage', 'POST /api/subscriptions'])
  })

  it('on H5, where WeChat consent does not exist, says reminders arrive in 消息 without an error', async () => {
    openPage(bff.fair, bff.planner)
    await screen.findByText('链主企业宣讲', {}, { timeout: 10_000 })
    await subscribeReady()
    fireEvent.click(screen.getByText('订阅提醒', { selector: '.taro-button-core' }))
    await screen.findByText(/提醒会发送到「消息」/, {}, { timeout: 10_000 })
  })

  it('shows agenda with rooms, booths, and registers a new student up to the capacity', async () => {
    const { container } = openPage(bff.fair, bff.newcomer)
    await screen.findByText('简历诊断工作坊', {}, { timeout: 10_000 })
    expect(container.querySelector('[data-session="链主企业宣讲"]')?.textContent).toMatch(/10:00–11:00 · 报告厅 · 宣讲主讲：人力资源总监/)
    fireEvent.click(await screen.findByText('报名参加', {}, { timeout: 10_000 }))
    await screen.findByText('已报名 · 取消报名', {}, { timeout: 10_000 })
    expect(screen.getByText('签到')).toBeInTheDocument()
    expect(container.textContent).toContain('已报名2人 / 限2人')
  })

  it('shows a cancelled event as cancelled, without registration or reminders', async () => {
    openPage(bff.cancelled, bff.newcomer)
    await screen.findByText('本场活动已取消，报名和提醒均已停止。', {}, { timeout: 10_000 })
    expect(screen.queryByText('订阅提醒')).toBeNull()
    expect(screen.getByText('活动已取消', { selector: '.taro-button-core' })).toBeInTheDocument()
  })
})
