import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setToken } from '../../api/token'
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
})
