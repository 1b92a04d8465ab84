import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setToken } from '../../api/token'
import { openAt, type } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import ExplainPage from './index'

const bff = useRealBff('matching')

describe('为什么匹配 against the real BFF', () => {
  it('finds a job, picks a listed pair and shows the score part by part; a pair found by name that is no candidate says why', async () => {
    setToken(bff.admin)
    const { container } = render(<ExplainPage />)
    // Not a bare box (decision 079): what the page shows, and the newest open jobs to pick from before any search.
    expect(screen.getByText(/看平台为什么推荐（或不推荐）这个专业/)).toBeInTheDocument()
    expect(await screen.findByText('最新发布的岗位，点选一个，或在上方搜索')).toBeInTheDocument()
    // Both searches are the one SearchPicker on the shared SearchBar (decision 065), not rows of their own.
    expect(container.querySelector('.search-bar input[name="q"]')).not.toBeNull()
    const offered = container.querySelectorAll('.search-picker__item')
    expect(offered.length).toBeGreaterThan(0)
    expect(offered.length).toBeLessThanOrEqual(5)
    type('q', bff.jobTitle)
    fireEvent.click(screen.getByText('搜索'))
    fireEvent.click(await screen.findByText(bff.jobTitle))
    fireEvent.click(await screen.findByText(`1. ${bff.collegeName} · 机电一体化技术`))

    const verdict = (await screen.findByText(/参与匹配，得分/)).closest('.explain-verdict') as HTMLElement
    expect(verdict.textContent).toContain('排第 1 名，进入前 20 名推荐')
    expect(verdict).toHaveClass('explain-verdict--in')
    const [score, text] = [...container.querySelectorAll('.bar-list')].map((list) => [...list.querySelectorAll('.bar-list__row')].map((r) => r.querySelector('.bar-list__label')?.textContent))
    expect(score).toEqual(['专业对口', '毕业生', '在校生', '距离', '去向'])
    // The relevance part read from the job's text, part by part, with the catalogue entry the title hit.
    expect(text).toEqual(['文本相关度', '职业/岗位命中', '中高本接续', '产业链', '企业点名', '学历层次'])
    const fit = container.querySelector('.explain-text') as HTMLElement
    expect(fit.textContent).toContain('排第 1 名')
    expect(within(fit).getByText('· 岗位「机电设备维修工」与专业职业面向「机电设备维修工」一致')).toBeInTheDocument()
    expect(screen.getByText(`· ${bff.collegeName} 机电一体化技术：2025届毕业生 312 人，同城`)).toBeInTheDocument()

    fireEvent.click(screen.getByText('换一个院校专业'))
    await screen.findByText(`1. ${bff.collegeName} · 机电一体化技术`)
    // A pair off the list is found by names, as an official knows them: no box asks for an id (decisions 057, 061).
    expect(container.querySelectorAll('input[name="collegeId"], input[name="majorCode"], input[name="jobId"]')).toHaveLength(0)
    expect(container.querySelector('.search-bar input[name="collegeQ"]')).not.toBeNull()
    type('collegeQ', '淄博')
    fireEvent.click(screen.getByText('搜索'))
    fireEvent.click(await screen.findByText(bff.collegeName))
    type('explainMajor.search', '计算机应用')
    fireEvent.click(await screen.findByText('510201 计算机应用技术'))
    expect(screen.getByText(`院校：${bff.collegeName}`)).toBeInTheDocument()
    expect(screen.getByText('专业：510201 计算机应用技术')).toBeInTheDocument()
    fireEvent.click(screen.getByText('解释该组合'))
    const no = (await screen.findByText(/不参与匹配/)).closest('.explain-verdict') as HTMLElement
    expect(no).toHaveClass('explain-verdict--out')
    expect(within(no).getByText(/没有“计算机应用技术”专业/)).toBeInTheDocument()
    expect(container.querySelectorAll('.bar-list')).toHaveLength(1) // the text fit only: no score to break down
    expect((container.querySelector('.explain-text') as HTMLElement).textContent).toMatch(/排第 \d+ 名|都没有指向该专业/)
  })

  it('lists and searches for a city bureau only its own city\'s open jobs, and says so (decision 084)', async () => {
    // Before, the typed search was the public job list: 威海's bureau found 淄博's job, then read 岗位不存在或无权查看.
    const weihai = await bff.make('createAdmin', { adminDepartment: 'industry', adminCityCode: '371000' })
    setToken(await bff.tokenFor({ id: weihai.id, role: 'admin' }))
    const first = render(<ExplainPage />)
    expect(await screen.findByText(/这里只列出、只搜索本范围内单位招聘中的岗位/)).toHaveTextContent('威海')
    expect(await screen.findByText(/暂无招聘中的岗位/)).toBeInTheDocument()
    type('q', bff.jobTitle)
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByText('本范围内没有找到招聘中的岗位，换个关键词试试')).toBeInTheDocument()
    expect(screen.queryByText(bff.jobTitle)).toBeNull()
    first.unmount()

    const zibo = await bff.make('createAdmin', { adminDepartment: 'industry', adminCityCode: '370300' })
    setToken(await bff.tokenFor({ id: zibo.id, role: 'admin' }))
    render(<ExplainPage />)
    expect(await screen.findByText(/这里只列出、只搜索本范围内单位招聘中的岗位/)).toHaveTextContent('淄博')
    fireEvent.click(await screen.findByText(bff.jobTitle))
    expect(await screen.findByText(`1. ${bff.collegeName} · 机电一体化技术`)).toBeInTheDocument()
  })

  it('is refused to an enterprise with the BFF\'s message', async () => {
    setToken(bff.enterprise)
    openAt(`jobId=${bff.jobId}&collegeId=${bff.collegeId}&majorCode=460301`)
    render(<ExplainPage />)
    expect(await screen.findByRole('alert')).toHaveTextContent('您没有权限进行此操作')
  })
})
