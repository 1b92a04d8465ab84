import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { SubscriptionStateSchema } from '@zhilian/shared/contracts/subscriptions'
import { afterEach, describe, expect, it } from 'vitest'
import { clearToken, setToken } from '../../api/token'
import { openAt, tapButton } from '../../test/dom'
import { answerSubscribeDialog, recordRequests, useRealBff } from '../../test/real-bff'
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

// Decision 116: an application's progress and its interview invitation reach the phone only on a consent asked for
// where the student applies; the page asked for none.
describe('job detail against the real BFF: consent for the application pushes', () => {
  afterEach(() => clearToken())

  /** A student with a complete résumé, on an open job's page, with the 投递授权 sheet open and agreed. */
  async function agreedToApply(title: string, phone: string) {
    const college = await bff.make('createCollege')
    const student = await bff.make('createStudent', { profile: { collegeId: college.id, phone, intro: '动手能力强' } })
    const token = await bff.tokenFor(student)
    setToken(token)
    await openJob({ title, closesAt: new Date(Date.now() + DAY) })
    tapButton('申请')
    await screen.findByText('投递授权')
    fireEvent.click(document.querySelector('.consent-agree')!)
    return token
  }
  const credits = async (token: string) =>
    SubscriptionStateSchema.parse(await (await fetch(`${bff.origin}/api/subscriptions`, { headers: { authorization: `Bearer ${token}` } })).json()).credits

  it('asks WeChat first thing in the 同意并投递 tap, for the progress and invitation templates, and records the answer', async () => {
    const calls = recordRequests()
    const asked = answerSubscribeDialog(calls)
    const token = await agreedToApply('盼回音的数控车工', '13900001161')
    const before = calls.length
    tapButton('同意并投递')
    expect(calls[before]).toBe('requestSubscribeMessage')
    await screen.findByText('已投递，查看我的投递')
    await waitFor(() => expect(calls.slice(before)).toContain('POST /api/subscriptions'))
    expect(asked).toEqual([['TPL_APPLICATION_CHANGED', 'TPL_INTERVIEW_INVITATION']])
    await waitFor(async () => expect(await credits(token)).toMatchObject({ application_changed: 1, interview_invitation: 0 }))
  })

  it('applies on H5, where subscribe messages do not exist, with no consent recorded and no error', async () => {
    const calls = recordRequests()
    const token = await agreedToApply('只看消息的钳工', '13900001162')
    tapButton('同意并投递')
    await screen.findByText('已投递，查看我的投递')
    expect(calls).not.toContain('POST /api/subscriptions')
    expect(document.querySelector('[role="alert"]')).toBeNull()
    expect(Object.values(await credits(token)).every((n) => n === 0)).toBe(true)
  })
})
