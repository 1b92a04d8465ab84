import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setToken } from '../api/token'
import { useRealBff } from '../test/real-bff'
import EnterpriseWorkbench from './index'

const bff = useRealBff()

afterEach(() => vi.restoreAllMocks())

async function openAs(kind: 'enterprise' | 'research_institute') {
  const org = await bff.make('createEnterprise', { kind, name: `淄博${kind === 'enterprise' ? '精工机械有限公司' : '智能装备产业研究院'}${Date.now() % 100000}` })
  const { user } = await bff.make('createMember', org, { isOwner: true })
  setToken(await bff.tokenFor(user))
  const title = vi.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'setNavigationBarTitle:ok' })
  render(<EnterpriseWorkbench />)
  await screen.findByText(org.name)
  return title
}

describe('the 单位 workbench is called after the caller\'s kind of unit (decision 084)', () => {
  it('says 科研院所工作台 to a research institute, and files 注册新单位 under 单位入驻, not under an empty 需求清单', async () => {
    const title = await openAs('research_institute')
    await waitFor(() => expect(title).toHaveBeenCalledWith({ title: '科研院所工作台' }))
    expect(screen.getByText('单位入驻')).toBeInTheDocument()
    expect(screen.queryByText('需求清单')).toBeNull()
    expect(screen.queryByText('企业需求清单（附件2）')).toBeNull()
  })

  it('says 企业工作台 to an enterprise, with its 需求清单', async () => {
    const title = await openAs('enterprise')
    await waitFor(() => expect(title).toHaveBeenCalledWith({ title: '企业工作台' }))
    expect(screen.getByText('需求清单')).toBeInTheDocument()
    expect(screen.getByText('企业需求清单（附件2）')).toBeInTheDocument()
  })
})

// Decision 083: a suspended unit's members still sign in, and the workbench tells them who suspended it and why.
describe('the workbench of a suspended unit (decision 083)', () => {
  it('shows 已暂停 and the department\'s reason to its members, with whom to ask', async () => {
    const org = await bff.make('createEnterprise', { name: '东营暂停测试装备有限公司' })
    const { user } = await bff.make('createMember', org, { isOwner: true })
    await bff.make('createJob', { orgId: org.id, title: '暂停前在招的装配钳工' })
    // Suspended the way the administrators' page does it, through the BFF.
    const suspended = await fetch(`${bff.origin}/api/admin/organizations/${org.id}/suspend`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await bff.tokenFor(await bff.make('createAdmin'))}` },
      body: JSON.stringify({ reason: '冒用他人营业执照' }),
    })
    expect(suspended.status).toBe(200)
    setToken(await bff.tokenFor(user))
    vi.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'setNavigationBarTitle:ok' })
    render(<EnterpriseWorkbench />)
    const notice = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(notice.textContent).toMatch(/^本单位已被(.+)暂停，原因：冒用他人营业执照。如有疑问，请联系\1。$/)
    expect(screen.getByText('企业 · 已暂停')).toBeInTheDocument()
    expect(screen.getByText(/单位已被管理员暂停，暂不能发布/)).toBeInTheDocument()
    // Nothing a suspended unit may not do is offered as if it could.
    expect(screen.queryByText('成员管理')).toBeNull()
  })
})
