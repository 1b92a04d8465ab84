import Taro from '@tarojs/taro'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { openAt, tapButton, type } from '../../test/dom'
import { applyForBooth, collegeOrganiser, recruiter, registeredCode, runningFair, student } from '../../test/people'
import { useRealBff } from '../../test/real-bff'
import { ROUTES } from '../../routes'
import OrganiserEventManagePage from './index'

const bff = useRealBff()

describe('organiser booths and dashboard against the real BFF', () => {
  it('approves an applied booth with its zone and number, and shows the registrations on the dashboard', async () => {
    const organiser = await collegeOrganiser(bff)
    const event = await runningFair(organiser, '先进材料产业链对接会')
    const { token } = await recruiter(bff, '淄博新材料科技有限公司')
    const booth = await applyForBooth(token, event.id)
    await registeredCode(await student(bff, '王同学'), event.id)

    setToken(organiser)
    openAt(`id=${event.id}`)
    render(<OrganiserEventManagePage />)
    expect(await screen.findByText('展位申请（待审核 1）')).toBeInTheDocument()
    expect(screen.getByText('淄博新材料科技有限公司')).toBeInTheDocument()
    expect(screen.getByText('待审核')).toBeInTheDocument()

    tapButton('通过并分配展位')
    expect(await screen.findByText('请填写展区')).toBeInTheDocument()
    type(`zone-${booth.id}`, '新材料展区')
    type(`number-${booth.id}`, 'B-12')
    tapButton('通过并分配展位')
    expect(await screen.findByText('新材料展区 · B-12 号展位 · 展出岗位 0 个')).toBeInTheDocument()
    expect(screen.getByText('展位申请（待审核 0）')).toBeInTheDocument()
    expect(screen.getByText('已通过', { selector: '.status-tag' })).toBeInTheDocument()

    // The dashboard, reloaded after the approval, lists the booth and counts the one registration.
    expect(await screen.findByText('B-12 淄博新材料科技有限公司')).toBeInTheDocument()
    const stat = (label: string) => screen.getByText(label, { selector: '.stat-card__label' }).previousSibling?.textContent
    expect(stat('报名')).toBe('1')
    expect(stat('签到')).toBe('0')
    expect(screen.getByText('还没有签到')).toBeInTheDocument()
    expect(screen.getByText('导出 Excel')).toBeInTheDocument()
  })

  // Decision 101 left it: opened by its address, the page showed 展位申请（待审核 0） over the dashboard's 「活动不存在或已下线」.
  it('tells a unit that does not organise the event who may see the page and where to go instead', async () => {
    const organiser = await collegeOrganiser(bff)
    const event = await runningFair(organiser, '智能装备产业链对接会')
    const { token } = await recruiter(bff, '淄博旁观机械有限公司')
    await applyForBooth((await recruiter(bff, '淄博待审参展有限公司')).token, event.id)

    setToken(token)
    openAt(`id=${event.id}`)
    const redirect = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    render(<OrganiserEventManagePage />)
    expect(await screen.findByText('您不是这场活动的主办方')).toBeInTheDocument()
    expect(screen.getByText(/^展位审核和数据看板只有主办单位「.+」的负责人、业务管理员及主管部门可以查看。$/)).toBeInTheDocument()
    expect(screen.queryByText(/展位申请/)).toBeNull()
    expect(screen.queryByText('活动不存在或已下线')).toBeNull()
    expect(screen.queryByText('淄博待审参展有限公司')).toBeNull()
    tapButton('查看活动页')
    expect(redirect).toHaveBeenCalledWith({ url: `${ROUTES.eventDetail}?id=${encodeURIComponent(event.id)}` })
  })
})
