import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { ReferenceChain as Chain } from '@zhilian/shared/contracts/reference'
import type { JobListItem } from '@zhilian/shared/contracts/jobs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { jobQuery } from '../../api/jobs'
import { handOverChain, handOverKeyword } from '../../lib/chain-filter'
import { sendJson, startLocalServer } from '../../test/local-server'
import JobsPage from './index'

const chain = (id: string, name: string, status: Chain['status'], sortOrder: number, active = true): Chain => ({
  id, name, status, source: '测试', sortOrder, active, majorCount: sortOrder * 2, majorCodes: [],
})
// Out of order and with one switched off, as an administrator may leave them.
const chains = [chain('SD-C12', '新能源汽车', 'candidate', 12), chain('SD-C01', '新一代信息技术', 'confirmed', 1), chain('SD-C99', '已停用链', 'confirmed', 5, false)]
const cities = [{ adcode: '370100', name: '济南市', circle: '省会' }, { adcode: '370300', name: '淄博市', circle: '省会' }]
const job = (id: string, title: string): JobListItem => ({
  id, title, org: { id: 'o1', name: '淄博恒瑞精密机械有限公司', labels: [{ id: 'l1', name: '专精特新', verified: true }] },
  city: { code: '370300', name: '淄博市' }, salaryMin: 5000, salaryMax: 7000, type: 'full_time', education: 'associate',
  headcountLeft: 3, chain: null, publishedAt: '2026-11-01T00:00:00.000Z',
})

let server: Awaited<ReturnType<typeof startLocalServer>>
/** The query string of every GET /api/jobs, in order. */
let seen: URLSearchParams[] = []

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/reference/chains': (_req, res) => sendJson(res, 200, { items: chains }),
    'GET /api/reference/cities': (_req, res) => sendJson(res, 200, { items: cities }),
    'GET /api/jobs': (req, res) => {
      const params = new URL(req.url ?? '', 'http://x').searchParams
      seen.push(params)
      const q = params.get('q')
      const items = q === '量子芯片' ? [] : q ? [job('j2', `${q}技术员`)] : [job('j1', '设备维护技术员')]
      sendJson(res, 200, { items, nextCursor: null })
    },
  })
})
afterAll(() => server.close())
beforeEach(() => {
  seen = []
})

const last = () => Object.fromEntries(seen.at(-1) ?? [])

const tab = (name: string) => fireEvent.click(screen.getByText(name, { selector: '.dropdowns__tab-text' }))
const panelChips = (container: HTMLElement) => [...container.querySelectorAll('.dropdowns__panel .chain-chip')].map((el) => el.textContent)

describe('jobs tab', () => {
  it('lists the active chains in their order under 产业链 ▾, and the jobs as cards', async () => {
    const { container } = render(<JobsPage />)
    expect(await screen.findByText('设备维护技术员', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(container.querySelector('.dropdowns__panel')).toBeNull()
    await waitFor(() => {
      tab('产业链')
      expect(panelChips(container)).toEqual(['全部', '新一代信息技术', '新能源汽车（待确认）'])
    })
    expect(screen.getByText(/还招3人/)).toBeInTheDocument()
    expect(screen.getByText('专精特新·已核验')).toBeInTheDocument()
    // Every filter is a tab of one row; no row of chips is on the page until a tab is opened.
    expect([...container.querySelectorAll('.dropdowns__tab-text')].map((el) => el.textContent)).toEqual(['产业链', '城市', '学历', '薪资', '更多'])
  })

  it('maps the keyword, the chain handed over from home and the dropdown choices onto the query', async () => {
    handOverChain('SD-C12')
    const { container } = render(<JobsPage />)
    await waitFor(() => expect(last()).toMatchObject({ chainId: 'SD-C12' }), { timeout: 5000 })

    fireEvent.input(document.querySelector('input[name="q"]')!, { target: { value: ' 数控 ' } })
    fireEvent.click(screen.getByText('搜索', { selector: '.taro-button-core' }))
    await waitFor(() => {
      tab('城市')
      expect(panelChips(container)).toContain('淄博市')
    })
    fireEvent.click(screen.getByText('淄博市'))
    // A choice closes the panel and names itself on the tab.
    expect(container.querySelector('.dropdowns__panel')).toBeNull()
    expect(screen.getByText('淄博市', { selector: '.dropdowns__tab-text' })).toBeInTheDocument()
    tab('学历')
    fireEvent.click(screen.getByText('大专/高职'))
    tab('更多')
    fireEvent.click(screen.getByText('实习'))
    tab('薪资')
    fireEvent.click(screen.getByText('4000-6000'))
    await screen.findByText('数控技术员', {}, { timeout: 5000 })
    await waitFor(() =>
      expect(last()).toMatchObject({ q: '数控', chainId: 'SD-C12', cityCode: '370300', education: 'associate', type: 'internship', salaryMin: '4000', salaryMax: '6000' }),
    )
    // Signed out: no personalised sort is asked for.
    expect(last().sort).toBeUndefined()

    tab('实习')
    fireEvent.click(screen.getByText('不限'))
    await waitFor(() => expect(last().type).toBeUndefined())
  })

  it('opens with the keyword typed into the home page\'s search bar', async () => {
    handOverKeyword('焊工')
    render(<JobsPage />)
    await waitFor(() => expect(last()).toMatchObject({ q: '焊工' }), { timeout: 5000 })
    expect((document.querySelector('input[name="q"]') as HTMLInputElement).value).toBe('焊工')
  })

  // Decision 102: a search that found nothing said 换个关键词或放宽筛选条件试试 and left the student to undo the keyword
  // and each dropdown one by one.
  it('offers 清除全部条件 when a search with a keyword and filters finds nothing, and lists every job after it', async () => {
    const { container } = render(<JobsPage />)
    await screen.findByText('设备维护技术员', {}, { timeout: 5000 })
    fireEvent.input(document.querySelector('input[name="q"]')!, { target: { value: '量子芯片' } })
    fireEvent.click(screen.getByText('搜索', { selector: '.taro-button-core' }))
    await waitFor(() => {
      tab('城市')
      expect(panelChips(container)).toContain('淄博市')
    })
    fireEvent.click(screen.getByText('淄博市'))
    await screen.findByText('没有符合条件的岗位', {}, { timeout: 5000 })
    fireEvent.click(screen.getByText('清除全部条件', { selector: '.taro-button-core' }))
    expect(await screen.findByText('设备维护技术员', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(last()).toEqual({ limit: '20' })
    expect((document.querySelector('input[name="q"]') as HTMLInputElement).value).toBe('')
    expect([...container.querySelectorAll('.dropdowns__tab-text')].map((el) => el.textContent)).toEqual(['产业链', '城市', '学历', '薪资', '更多'])
  })

  it('leaves blank keywords and unset filters out of the query', () => {
    expect(jobQuery({ q: '   ', sort: 'newest' }, null)).toEqual({
      q: undefined, chainId: undefined, cityCode: undefined, education: undefined, type: undefined,
      salaryMin: undefined, salaryMax: undefined, sort: undefined, cursor: undefined, limit: 20,
    })
    expect(jobQuery({ sort: 'match' }, 'abc')).toMatchObject({ sort: 'match', cursor: 'abc' })
  })
})
