import Taro from '@tarojs/taro'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../api/token'
import { ROUTES } from '../routes'
import { openAt, tapButton, type } from '../test/dom'
import { applyForBooth, recruiter, registeredCode, runningFair, student } from '../test/people'
import { useRealBff } from '../test/real-bff'
import OrganiserEventManagePage from './event-manage/index'
import OrganiserEventScanPage from './event-scan/index'
import OrganiserEventsPage from './events/index'

const bff = useRealBff()

// Decision 095 let an industry organisation (行业组织, a 单位 account) run the events it organises; its pages had no
// test of their own (decision 101).
describe('活动管理 of an industry organisation running its own event, against the real BFF', () => {
  it('lists its event, approves a booth, checks a student in at the desk and shows the venue code; another organisation approves nothing', async () => {
    const association = await bff.make('createEnterprise', { kind: 'industry_org', name: '淄博市装备制造行业协会' })
    const staff = await bff.tokenFor((await bff.make('createMember', association)).user)
    const event = await runningFair(staff, '装备行业产教对接会')
    const { token: firm } = await recruiter(bff, '淄博协会参展机械有限公司')
    const booth = await applyForBooth(firm, event.id)
    await applyForBooth((await recruiter(bff, '淄博协会待审参展有限公司')).token, event.id)
    const code = await registeredCode(await student(bff, '周同学'), event.id)

    // 活动管理: the association's own event, with the way to its booths and its desk.
    setToken(staff)
    const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<OrganiserEventsPage />)
    expect(await screen.findByText('装备行业产教对接会')).toBeInTheDocument()
    tapButton('展位与看板')
    expect(navigate).toHaveBeenCalledWith({ url: `${ROUTES.organiserEventManage}?id=${encodeURIComponent(event.id)}` })
    cleanup()

    // 展位与看板: approving the exhibitor's booth with its zone and number.
    openAt(`id=${event.id}`)
    render(<OrganiserEventManagePage />)
    expect(await screen.findByText('展位申请（待审核 2）')).toBeInTheDocument()
    expect(screen.getByText('淄博协会参展机械有限公司')).toBeInTheDocument()
    type(`zone-${booth.id}`, '装备展区')
    type(`number-${booth.id}`, 'A-01')
    fireEvent.click(screen.getByText('淄博协会参展机械有限公司').closest('.booth-row')!.querySelector('.taro-button-core')!)
    expect(await screen.findByText('装备展区 · A-01 号展位 · 展出岗位 0 个')).toBeInTheDocument()
    expect(await screen.findByText('A-01 淄博协会参展机械有限公司')).toBeInTheDocument()
    cleanup()

    // 现场签到: the student's code at the desk, then the venue's rotating code.
    const desk = render(<OrganiserEventScanPage />)
    type('code', code)
    tapButton('提交学生签到码')
    expect(await screen.findByText('签到成功')).toBeInTheDocument()
    expect(screen.getByText('周同学')).toBeInTheDocument()
    fireEvent.click(screen.getByText('现场签到码'))
    await waitFor(() => expect(desk.container.querySelector('.venue-code')?.textContent).toMatch(/^\d{6}$/))
    cleanup()

    // Another industry organisation opening the same address: the dashboard is refused, the application still waiting
    // is not shown, nothing can be approved. The approved exhibitor is on the public event page anyway.
    const other = await bff.make('createEnterprise', { kind: 'industry_org', name: '淄博市另一行业协会' })
    setToken(await bff.tokenFor((await bff.make('createMember', other)).user))
    render(<OrganiserEventManagePage />)
    expect(await screen.findByText('您不是这场活动的主办方')).toBeInTheDocument()
    expect(screen.queryByText('淄博协会待审参展有限公司')).toBeNull()
    expect(screen.queryByText('通过并分配展位')).toBeNull()
    expect(screen.queryByText('签到')).toBeNull()
  })
})
