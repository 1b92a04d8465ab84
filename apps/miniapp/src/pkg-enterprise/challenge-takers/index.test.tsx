import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { openAt } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import ChallengeTakersPage from './index'

const bff = useRealBff('matching')

describe('揭榜挂帅 against the real BFF', () => {
  it("refuses another enterprise's challenge with the BFF's message", async () => {
    setToken(bff.rival)
    openAt(`id=${bff.challengeId}`)
    render(<ChallengeTakersPage />)
    expect(await screen.findByText('技术难题不存在或无权查看')).toBeInTheDocument()
  })

  it('shows the taker and the fitting colleges with why, and accepts the taker after confirmation', async () => {
    setToken(bff.enterprise)
    openAt(`id=${bff.challengeId}`)
    const { container } = render(<ChallengeTakersPage />)
    const taker = (await screen.findByText('待采纳')).closest('.taker-card') as HTMLElement
    expect(taker.textContent).toContain(bff.collegeName)
    expect(taker.textContent).toContain('热误差建模与实时补偿方案')
    expect(screen.getByText('揭榜中 · 1 家院校揭榜')).toBeInTheDocument()

    const match = (await screen.findByText('已揭榜', { selector: '.match-card__subtitle' })).closest('.match-card') as HTMLElement
    expect(match.querySelector('.match-card__title')?.textContent).toBe(bff.collegeName)
    expect(within(match).getByText('为什么推荐')).toBeInTheDocument()
    expect(match.textContent).toContain('数控机床热变形误差补偿技术研究')
    expect(container.querySelectorAll('.match-card__part')).toHaveLength(5)

    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    fireEvent.click(within(taker).getByText('采纳该方案'))
    expect(await screen.findByText('已采纳')).toBeInTheDocument()
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认采纳' }))
    expect(screen.getByText('已揭榜 · 1 家院校揭榜')).toBeInTheDocument()
    expect(screen.queryByText('采纳该方案')).toBeNull()
  })
})
