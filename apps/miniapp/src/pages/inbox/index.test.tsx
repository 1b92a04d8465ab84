import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fetchUnreadCount } from '../../api/inbox'
import { setToken } from '../../api/token'
import { useRealBff } from '../../test/real-bff'
import InboxPage from './index'

const bff = useRealBff('fair')

describe('消息', () => {
  it('shows the cancellation notice unread; opening it marks it read and opens the event page', async () => {
    const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    setToken(bff.newcomer)
    const { container } = render(<InboxPage />)
    await screen.findByText('活动已取消')
    expect(screen.getByText('1条未读')).toBeInTheDocument()
    expect(screen.getByText('很抱歉，您报名的「已取消的成果路演」已取消。')).toBeInTheDocument()
    fireEvent.click(container.querySelector('.inbox-item--unread')!)
    expect(navigate).toHaveBeenCalledWith({ url: `/pages/events/detail?id=${bff.cancelled}` })
    expect(container.querySelector('.inbox-item--unread')).toBeNull()
    await waitFor(async () => expect(await fetchUnreadCount()).toBe(0))
  })
})
