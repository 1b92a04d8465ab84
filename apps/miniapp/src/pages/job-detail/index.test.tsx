import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { clearToken, setToken } from '../../api/token'
import { openAt } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import JobDetailPage from './index'

const bff = useRealBff()
const DAY = 86_400_000

async function openJob(fields: { title: string; status?: 'open' | 'closed'; closesAt: Date; expiredAt?: Date; orgId?: string }) {
  const job = await bff.make('createJob', fields)
  openAt(`id=${job.id}`)
  render(<JobDetailPage />)
  await screen.findByText(fields.title)
}

const applyButton = () => document.querySelector('.bottom-bar .taro-button-core') as HTMLElement

// Decision 051: the page offered 申请 after the closing date, and the BFF then refused the application.
describe('job detail against the real BFF: the closing date', () => {
  afterEach(() => clearToken())

  it('shows 已截止, disabled, for a job still marked open whose closing date has passed', async () => {
    await openJob({ title: '刚过截止日期的钳工', closesAt: new Date(Date.now() - 60_000) })
    expect(applyButton().textContent).toBe('已截止')
    expect(applyButton().hasAttribute('disabled')).toBe(true)
    expect(document.body.textContent).toContain('已截止 · ')
    expect(screen.queryByText('申请', { selector: '.taro-button-core' })).toBeNull()
  })

  it('still opens a job the expiry sweep closed, as 已截止', async () => {
    await openJob({ title: '已被清扫关闭的焊工', status: 'closed', closesAt: new Date(Date.now() - DAY), expiredAt: new Date(Date.now() - DAY / 2) })
    expect(applyButton().textContent).toBe('已截止')
    expect(applyButton().hasAttribute('disabled')).toBe(true)
  })

  // Decision 061: the page said 已截止 for any job past its date, also one its enterprise had closed by hand before it.
  it('tells its own enterprise a job closed by hand is closed, not 已截止, after the date passed', async () => {
    const org = await bff.make('createEnterprise', { name: '淄博手动关闭测试有限公司' })
    const { user } = await bff.make('createMember', org)
    setToken(await bff.tokenFor(user))
    await openJob({ title: '手动关闭的装配工', status: 'closed', closesAt: new Date(Date.now() - DAY), orgId: org.id })
    expect(applyButton().textContent).toBe('该岗位已停止招聘')
    expect(applyButton().hasAttribute('disabled')).toBe(true)
    expect(document.body.textContent).toContain('已关闭 · ')
    expect(document.body.textContent).not.toContain('已截止 · ')
  })

  it('offers 申请 before the closing date', async () => {
    await openJob({ title: '明天截止的电工', closesAt: new Date(Date.now() + DAY) })
    expect(applyButton().textContent).toBe('申请')
    expect(applyButton().hasAttribute('disabled')).toBe(false)
  })
})
