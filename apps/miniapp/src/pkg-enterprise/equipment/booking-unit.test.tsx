import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { BookingListSchema } from '@zhilian/shared/contracts/equipment'
import { describe, expect, it } from 'vitest'
import { request } from '../../api/request'
import { setToken } from '../../api/token'
import { tapChip, typeTextarea } from '../../test/dom'
import { as } from '../../test/people'
import { useRealBff } from '../../test/real-bff'
import EnterpriseEquipmentPage from './index'

// Its own database: the slot the sheet offers first is free here.
const bff = useRealBff('matching')

describe('预约单位 for a member of several units, against the real BFF (decision 095)', () => {
  it('asks which unit books under the chips, and books for the picked one', async () => {
    const a = await bff.make('createEnterprise', { name: '淄博双约甲有限公司' })
    const b = await bff.make('createEnterprise', { name: '淄博双约乙有限公司' })
    const { user } = await bff.make('createMember', a)
    await bff.make('addMembership', user.id, b)
    const token = await bff.tokenFor(user)

    setToken(token)
    render(<EnterpriseEquipmentPage />)
    const card = (await screen.findByText(bff.equipmentName)).closest('.equipment-card') as HTMLElement
    fireEvent.click(within(card).getByText('预约'))
    const sheet = await screen.findByRole('dialog', { name: '预约设备' })
    // Before: no chooser; the request went to the first unit the database returned.
    expect(await within(sheet).findByText('预约单位')).toBeInTheDocument()
    await typeTextarea(sheet, '双单位样件试切')
    fireEvent.click(within(sheet).getByText('提交预约'))
    expect(await within(sheet).findByText('您属于多家单位，请选择以哪家单位预约设备')).toBeInTheDocument()
    tapChip('淄博双约乙有限公司')
    fireEvent.click(within(sheet).getByText('提交预约'))
    await waitFor(async () => {
      const mine = await as(token, () => request('GET', '/api/equipment/bookings', { schema: BookingListSchema }))
      expect(mine.items.map((x) => x.enterpriseName)).toEqual(['淄博双约乙有限公司'])
    })
  })
})
