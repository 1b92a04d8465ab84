import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { fetchUnreadCount } from '../../api/inbox'
import { setToken } from '../../api/token'
import { startRealBff, type RealBff } from '../events/test-bff'
import InboxPage from './index'

let bff: RealBff
beforeAll(async () => { bff = await startRealBff() }, 120_000)
afterAll(() => bff.close())
afterEach(() => vi.restoreAllMocks())

describe('消息', () => {
  it('shows the cancellation notice unread; opening it marks it read and opens the event page', async () => {
    const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    setToken(bff.newcomer)
    const { container } = render(<InboxPage />)
    await screen.findByText('活动已取消', {}, { timeout: 10_000 })
    expect(screen.getByText('1条未读')).toBeInTheDocument()
    expect(screen.getByText('很抱歉，您报名的「已取消的成果路演」已取消。')).toBeInTheDocument()
    fireEvent.click(container.querySelector('.inbox-item--unread')!)
    expect(navigate).toHaveBeenCalledWith({ url: `/pages/events/detail?id=${bff.cancelled}` })
    expect(container.querySelector('.inbox-item--unread')).toBeNull()
    await waitFor(async () => expect(await fetchUnreadCount()).toBe(0), { timeout: 10_000 })
  }, 30_000)
})
