import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { withClashes } from './my-schedule'
import SchedulePage from './schedule'
import { startRealBff, type RealBff } from './test-bff'

let bff: RealBff
beforeAll(async () => { bff = await startRealBff() }, 120_000)
afterAll(() => bff.close())
afterEach(() => vi.restoreAllMocks())

const entry = (id: string, title: string, startsAt: string, endsAt: string | null) => ({
  id, title, startsAt, endsAt, place: null, sessionId: id, interviewId: null, interviewSlotId: null, event: { id: 'e1', title: '双选会' },
})

describe('我的日程', () => {
  it('warns on both of two overlapping sessions, naming the other, from the real BFF', async () => {
    setToken(bff.planner)
    const { container } = render(<SchedulePage />)
    await screen.findByText('有2项日程时间冲突，请调整后再出发。', {}, { timeout: 10_000 })
    const warning = (title: string) => container.querySelector(`[data-title="${title}"] .overlap-warning`)?.textContent
    expect(warning('链主企业宣讲')).toBe('与「简历诊断工作坊」时间冲突')
    expect(warning('简历诊断工作坊')).toBe('与「链主企业宣讲」时间冲突')
    expect(container.querySelector('[data-title="链主企业宣讲"]')?.textContent).toContain('10:00–11:00 · 报告厅')
  })

  it('removes an entry only after confirmation; the warning goes with it', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' }).mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    setToken(bff.planner)
    const { container } = render(<SchedulePage />)
    await screen.findByText('有2项日程时间冲突，请调整后再出发。', {}, { timeout: 10_000 })
    const removeClinic = () => fireEvent.click(container.querySelector('[data-title="简历诊断工作坊"] .taro-button-core')!)
    removeClinic()
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(container.querySelector('[data-title="简历诊断工作坊"]')).not.toBeNull()
    removeClinic()
    await waitFor(() => expect(container.querySelector('[data-title="简历诊断工作坊"]')).toBeNull(), { timeout: 10_000 })
    expect(container.querySelector('.overlap-warning')).toBeNull()
    expect(container.querySelector('[data-title="链主企业宣讲"]')).not.toBeNull()
  })

  it('treats back-to-back entries as no clash, and a moment inside a span as one', () => {
    const plan = withClashes([
      entry('a', '宣讲', '2026-12-01T02:00:00.000Z', '2026-12-01T03:00:00.000Z'),
      entry('b', '签约', '2026-12-01T03:00:00.000Z', '2026-12-01T04:00:00.000Z'),
      entry('c', '面试', '2026-12-01T03:30:00.000Z', null),
    ])
    expect(plan.map((p) => [p.title, p.clashes])).toEqual([['宣讲', []], ['签约', ['面试']], ['面试', ['签约']]])
  })
})
