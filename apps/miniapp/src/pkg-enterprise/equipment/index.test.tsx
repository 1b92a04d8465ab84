import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setToken } from '../../api/token'
import { typeTextarea } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import EnterpriseEquipmentPage from './index'

const bff = useRealBff('matching')


async function requestDefaultSlot(purpose: string) {
  const card = (await screen.findByText(bff.equipmentName)).closest('.equipment-card') as HTMLElement
  fireEvent.click(within(card).getByText('预约'))
  const sheet = await screen.findByRole('dialog', { name: '预约设备' })
  await typeTextarea(sheet, purpose)
  fireEvent.click(within(sheet).getByText('提交预约'))
  return sheet
}

describe('共享设备 against the real BFF', () => {
  it('shows open equipment with its terms, books a slot, and sees the request waiting for the college', async () => {
    setToken(bff.enterprise)
    render(<EnterpriseEquipmentPage />)
    const card = (await screen.findByText(bff.equipmentName)).closest('.equipment-card') as HTMLElement
    expect(card.textContent).toContain(bff.collegeName)
    expect(card.textContent).toContain('无偿')
    expect(card.textContent).toContain('开放时间：工作日 8:30-17:00')
    expect(card.textContent).toContain('型号 DMU 50 · 2 台（套）')

    await requestDefaultSlot('新产品叶轮样件试切')
    // Booked: the page moves to 我的预约, where the request waits for the college.
    const mine = (await screen.findByText('待院校确认')).closest('.equipment-card') as HTMLElement
    expect(mine.textContent).toContain(bff.equipmentName)
    expect(mine.textContent).toMatch(/\d{1,2}月\d{1,2}日 09:00–12:00/)
    expect(mine.textContent).toContain('备注：新产品叶轮样件试切')
  })

  it('shows the BFF\'s overlap message beside the time when the slot is already booked', async () => {
    setToken(bff.rival)
    render(<EnterpriseEquipmentPage />)
    const sheet = await requestDefaultSlot('同一时段再约一次')
    expect(await within(sheet).findByText('该设备在所选时段已被预约，请选择其他时间')).toBeInTheDocument()
    // Still on the sheet, so another time can be picked.
    expect(within(sheet).getByText('提交预约')).toBeInTheDocument()
  })
})
