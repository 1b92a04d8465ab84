import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { describe, expect, it, vi } from 'vitest'
import { bookEquipment, fetchBookings } from '../../api/equipment'
import { setToken } from '../../api/token'
import { typeTextarea } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import EquipmentBookingsPage from './index'

const bff = useRealBff('matching')

/** jsdom cannot tap a native modal: answer it as the college would, counting calls from here on. */
const answer = (confirm: boolean) => vi.spyOn(Taro, 'showModal').mockClear().mockResolvedValue({ confirm, cancel: !confirm, errMsg: 'showModal:ok' })

describe('设备预约审批 against the real BFF', () => {
  it('shows the waiting request and approves it after confirmation', async () => {
    setToken(bff.college)
    render(<EquipmentBookingsPage />)
    const card = (await screen.findByText(`预约企业：${bff.rivalName}`)).closest('.booking-card') as HTMLElement
    expect(card.textContent).toContain(bff.equipmentName)
    expect(card.textContent).toMatch(/时段：\d{1,2}月\d{1,2}日 14:00–16:00/)
    expect(card.textContent).toContain('使用目的：叶轮样件试切')
    expect(within(card).getByText('待院校确认')).toBeInTheDocument()

    // Cancelling the confirmation changes nothing.
    const cancel = answer(false)
    fireEvent.click(within(card).getByText('通过'))
    await vi.waitFor(() => expect(cancel).toHaveBeenCalled())
    expect(within(card).getByText('待院校确认')).toBeInTheDocument()

    const ok = answer(true)
    fireEvent.click(within(card).getByText('通过'))
    expect(await within(card).findByText('已通过')).toBeInTheDocument()
    expect(ok).toHaveBeenLastCalledWith(expect.objectContaining({ title: '确认通过' }))
    expect(within(card).queryByText('拒绝')).toBeNull()
  })

  it('keeps the decision after a reload, under 全部', async () => {
    setToken(bff.college)
    render(<EquipmentBookingsPage />)
    expect(await screen.findByText('没有待处理的预约')).toBeInTheDocument()
    fireEvent.click(screen.getByText('全部'))
    const card = (await screen.findByText(`预约企业：${bff.rivalName}`)).closest('.booking-card') as HTMLElement
    expect(within(card).getByText('已通过')).toBeInTheDocument()
  })

  it('declines only with a reason and a confirmation; the enterprise reads the reason', async () => {
    setToken(bff.enterprise)
    const start = new Date(Date.now() + 5 * 86_400_000)
    const request = await bookEquipment(bff.equipmentId, { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(), purpose: '检测夹具试装' })
    setToken(bff.college)
    render(<EquipmentBookingsPage />)
    const card = (await screen.findByText('使用目的：检测夹具试装')).closest('.booking-card') as HTMLElement
    fireEvent.click(within(card).getByText('拒绝'))
    const modal = answer(true)
    fireEvent.click(within(card).getByText('确认拒绝'))
    expect(await within(card).findByText('请填写拒绝理由，企业将看到')).toBeInTheDocument()
    expect(modal).not.toHaveBeenCalled()

    await typeTextarea(card, '当天设备检修')
    fireEvent.click(within(card).getByText('确认拒绝'))
    expect(await within(card).findByText('未通过')).toBeInTheDocument()
    expect(modal).toHaveBeenLastCalledWith(expect.objectContaining({ title: '确认拒绝' }))
    expect(card.textContent).toContain('说明：当天设备检修')

    setToken(bff.enterprise)
    const mine = await fetchBookings()
    expect(mine.items.find((b) => b.id === request.id)).toMatchObject({ status: 'rejected', note: '当天设备检修' })
  })
})
