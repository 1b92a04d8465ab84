import Taro from '@tarojs/taro'
import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { useRealBff } from '../../test/real-bff'
import EnterpriseJobsPage from './index'

const bff = useRealBff()

const cardOf = (title: string) => screen.getAllByText(title).map((t) => t.closest('.enterprise-job') as HTMLElement)

describe('我的岗位 against the real BFF', () => {
  it('offers no 编辑 on a closed job, and says what duplicating did', async () => {
    const ent = await bff.make('createEnterprise', { name: '淄博我的岗位测试有限公司' })
    const { user } = await bff.make('createMember', ent)
    await bff.make('createJob', { orgId: ent.id, title: '已关闭的钳工岗位', status: 'closed' })
    await bff.make('createJob', { orgId: ent.id, title: '在招的焊工岗位', status: 'open' })
    setToken(await bff.tokenFor(user))
    vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const toast = vi.spyOn(Taro, 'showToast')
    render(<EnterpriseJobsPage />)

    await screen.findByText('已关闭的钳工岗位')
    const [closed] = cardOf('已关闭的钳工岗位')
    expect(within(closed!).queryByText('编辑')).toBeNull()
    expect(within(closed!).getByText('复制为新岗位')).toBeInTheDocument()
    expect(within(cardOf('在招的焊工岗位')[0]!).getByText('编辑')).toBeInTheDocument()

    const before = toast.mock.calls.length
    within(closed!).getByText('复制为新岗位').click()
    await waitFor(() => expect(toast.mock.calls.slice(before).map(([o]) => o?.title)).toContain('已复制为草稿，编辑后可提交审核'))
    // The copy is a draft of the closed job, with 编辑 offered.
    await waitFor(() => expect(cardOf('已关闭的钳工岗位')).toHaveLength(2))
    const copy = cardOf('已关闭的钳工岗位').find((c) => within(c).queryByText('草稿'))
    expect(copy && within(copy).getByText('编辑')).toBeTruthy()
  })
})
