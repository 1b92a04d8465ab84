import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { confirmModal } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import ReviewQueuePage from './index'

const bff = useRealBff()

/** Every tab label the page has shown so far, read on each DOM change, so a tab shown for a moment is caught. */
function watchTabs(root: HTMLElement) {
  const seen = new Set<string>()
  const read = () => root.querySelectorAll('[role="tab"]').forEach((t) => seen.add(t.textContent?.trim() ?? ''))
  const observer = new MutationObserver(read)
  observer.observe(root, { childList: true, subtree: true, characterData: true })
  read()
  return { seen, stop: () => observer.disconnect() }
}

describe('审核队列 tabs follow the administrator scope', () => {
  it('never shows a 工信厅 reviewer the colleges’ 供给清单 tab, not even before the scope has loaded', async () => {
    const admin = await bff.make('createAdmin', { adminDepartment: 'industry' })
    setToken(await bff.tokenFor(admin))
    const { container } = render(<ReviewQueuePage />)
    const tabs = watchTabs(container)
    await screen.findByRole('tab', { name: '需求清单' })
    tabs.stop()
    expect([...tabs.seen]).toEqual(expect.arrayContaining(['单位认证', '岗位', '需求清单']))
    expect(tabs.seen.has('供给清单')).toBe(false)
  })

  it('shows a city education bureau the colleges’ side only', async () => {
    const admin = await bff.make('createAdmin', { adminDepartment: 'edu', adminCityCode: '370300' })
    setToken(await bff.tokenFor(admin))
    const { container } = render(<ReviewQueuePage />)
    const tabs = watchTabs(container)
    await screen.findByRole('tab', { name: '供给清单' })
    tabs.stop()
    expect(tabs.seen.has('岗位')).toBe(false)
    expect(tabs.seen.has('需求清单')).toBe(false)
  })

  it('opens on the first queue with something waiting and counts what waits in each', async () => {
    const admin = await bff.make('createAdmin', { adminDepartment: 'industry' })
    const firm = await bff.make('createEnterprise', { name: '淄博待审岗位测试有限公司' })
    await bff.make('createJob', { orgId: firm.id, status: 'pending_review', title: '待审核的装配钳工' })
    setToken(await bff.tokenFor(admin))
    const { container } = render(<ReviewQueuePage />)
    await screen.findByText('待审核的装配钳工', {}, { timeout: 10_000 })
    expect(container.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('岗位1')
    expect(screen.queryByText('暂无待审核内容')).toBeNull()
  })

  // Decision 085: the decision carries what the card showed; a job the enterprise changed since is refused and shown anew.
  it('approves only what the card shows: a job changed since is refused, the queue reloads with the new wording', async () => {
    const admin = await bff.make('createAdmin', { adminDepartment: 'industry' })
    const firm = await bff.make('createEnterprise', { name: '淄博改稿测试有限公司' })
    const { user } = await bff.make('createMember', firm)
    const job = await bff.make('createJob', { orgId: firm.id, status: 'pending_review', title: '待审核的数控车工' })
    setToken(await bff.tokenFor(admin))
    const toast = vi.spyOn(Taro, 'showToast')
    const { container } = render(<ReviewQueuePage />)
    const approve = () => fireEvent.click(within(container.querySelector<HTMLElement>(`[data-id="${job.id}"]`)!).getByText('通过', { selector: '.taro-button-core' }))
    await screen.findByText('待审核的数控车工', {}, { timeout: 10_000 })
    const edited = await fetch(`${bff.origin}/api/enterprise/jobs/${job.id}`, {
      method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `Bearer ${await bff.tokenFor(user)}` },
      body: JSON.stringify({ title: '改过的数控车工' }),
    })
    expect(edited.status).toBe(200)
    confirmModal()
    approve()
    await waitFor(() => expect(toast).toHaveBeenCalledWith({ title: expect.stringContaining('在您查看后已有改动'), icon: 'none' }))
    expect(await screen.findByText('改过的数控车工')).toBeInTheDocument()
    approve()
    await waitFor(() => expect(toast).toHaveBeenCalledWith({ title: '已通过', icon: 'success' }))
  })
})
