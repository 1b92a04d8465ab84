import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setToken } from '../../api/token'
import { openAt } from '../../test/dom'
import { recordRequests, useRealBff } from '../../test/real-bff'
import EventDetailPage from './detail'

const bff = useRealBff('fair')

/**
 * Decision 112: five more booths open 100 one-minute slots each from the fair's 09:00, so the event-wide slot list
 * (its first 500 by time) holds none of 潍柴动力's afternoon ones. The page reads each booth's own slots. On the old page,
 * which read the event-wide list, 潍柴动力's 13:00 slot was missing (`Unable to find … 13:00–13:30`).
 */
describe('event detail at a fair with more than 500 interview slots', () => {
  it('shows every booth’s slots, read booth by booth', async () => {
    for (let i = 0; i < 5; i++) await bff.make('createBoothWithSlots', bff.fair, 100, bff.fairStartsAt)
    const paths = recordRequests()
    setToken(bff.interviewee)
    openAt(`id=${bff.fair}`)
    const { container } = render(<EventDetailPage />)
    await screen.findByText('链主企业宣讲')
    const weichai = () => container.querySelector('[data-booth="潍柴动力股份有限公司"]')
    await screen.findByText('13:00–13:30', { exact: false })
    expect(weichai()?.textContent).toContain('13:00–13:30')
    expect(paths.filter((p) => p.startsWith('GET /api/events/') && p.includes('/slots'))).toHaveLength(6)
  })
})
