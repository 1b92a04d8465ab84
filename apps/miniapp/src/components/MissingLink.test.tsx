import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../api/token'
import ApplicantsPage from '../pkg-enterprise/applicants/index'
import ChallengeTakersPage from '../pkg-enterprise/challenge-takers/index'
import EffectivenessPage from '../pkg-org/effectiveness/index'
import MembersPage from '../pkg-org/members/index'
import { ROUTES } from '../routes'
import { openAt } from '../test/dom'
import { recruiter } from '../test/people'
import { useRealBff } from '../test/real-bff'

const bff = useRealBff()

/** The page says which link is cut short and leads back to the workbench: no 404 sentence, no 重试 that cannot work. */
async function expectMissingLink(sentence: string) {
  expect(await screen.findByText(sentence)).toBeInTheDocument()
  expect(screen.queryByText('您访问的地址不存在')).toBeNull()
  expect(screen.queryByText('重试')).toBeNull()
}

describe('pages opened without their id (decision 046), against the real BFF', () => {
  it('应聘者 without a job says so, and 返回工作台 leads an HR contact to the enterprise workbench', async () => {
    setToken((await recruiter(bff, '淄博缺链接机械有限公司')).token)
    const redirect = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    openAt('')
    render(<ApplicantsPage />)
    await expectMissingLink('链接不完整：没有指明是哪个岗位的应聘者')
    fireEvent.click(screen.getByText('返回工作台'))
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: ROUTES.enterprise }))
  })

  it('揭榜院校 without a challenge says so the same way, and 返回工作台 leads to the enterprise workbench (decision 079)', async () => {
    setToken((await recruiter(bff, '淄博缺链接揭榜有限公司')).token)
    const redirect = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    openAt('')
    render(<ChallengeTakersPage />)
    await expectMissingLink('链接不完整：没有指明是哪个技术难题的揭榜院校')
    fireEvent.click(screen.getByText('返回工作台'))
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: ROUTES.enterprise }))
  })

  it('成员管理 without a unit says so, and 返回工作台 leads a college member to the college workbench', async () => {
    const college = await bff.make('createCollege')
    const { user } = await bff.make('createMember', college)
    setToken(await bff.tokenFor(user))
    const redirect = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    openAt('')
    render(<MembersPage />)
    await expectMissingLink('链接不完整：没有指明是哪个单位的成员')
    fireEvent.click(screen.getByText('返回工作台'))
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: ROUTES.college }))
  })

  it('本单位成效 without a unit says so, and signed out 返回工作台 opens 我的, which lists the workbenches', async () => {
    const tab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    openAt('')
    render(<EffectivenessPage />)
    await expectMissingLink('链接不完整：没有指明是哪个单位的成效')
    fireEvent.click(screen.getByText('返回工作台'))
    await waitFor(() => expect(tab).toHaveBeenCalledWith({ url: ROUTES.me }))
  })
})
