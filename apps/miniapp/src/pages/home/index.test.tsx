import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { AppError } from '@zhilian/shared'
import { parseCsv } from '@zhilian/shared/reference/csv'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Taro from '@tarojs/taro'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { HomeStatsSchema, type HomeStats } from '@zhilian/shared/contracts/stats'
import { clearToken, setToken } from '../../api/token'
import { takeHandedOverChain, takeHandedOverKeyword } from '../../lib/chain-filter'
import { sendJson, sendProblem, startLocalServer } from '../../test/local-server'
import { ROUTES } from '../../routes'
import HomePage from './index'

// reference() can't run here: jsdom replaces the global URL that its fileURLToPath(new URL(...)) needs.
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../../packages/shared/data')
const csv = (name: string) => parseCsv(readFileSync(join(dataDir, name), 'utf8'))

// A response built from the real chain list, with counts that differ per chain so a mix-up shows.
function homeStatsFromReference(): HomeStats {
  const chains = csv('industry_chains.csv').map((r) => ({ chainId: r.chain_id ?? '', name: r.name ?? '', status: r.status?.startsWith('confirmed') ? 'confirmed' : 'candidate' }))
  const chainMajors = csv('chain_majors.csv')
  const rows = chains.map((chain, i) => {
    const majors = chainMajors.filter((m) => m.chain_id === chain.chainId).length
    return { ...chain, colleges: majors, enterprises: i * 3, openJobs: i * 7, openHeadcount: i * 40 + majors, enrolledStudents: majors * 100 }
  })
  const sum = (key: 'colleges' | 'enterprises' | 'openJobs' | 'openHeadcount' | 'enrolledStudents') => rows.reduce((n, r) => n + r[key], 0)
  // Province totals count each organisation once, so they are not the sum of the chains; any other figure will do.
  const province = { colleges: sum('colleges') + 1, enterprises: sum('enterprises') + 2, openJobs: sum('openJobs'), openHeadcount: sum('openHeadcount'), enrolledStudents: sum('enrolledStudents') }
  return HomeStatsSchema.parse({ province, chains: rows })
}

const stats = homeStatsFromReference()
let failing = false
let role: 'student' | 'enterprise' = 'student'
let recommendationCalls = 0
/** Resolved: the recommendations answer at once; a pending promise holds them back (a slow first computation). */
let recommendationsHeld: Promise<void> = Promise.resolve()
const recommended = {
  personalised: true,
  notice: '根据你的专业、技能和意向城市推荐，可在「我的」中关闭个性化推荐',
  items: [{
    job: { id: 'j1', title: '数控车工', org: { id: 'o1', name: '淄博恒瑞精密机械有限公司', labels: [] }, city: { code: '370300', name: '淄博市' }, salaryMin: 5000, salaryMax: 7000, type: 'full_time', education: 'associate', headcountLeft: 3, chain: null, publishedAt: '2026-11-01T00:00:00.000Z' },
    fit: { score: 0.82, reasons: ['专业对口：数控技术', '意向城市：淄博市'] },
  }],
}
const fair = {
  id: 'e1', kind: 'job_fair', format: 'onsite', title: '高端装备产业链专场双选会', status: 'published', cityCode: '370300', venue: '淄博职业学院体育馆',
  startsAt: '2026-12-20T01:00:00.000Z', endsAt: '2026-12-20T08:00:00.000Z', capacity: 500, registered: 12, organizer: null,
}
let demoMode = false
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/stats/home': (_req, res) => (failing ? sendProblem(res, new AppError('UPSTREAM_UNAVAILABLE')) : sendJson(res, 200, stats)),
    'GET /api/me': (_req, res) => sendJson(res, 200, { user: { id: 'u1', role, displayName: '测试', personalisationOff: false }, memberships: [], student: null, admin: null }),
    'GET /api/recommendations/jobs': (_req, res) => {
      recommendationCalls++
      void recommendationsHeld.then(() => sendJson(res, 200, recommended))
    },
    'GET /api/jobs': (_req, res) => sendJson(res, 200, { items: [{ ...recommended.items[0]!.job, id: 'j9', title: '焊接机器人操作员' }], nextCursor: null }),
    'GET /api/events': (_req, res) => sendJson(res, 200, { items: [fair], nextCursor: null }),
    'GET /api/reference/cities': (_req, res) => sendJson(res, 200, { items: [{ adcode: '370300', name: '淄博市', circle: '省会' }] }),
    'GET /api/auth/demo-accounts': (_req, res) => (demoMode ? sendJson(res, 200, { items: [{ username: 'demo_student', role: 'student', displayName: '演示学生', description: '数控技术专业' }] }) : sendProblem(res, new AppError('NOT_FOUND'))),
    'POST /api/auth/demo': (_req, res) => sendJson(res, 200, { token: 'student-token', user: { id: 'u1', role: 'student', displayName: '演示学生' } }),
  })
})
afterAll(() => server.close())

describe('home page', () => {
  it('shows the province totals and one card per chain from /api/stats/home', async () => {
    failing = false
    render(<HomePage />)
    const cards = await screen.findAllByTestId('chain-card', {}, { timeout: 5000 })
    expect(cards).toHaveLength(stats.chains.length)
    expect(screen.getByText(/职业教育赋能标志性产业链/)).toBeInTheDocument()

    for (const [label, value] of [['院校', stats.province.colleges], ['企业', stats.province.enterprises], ['在招岗位', stats.province.openJobs], ['待招人数', stats.province.openHeadcount]] as const) {
      const card = screen.getByText(label, { selector: '.stat-card__label' }).closest('.stat-card') as HTMLElement
      expect(within(card).getByText(value.toLocaleString('zh-CN'))).toBeInTheDocument()
    }

    stats.chains.forEach((chain, i) => {
      const card = cards[i] as HTMLElement
      expect(card).toHaveTextContent(chain.name)
      expect(card).toHaveTextContent(`在招岗位 ${chain.openJobs}`)
      expect(card).toHaveTextContent(`待招人数 ${chain.openHeadcount}`)
      expect(within(card).queryByText('待确认') !== null).toBe(chain.status === 'candidate')
    })
  })

  it('hands the tapped chain over to the jobs tab', async () => {
    failing = false
    // jsdom has no tab bar to switch to; record where the page asked to go.
    const switchTab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    render(<HomePage />)
    const cards = await screen.findAllByTestId('chain-card', {}, { timeout: 5000 })
    const last = stats.chains[stats.chains.length - 1]!
    fireEvent.click(cards[cards.length - 1]!)
    expect(switchTab).toHaveBeenCalledWith({ url: ROUTES.jobs })
    expect(takeHandedOverChain()).toBe(last.chainId)
    expect(takeHandedOverChain()).toBeUndefined()
    switchTab.mockRestore()
  })

  it('shows the problem message with a retry that loads the page once the BFF is back', async () => {
    failing = true
    render(<HomePage />)
    expect(await screen.findByRole('alert')).toHaveTextContent('服务暂时不可用，请稍后再试')
    failing = false
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findAllByTestId('chain-card', {}, { timeout: 5000 })).toHaveLength(stats.chains.length)
  })

  // Two page renders and three waits of up to 5 s each: more than vitest's default 5 s on a loaded machine.
  it('shows a signed-in student 为你推荐 with the reasons, and asks nothing for other roles', async () => {
    failing = false
    setToken('student-token')
    role = 'student'
    const first = render(<HomePage />)
    expect(await screen.findByText('为你推荐', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByText('数控车工')).toBeInTheDocument()
    expect(screen.getByText(/专业对口：数控技术/)).toBeInTheDocument()
    expect(recommendationCalls).toBe(1)
    first.unmount()

    role = 'enterprise'
    render(<HomePage />)
    await screen.findAllByTestId('chain-card', {}, { timeout: 5000 })
    expect(await screen.findByText('焊接机器人操作员', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByText('最新岗位')).toBeInTheDocument()
    expect(screen.queryByText('为你推荐')).not.toBeInTheDocument()
    expect(recommendationCalls).toBe(1)
    clearToken()
  }, 20_000)

  it('says 加载中… under the search bar while a student\'s recommendations are computed, then shows them', async () => {
    failing = false
    setToken('student-token')
    role = 'student'
    let release = () => {}
    recommendationsHeld = new Promise((r) => { release = r })
    const { container } = render(<HomePage />)
    await waitFor(() => expect(container.querySelector('.for-you [aria-busy="true"]')).toHaveTextContent('加载中…'), { timeout: 5000 })
    release()
    expect(await screen.findByText('为你推荐', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(container.querySelector('[aria-busy="true"]')).toBeNull()
    recommendationsHeld = Promise.resolve()
    clearToken()
  }, 20_000)

  it('puts the student first: search bar, sign-in, the job feed and the next fairs come before the province figures', async () => {
    failing = false
    demoMode = false
    const { container } = render(<HomePage />)
    await screen.findAllByTestId('chain-card', {}, { timeout: 5000 })
    await screen.findByText('焊接机器人操作员', {}, { timeout: 5000 })
    await screen.findByText('高端装备产业链专场双选会', {}, { timeout: 5000 })
    const order = ['.home__search', '.home-visitor', '.for-you', '.home-fairs', '.home-province'].map((sel) => container.querySelector(sel))
    expect(order.every(Boolean)).toBe(true)
    for (let i = 1; i < order.length; i++) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // A visitor sees the newest jobs (no recommendation call) and the way in; the demo button only in demo mode.
    expect(screen.getByText('最新岗位')).toBeInTheDocument()
    expect(screen.getByText('登录 / 注册', { selector: '.taro-button-core' })).toBeInTheDocument()
    await new Promise((r) => setTimeout(r, 300))
    expect(screen.queryByText('以学生身份体验')).not.toBeInTheDocument()
  })

  it('lets a visitor in demo mode try the app as the demo student in one tap', async () => {
    failing = false
    demoMode = true
    role = 'student'
    const calls = recommendationCalls
    render(<HomePage />)
    fireEvent.click(await screen.findByText('以学生身份体验', { selector: '.taro-button-core' }, { timeout: 5000 }))
    expect(await screen.findByText('为你推荐', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryByText('登录 / 注册')).not.toBeInTheDocument()
    expect(recommendationCalls).toBe(calls + 1)
    clearToken()
    demoMode = false
  })

  it('hands the keyword typed into the search bar over to the jobs tab', async () => {
    failing = false
    const switchTab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    render(<HomePage />)
    fireEvent.input(document.querySelector('input[name="homeQ"]')!, { target: { value: ' 数控 ' } })
    fireEvent.click(screen.getByText('搜索', { selector: '.taro-button-core' }))
    expect(switchTab).toHaveBeenCalledWith({ url: ROUTES.jobs })
    expect(takeHandedOverKeyword()).toBe('数控')
    switchTab.mockRestore()
  })
})
