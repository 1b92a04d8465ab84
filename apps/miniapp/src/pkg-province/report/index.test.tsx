import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setToken } from '../../api/token'
import { DATA_YEAR, GRADUATES, HEADCOUNT } from '../../test/fixtures/report-figures'
import { useRealBff } from '../../test/real-bff'
import ReportPage from './index'

const bff = useRealBff('report')
const chip = (year: number) => document.querySelector(`.year-chip[data-year="${year}"]`) as HTMLElement

describe('yearly report page against the real BFF', () => {
  it('opens on the latest year with data, not on an empty year, with sentences and a canvas per chart', async () => {
    setToken(bff.admin)
    const { container } = render(<ReportPage />)
    expect(await screen.findByText(`山东省产业人才供需报告（${DATA_YEAR}年）`)).toBeInTheDocument()
    expect(chip(DATA_YEAR)).toHaveClass('year-chip--on')
    // The years after it hold nothing: offered, but muted.
    expect(chip(DATA_YEAR + 1)).toHaveClass('year-chip--empty')
    expect(chip(DATA_YEAR)).not.toHaveClass('year-chip--empty')

    // No enterprise count recorded for 高端装备: the figures stand, the ratio is withheld and the sentence says why.
    const sentence = container.querySelector('[data-chain="SD-C02"]')!
    expect(sentence.textContent).toBe(`高端装备：预计进入企业就业的毕业生 ${GRADUATES} 人，企业岗位需求 ${HEADCOUNT} 人；1 家企业填报需求；本链企业总数未登记，无法判断填报覆盖面；供需比暂不发布。`)
    const table = screen.getByRole('table', { name: '分产业链供需' })
    const row = within(table).getByText('高端装备').parentElement!
    expect(within(row).getByText('不发布')).toBeInTheDocument()
    expect(within(row).getByText('未登记')).toBeInTheDocument()
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(container.querySelectorAll('.echart__canvas')).toHaveLength(3)
    expect(screen.getByText(/岗位按工作地点计入城市/)).toBeInTheDocument()
  })

  it('says plainly that nothing was filed for an empty year, and switches pairs', async () => {
    setToken(bff.admin)
    render(<ReportPage />)
    await screen.findByText(`山东省产业人才供需报告（${DATA_YEAR}年）`)
    fireEvent.click(chip(DATA_YEAR + 1))
    expect(await screen.findByText(`${DATA_YEAR + 1}年没有院校提交并通过审核的供给清单，也没有企业发布岗位或填报需求清单，本年度报告暂无数据。`)).toBeInTheDocument()
    fireEvent.click(chip(DATA_YEAR))
    await screen.findByText(`山东省产业人才供需报告（${DATA_YEAR}年）`)
    fireEvent.click(screen.getByText('培训'))
    expect(await screen.findByText('分产业链：年培训容量 / 年培训需求（人次）')).toBeInTheDocument()
  })
})
