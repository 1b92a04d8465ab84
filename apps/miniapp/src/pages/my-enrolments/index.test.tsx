import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { TrainingEnrolment } from '@zhilian/shared/contracts/trainings'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { sendJson, startLocalServer } from '../../test/local-server'
import MyEnrolmentsPage from './index'

const day = 86_400_000
const enrolment = (id: string, title: string, startsIn: number): TrainingEnrolment => ({
  id, createdAt: new Date(Date.now() - 20 * day).toISOString(),
  course: {
    id: `c-${id}`, title, content: '实操为主', college: { id: 'col', name: '淄博职业学院' }, chains: [], city: null, format: 'offline',
    periodDays: 5, hours: 40, startDate: new Date(Date.now() + startsIn * day).toISOString(), fee: null, capacity: 30, seatsLeft: 3,
  },
})
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/trainings/enrolments/mine': (_req, res) => sendJson(res, 200, { items: [enrolment('e1', '已开课的数控实训班', -2), enrolment('e2', '下月开课的焊接班', 30)] }),
  })
})
afterAll(() => server.close())

const cancelOn = (title: string) => fireEvent.click(screen.getAllByText('取消报名', { selector: '.taro-button-core' }).find((b) => b.closest('.card')!.textContent!.includes(title))!)

describe('我的培训', () => {
  // Decision 102: a course under way offered 取消报名 with 「名额将释放给其他人」, but from its start nobody can enrol
  // (decision 051), so no seat goes to anyone.
  it('says a course has started, and does not promise its seat to others when the student leaves it', async () => {
    render(<MyEnrolmentsPage />)
    expect(await screen.findByText('已开课的数控实训班', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByText(/已开课的数控实训班/).closest('.card')!.textContent).toMatch(/已开课 · /)
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    cancelOn('已开课的数控实训班')
    cancelOn('下月开课的焊接班')
    expect(modal.mock.calls.map(([o]) => o?.content)).toEqual([
      '「已开课的数控实训班」已经开课，取消后不能再报名。确定取消吗？',
      '确定取消「下月开课的焊接班」的报名吗？名额将释放给其他人。',
    ])
    modal.mockRestore()
  })
})
