import Taro from '@tarojs/taro'
import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { beijingDate } from '../../lib/beijing-time'
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

  // Decision 051: a job past its closing date read 招聘中 (or, once swept, 已关闭 with no reason given).
  it('shows 已截止 with the date on jobs past their closing date, swept or not yet', async () => {
    const ent = await bff.make('createEnterprise', { name: '淄博截止日期测试有限公司' })
    const { user } = await bff.make('createMember', ent)
    const past = new Date(Date.now() - 86_400_000)
    await bff.make('createJob', { orgId: ent.id, title: '已截止未清扫的钳工', status: 'open', closesAt: past })
    await bff.make('createJob', { orgId: ent.id, title: '已截止已清扫的焊工', status: 'closed', closesAt: past })
    await bff.make('createJob', { orgId: ent.id, title: '下月截止的电工', status: 'open', closesAt: new Date(Date.now() + 30 * 86_400_000) })
    setToken(await bff.tokenFor(user))
    render(<EnterpriseJobsPage />)

    await screen.findByText('已截止未清扫的钳工')
    for (const title of ['已截止未清扫的钳工', '已截止已清扫的焊工']) {
      const [card] = cardOf(title)
      expect(within(card!).getByText('已截止')).toBeInTheDocument()
      expect(card!.textContent).toContain(`${beijingDate(past.toISOString())}截止`)
    }
    expect(within(cardOf('已截止已清扫的焊工')[0]!).getByText('复制为新岗位')).toBeInTheDocument()
    expect(within(cardOf('下月截止的电工')[0]!).getByText('招聘中')).toBeInTheDocument()
  })
})
