import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { tapButton } from '../../test/dom'
import { recordRequests, useRealBff } from '../../test/real-bff'
import { ROUTES } from '../../routes'
import SchedulePage from './schedule'

const bff = useRealBff('fair')

describe('我的日程', () => {
  it('warns on both of two overlapping sessions, naming the other, from the real BFF', async () => {
    setToken(bff.planner)
    const { container } = render(<SchedulePage />)
    await screen.findByText('有2项日程时间冲突，请调整后再出发。')
    const warning = (title: string) => container.querySelector(`[data-title="${title}"] .overlap-warning`)?.textContent
    expect(warning('链主企业宣讲')).toBe('与「简历诊断工作坊」时间冲突')
    expect(warning('简历诊断工作坊')).toBe('与「链主企业宣讲」时间冲突')
    expect(container.querySelector('[data-title="链主企业宣讲"]')?.textContent).toContain('10:00–11:00 · 报告厅')
  })

  it('removes an entry only after confirmation; the warning goes with it', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' }).mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    setToken(bff.planner)
    const { container } = render(<SchedulePage />)
    await screen.findByText('有2项日程时间冲突，请调整后再出发。')
    const removeClinic = () => fireEvent.click(container.querySelector('[data-title="简历诊断工作坊"] .taro-button-core')!)
    removeClinic()
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(container.querySelector('[data-title="简历诊断工作坊"]')).not.toBeNull()
    removeClinic()
    await waitFor(() => expect(container.querySelector('[data-title="简历诊断工作坊"]')).toBeNull())
    expect(container.querySelector('.overlap-warning')).toBeNull()
    expect(container.querySelector('[data-title="链主企业宣讲"]')).not.toBeNull()
  })

  it('asks the BFF once for the whole schedule across fairs', async () => {
    const paths = recordRequests()
    setToken(bff.planner)
    render(<SchedulePage />)
    await screen.findByText('链主企业宣讲')
    expect(paths).toEqual(['GET /api/events/schedule/mine'])
  })

  it('shows a booked interview slot with 取消预约 and gives it back after a confirmation naming its time', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    setToken(bff.interviewee)
    const { container } = render(<SchedulePage />)
    const title = '面试：潍柴动力股份有限公司'
    await screen.findByText(title)
    const item = () => container.querySelector(`[data-title="${title}"]`)
    expect(item()?.textContent).toContain('14:00–14:30 · 整机展区 A-08')
    tapButton('取消预约')
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0]![0]).toMatchObject({ title: '取消面试预约', content: expect.stringMatching(/14:00–14:30「面试：潍柴动力股份有限公司」/) })
    await screen.findByText('日程还是空的')
  })

  it('shows the interview an enterprise invited me to outside any event, leading to 我的投递, with nothing to cancel here', async () => {
    const navigate = vi.spyOn(Taro, 'navigateTo')
    setToken(bff.invited)
    const { container } = render(<SchedulePage />)
    await screen.findByText('面试：装配钳工')
    const item = container.querySelector('[data-title="面试：装配钳工"]')
    expect(item?.textContent).toContain('12:00 · 潍柴动力人力资源部')
    expect(item?.querySelector('.taro-button-core')).toBeNull()
    fireEvent.click(screen.getByText('企业面试邀请 · 我的投递 ›'))
    expect(navigate).toHaveBeenCalledWith({ url: ROUTES.applications })
  })
})
