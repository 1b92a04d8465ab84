import Taro from '@tarojs/taro'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { closingDayRange } from '@zhilian/shared/rules/deadlines'
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

  // Decision 055: there was no way to change a closing date; a job closed by its date could only be copied.
  it('re-opens a job closed by its date, asks before shortening a date, and offers nothing on a job closed by hand', async () => {
    const ent = await bff.make('createEnterprise', { name: '淄博改截止日期测试有限公司' })
    const { user } = await bff.make('createMember', ent)
    const past = new Date(Date.now() - 86_400_000)
    await bff.make('createJob', { orgId: ent.id, title: '按日期截止的车工', status: 'closed', closesAt: past, expiredAt: past })
    await bff.make('createJob', { orgId: ent.id, title: '手动关闭的铣工', status: 'closed', closesAt: past })
    await bff.make('createJob', { orgId: ent.id, title: '截止很远的磨工', status: 'open', closesAt: new Date(Date.now() + 200 * 86_400_000) })
    setToken(await bff.tokenFor(user))
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const toast = vi.spyOn(Taro, 'showToast')
    render(<EnterpriseJobsPage />)
    await screen.findByText('按日期截止的车工')
    expect(within(cardOf('手动关闭的铣工')[0]!).queryByText('重新开放')).toBeNull()
    const { first, last } = closingDayRange()

    // The picker opens on the first allowed day (today) for a job past its date; confirming re-opens it.
    within(cardOf('按日期截止的车工')[0]!).getByText('重新开放').click()
    await pickShownDay()
    await waitFor(() => expect(toast.mock.calls.map(([o]) => o?.title)).toContain(`已重新开放，${first}截止`))
    expect(modal.mock.calls.at(-1)?.[0]).toMatchObject({ title: '重新开放岗位' })
    await waitFor(() => expect(within(cardOf('按日期截止的车工')[0]!).getByText('招聘中')).toBeInTheDocument())
    expect(cardOf('按日期截止的车工')[0]!.textContent).toContain(`${first}截止`)

    // A date beyond the limit opens on the last allowed day, which is earlier: the enterprise is asked first.
    within(cardOf('截止很远的磨工')[0]!).getByText('修改截止日期').click()
    await pickShownDay()
    await waitFor(() => expect(toast.mock.calls.map(([o]) => o?.title)).toContain(`截止日期已改为${last}`))
    expect(modal.mock.calls.at(-1)?.[0]).toMatchObject({ title: '提前截止' })
    expect(String(modal.mock.calls.at(-1)?.[0]?.content)).toContain(`提前为${last}`)
    await waitFor(() => expect(cardOf('截止很远的磨工')[0]!.textContent).toContain(`${last}截止`))
  })

  it('keeps the date when the enterprise declines to shorten it', async () => {
    const ent = await bff.make('createEnterprise', { name: '淄博不提前截止测试有限公司' })
    const { user } = await bff.make('createMember', ent)
    const far = new Date(Date.now() + 200 * 86_400_000)
    await bff.make('createJob', { orgId: ent.id, title: '不想提前的焊工', status: 'open', closesAt: far })
    setToken(await bff.tokenFor(user))
    vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    const toast = vi.spyOn(Taro, 'showToast')
    render(<EnterpriseJobsPage />)
    within((await screen.findByText('不想提前的焊工')).closest('.enterprise-job') as HTMLElement).getByText('修改截止日期').click()
    await pickShownDay()
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled())
    // Nothing was sent: no toast, and the card still shows the old date after a reload.
    expect(toast.mock.calls.map(([o]) => String(o?.title))).not.toContainEqual(expect.stringContaining('截止日期已改为'))
    cleanup()
    render(<EnterpriseJobsPage />)
    await screen.findByText('不想提前的焊工')
    expect(cardOf('不想提前的焊工')[0]!.textContent).toContain(`${beijingDate(far.toISOString())}截止`)
  })
})

// Decision 101: a 只读成员 opening 我的岗位 by its address saw 发布新岗位, 编辑, 暂停招聘 and 关闭岗位, which the BFF refuses.
describe('我的岗位 for a role that may not manage jobs', () => {
  it('shows a 只读成员 the jobs without a button to change them, and says who may', async () => {
    const ent = await bff.make('createEnterprise', { name: '淄博只读岗位测试有限公司' })
    const { user } = await bff.make('createMember', ent, { orgRole: 'viewer' })
    await bff.make('createJob', { orgId: ent.id, title: '在招的数控车工', status: 'open' })
    await bff.make('createJob', { orgId: ent.id, title: '暂停的装配钳工', status: 'paused' })
    setToken(await bff.tokenFor(user))
    render(<EnterpriseJobsPage />)
    await screen.findByText('在招的数控车工')
    expect(screen.getByText('您的角色只能查看岗位；负责人、业务管理员、招聘专员可以发布和管理岗位')).toBeInTheDocument()
    for (const label of ['发布新岗位', '编辑', '暂停招聘', '恢复招聘', '关闭岗位', '复制为新岗位', '应聘者']) expect(screen.queryByText(label)).toBeNull()
    expect(within(cardOf('暂停的装配钳工')[0]!).getByText('匹配院校')).toBeInTheDocument()
  })

  it('shows a 招聘专员 every button, and no read-only line', async () => {
    const ent = await bff.make('createEnterprise', { name: '淄博招聘专员岗位测试有限公司' })
    const { user } = await bff.make('createMember', ent, { orgRole: 'hr' })
    await bff.make('createJob', { orgId: ent.id, title: '在招的焊工', status: 'open' })
    setToken(await bff.tokenFor(user))
    render(<EnterpriseJobsPage />)
    await screen.findByText('在招的焊工')
    for (const label of ['发布新岗位', '编辑', '暂停招聘', '关闭岗位', '应聘者']) expect(screen.getByText(label)).toBeInTheDocument()
    expect(screen.queryByText(/您的角色只能查看岗位/)).toBeNull()
  })
})

/** Confirms the open date picker on the day it shows (the H5 picker's 确定 is its second header action). */
async function pickShownDay() {
  const actions = await waitFor(() => {
    const found = document.querySelectorAll<HTMLElement>('.taro-picker__action')
    expect(found.length).toBe(2)
    return found
  })
  actions[1]!.click()
}
