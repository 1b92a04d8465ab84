import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setToken } from '../../api/token'
import { useRealBff } from '../../test/real-bff'
import FairsPage from './index'

const bff = useRealBff('fair')

describe('双选会 tab against the real BFF', () => {
  it('lists upcoming events soonest first with kind, 空中双选会, my registration and the capacity; not the cancelled one', async () => {
    setToken(bff.planner)
    const { container } = render(<FairsPage />)
    await screen.findByText('高端装备产业链专场双选会')
    const cards = [...container.querySelectorAll('.event-card')]
    expect(cards.map((c) => c.querySelector('.event-card__title')?.textContent)).toEqual(['校企对接洽谈会', '高端装备产业链专场双选会', '新能源汽车空中双选会'])
    cards.shift()
    expect(cards[0]!.querySelector('.event-kind')?.textContent).toBe('双选会')
    expect(cards[0]!.textContent).toContain('已报名2人 / 限3人')
    expect(cards[0]!.querySelector('.event-card__line')?.textContent).toMatch(/^\d{1,2}月\d{1,2}日 周[日一二三四五六] 09:00–16:00$/)
    await waitFor(() => expect(cards[0]!.querySelector('.event-state--mine')?.textContent).toBe('已报名'))
    expect(cards[1]!.querySelector('.event-online')?.textContent).toBe('空中双选会')
    expect(cards[1]!.querySelector('.event-state--mine')).toBeNull()
    expect(screen.getByText('我的日程')).toBeInTheDocument()
    expect(screen.getByText('消息')).toBeInTheDocument()
  })

  it("filters through the jobs tab's dropdowns (产业链 ▾ 城市 ▾ 类型 ▾), not rows of chips", async () => {
    const { container } = render(<FairsPage />)
    await screen.findByText('新能源汽车空中双选会')
    // Decision 046: one row of tabs and no chip on the page until a tab is opened.
    expect([...container.querySelectorAll('.dropdowns__tab-text')].map((el) => el.textContent)).toEqual(['产业链', '城市', '类型'])
    expect(container.querySelectorAll('.chain-chip')).toHaveLength(0)
    fireEvent.click(screen.getByText('类型', { selector: '.dropdowns__tab-text' }))
    fireEvent.click(screen.getByText('路演'))
    expect(container.querySelector('.dropdowns__panel')).toBeNull()
    expect(screen.getByText('路演', { selector: '.dropdowns__tab-text' })).toBeInTheDocument()
    await screen.findByText('近期没有符合条件的活动')
    expect(container.querySelectorAll('.event-card')).toHaveLength(0)
    // Signed out: no entries to 日程 and 消息.
    expect(screen.queryByText('我的日程')).toBeNull()
  })
})
