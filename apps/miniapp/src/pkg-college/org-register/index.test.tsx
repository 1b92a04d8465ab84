import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { usccCheckChar } from '@zhilian/shared'
import { describe, expect, it, vi } from 'vitest'
import { fetchMyOrganizations } from '../../api/organizations'
import { setToken } from '../../api/token'
import { confirmModal, openAt, tapButton, type } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import OrgRegisterPage from './index'

const bff = useRealBff()

/** A 事业单位 code (12…) for 淄博, as a research institute holds. */
function institutionCode() {
  const first17 = `12370300${String(Date.now()).slice(-8)}A`
  return first17 + usccCheckChar(first17)
}

describe('注册新单位 against the real BFF (decision 079)', () => {
  it('registers a 科研院所 as what it is: the kind chosen on the page, no 企业性质 asked, the status card naming the kind', async () => {
    // Any unit made first loads the reference data (cities, chains) the form offers.
    await bff.make('createEnterprise')
    const user = await bff.make('createUser', { role: 'enterprise', displayName: '新来的研究员' })
    setToken(await bff.tokenFor({ id: user.id, role: 'enterprise' }))
    confirmModal()
    // After the save the page scrolls its status card into view; jsdom has no page to scroll.
    vi.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'pageScrollTo:ok' })
    openAt('kind=enterprise')
    render(<OrgRegisterPage />)
    expect(await screen.findByText('注册单位')).toBeInTheDocument()
    // Offered the four kinds of 单位, the enterprise first; the enterprise asks its 企业性质.
    expect(['企业', '科研院所', '行业组织', '服务机构'].every((k) => screen.getByText(k, { selector: '[role="button"]' }))).toBe(true)
    expect(screen.getByText('企业性质')).toBeInTheDocument()
    fireEvent.click(screen.getByText('科研院所', { selector: '[role="button"]' }))
    expect(screen.queryByText('企业性质')).not.toBeInTheDocument()
    expect(screen.getByText('科研院所可发布岗位、预约院校共享设备、参展')).toBeInTheDocument()

    const name = `淄博新材料产业研究院${Date.now() % 100000}`
    type('name', name)
    type('uscc', institutionCode())
    fireEvent.click(await screen.findByText(/^淄博/, { selector: '[role="button"]' }, { timeout: 15_000 }))
    type('contactName', '赵研究员')
    type('contactPhone', '13900001111')
    tapButton('提交注册')
    expect(await screen.findByText(`${name} · 科研院所 · 待审核`, {}, { timeout: 15_000 })).toBeInTheDocument()
    expect(screen.getByText('我的单位')).toBeInTheDocument()
    await waitFor(async () => {
      const mine = await fetchMyOrganizations()
      expect(mine.items.filter((o) => o.name === name).map((o) => o.kind)).toEqual(['research_institute'])
    })
  })
})
