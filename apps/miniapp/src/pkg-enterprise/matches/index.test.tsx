import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setToken } from '../../api/token'
import { openAt } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import EnterpriseMatchesPage from './index'

const bff = useRealBff('matching')

describe('院校匹配 against the real BFF', () => {
  it('ranks the colleges and majors for my job, each with its score, its parts and why', async () => {
    setToken(bff.enterprise)
    openAt(`jobId=${bff.jobId}`)
    const { container } = render(<EnterpriseMatchesPage />)
    expect(await screen.findByText(bff.jobTitle)).toBeInTheDocument()
    const cards = [...container.querySelectorAll('.match-card')] as HTMLElement[]
    expect(cards.map((c) => c.querySelector('.match-card__title')?.textContent)).toEqual(['淄博职业学院 · 机电一体化技术', '威海职业学院 · 机电一体化技术'])
    const best = cards[0]!
    expect(within(best).getByText('为什么推荐')).toBeInTheDocument()
    expect(best.textContent).toContain('淄博职业学院 机电一体化技术：2025届毕业生 312 人，同城')
    expect(best.querySelector('.match-card__subtitle')?.textContent).toBe('淄博市 · 同城 · 毕业生 312 人 · 在校生 315 人')
    // The parts add up to the score shown.
    const parts = [...best.querySelectorAll('.match-card__part')].map((p) => Number(/ ([\d.]+)\//.exec(p.textContent ?? '')?.[1]))
    expect(parts).toHaveLength(5)
    expect(Math.round(parts.reduce((s, x) => s + x, 0))).toBe(Number(best.querySelector('.match-card__score-value')?.textContent))
    expect(cards[1]!.querySelector('.match-card__subtitle')?.textContent).toMatch(/^威海市 · 约 \d+ 公里/)
  })

  it('without an id offers my jobs, needs and challenges to pick from', async () => {
    setToken(bff.enterprise)
    render(<EnterpriseMatchesPage />)
    expect(await screen.findByText('机电设备维修工')).toBeInTheDocument()
    expect(screen.getByText('数控机床热变形补偿')).toBeInTheDocument()
    expect(screen.getByText('揭榜中 · 1 家揭榜')).toBeInTheDocument()
  })

  it("answers another enterprise's job with the BFF's not-found message", async () => {
    setToken(bff.rival)
    openAt(`jobId=${bff.jobId}`)
    render(<EnterpriseMatchesPage />)
    expect(await screen.findByText('岗位不存在或无权查看')).toBeInTheDocument()
  })
})
