import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { BoothSchema } from '@zhilian/shared/contracts/events'
import { MyBoothSchema } from '@zhilian/shared/contracts/event-manage'
import { describe, expect, it, vi } from 'vitest'
import { request } from '../../api/request'
import { setToken } from '../../api/token'
// Test helpers only (never bundled): the real BFF in a child process and people acting through it.
import { openAt, tapButton, tapChip, type } from '../../test/dom'
import { as, collegeOrganiser, recruiter, registeredCode, runningFair, student } from '../../test/people'
import { useRealBff } from '../../test/real-bff'
import EnterpriseFairBoothPage from '../fair-booth/index'
import EnterpriseFairScanPage from '../fair-scan/index'
import EnterpriseFairsPage from './index'

const bff = useRealBff()

describe('参展单位 for a member of several exhibiting units, against the real BFF (decision 095)', () => {
  it('asks which unit exhibits, applies for the picked one, and its booth and scan pages act for it', async () => {
    const organiser = await collegeOrganiser(bff)
    const event = await runningFair(organiser, '双单位参展对接会')
    const a = await bff.make('createEnterprise', { name: '淄博双展甲有限公司' })
    const b = await bff.make('createEnterprise', { name: '淄博双展乙有限公司' })
    const { user } = await bff.make('createMember', a)
    await bff.make('addMembership', user.id, b)
    const token = await bff.tokenFor(user)

    setToken(token)
    openAt('')
    const showModal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const list = render(<EnterpriseFairsPage />)
    // Before: no chooser; the list and the booth were the first unit's the database returned.
    expect(await screen.findByText('您属于多家参展单位，请先选择以哪家单位参展')).toBeInTheDocument()
    expect(screen.queryByText('双单位参展对接会')).not.toBeInTheDocument()
    tapChip('淄博双展乙有限公司')
    expect(await screen.findByText('双单位参展对接会')).toBeInTheDocument()
    tapButton('申请展位')
    expect(await screen.findByText('待主办方审核', { selector: '.status-tag' })).toBeInTheDocument()
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('淄博双展乙有限公司') }))
    showModal.mockRestore()
    list.unmount()

    const boothOf = (orgId: string) => as(token, () => request('GET', `/api/events/${event.id}/booths/mine`, { query: { orgId }, schema: MyBoothSchema }))
    expect((await boothOf(a.id)).event.myBooth).toBeNull()
    const booth = (await boothOf(b.id)).event.myBooth!
    expect(booth.org.id).toBe(b.id)
    await as(organiser, () => request('POST', `/api/events/${event.id}/booths/${booth.id}/approve`, { body: { number: 'E-01', zone: '双展区' }, schema: BoothSchema }))

    setToken(token)
    openAt(`id=${event.id}&orgId=${b.id}`)
    const page = render(<EnterpriseFairBoothPage />)
    expect(await screen.findByText('展区：双展区 · 展位号：E-01')).toBeInTheDocument()
    page.unmount()

    const code = await registeredCode(await student(bff, '吴同学'), event.id)
    setToken(token)
    openAt(`id=${event.id}&orgId=${b.id}`)
    render(<EnterpriseFairScanPage />)
    type('code', code)
    tapButton('提交学生签到码')
    expect(await screen.findByText(/^已记录到访 · \d\d:\d\d$/)).toBeInTheDocument()
    expect((await boothOf(b.id)).visits).toHaveLength(1)
  })

  it('shows no chooser to a member of one unit', async () => {
    const organiser = await collegeOrganiser(bff)
    await runningFair(organiser, '单单位参展对接会')
    const { token } = await recruiter(bff, '淄博单展有限公司')
    setToken(token)
    openAt('')
    render(<EnterpriseFairsPage />)
    expect(await screen.findByText('单单位参展对接会')).toBeInTheDocument()
    expect(screen.queryByText('参展单位')).not.toBeInTheDocument()
  })
})
