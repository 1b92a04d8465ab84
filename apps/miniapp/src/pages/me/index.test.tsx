import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { ROUTES } from '../../routes'
import { useRealBff } from '../../test/real-bff'
import MePage from './index'

const bff = useRealBff()

// Decision 063: 账号安全 is every signed-in person's, not the student's only.
describe('我的 → 账号安全', () => {
  it('leads college staff, enterprise members and administrators to 账号安全', async () => {
    const college = await bff.make('createCollege')
    const enterprise = await bff.make('createEnterprise')
    const people = [
      (await bff.make('createMember', college, {})).user,
      (await bff.make('createMember', enterprise, { orgRole: 'hr' })).user,
      await bff.make('createAdmin'),
    ]
    for (const user of people) {
      setToken(await bff.tokenFor(user))
      const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
      const { unmount } = render(<MePage />)
      fireEvent.click(await screen.findByText('账号安全'))
      await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: ROUTES.account }))
      unmount()
    }
  })

  it('shows a student 账号安全 once, in the student’s own corner', async () => {
    const student = await bff.make('createStudent')
    setToken(await bff.tokenFor(student))
    render(<MePage />)
    expect(await screen.findByText('密码、恢复码、网页登录 ›')).toBeInTheDocument()
    expect(screen.getAllByText('账号安全')).toHaveLength(1)
    expect(screen.queryByText('修改密码、恢复码')).toBeNull()
  })
})

describe('我的 for a research institute\'s staff (decision 084)', () => {
  it('names the account and the workbench 科研院所, not 企业', async () => {
    const institute = await bff.make('createEnterprise', { kind: 'research_institute', name: `淄博新材料产业研究院${Date.now() % 100000}` })
    setToken(await bff.tokenFor((await bff.make('createMember', institute, {})).user))
    const { container } = render(<MePage />)
    expect(await screen.findByText('科研院所工作台')).toBeInTheDocument()
    expect(container.querySelector('.me__role')).toHaveTextContent(/^科研院所$/)
    expect(screen.queryByText('企业工作台')).toBeNull()
  })
})

describe('我的 for a member of a suspended unit (decision 098)', () => {
  it('tags the unit 已暂停 and names the membership apart', async () => {
    // Before: the tag said the membership's 已认证, the line under it 企业 · 单位已暂停.
    const unit = await bff.make('createEnterprise', { name: `淄博暂停测试机械有限公司${Date.now() % 100000}`, verification: 'suspended' })
    setToken(await bff.tokenFor((await bff.make('createMember', unit, {})).user))
    const { container } = render(<MePage />)
    expect(await screen.findByText('企业 · 我的成员身份已认证')).toBeInTheDocument()
    expect(container.querySelector('.me__membership .status-tag')).toHaveTextContent(/^已暂停$/)
  })
})
