import { fireEvent, render, screen } from '@testing-library/react'
import type { Chain } from '@zhilian/shared/contracts/reference'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handOverChain } from '../../lib/chain-filter'
import { sendJson, startLocalServer } from '../../test/local-server'
import JobsPage from './index'

const chain = (id: string, name: string, status: Chain['status'], sortOrder: number, active = true): Chain => ({
  id, name, status, source: '测试', sortOrder, active, majorCount: sortOrder * 2,
})
// Out of order and with one switched off, as an administrator may leave them.
const chains = [chain('SD-C12', '新能源汽车', 'candidate', 12), chain('SD-C01', '新一代信息技术', 'confirmed', 1), chain('SD-C99', '已停用链', 'confirmed', 5, false)]
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({ 'GET /api/reference/chains': (_req, res) => sendJson(res, 200, { items: chains }) })
})
afterAll(() => server.close())

describe('jobs tab', () => {
  it('lists the active chains as filter chips in their order and says the listing opens soon', async () => {
    const { container } = render(<JobsPage />)
    await screen.findByText('新一代信息技术')
    const chips = [...container.querySelectorAll('.chain-chip')].map((el) => el.textContent)
    expect(chips).toEqual(['全部', '新一代信息技术', '新能源汽车待确认'])
    expect(screen.getByText('岗位数据即将开放')).toBeInTheDocument()
  })

  it('applies the chain handed over from the home page', async () => {
    handOverChain('SD-C12')
    const { container } = render(<JobsPage />)
    await screen.findByText('新能源汽车')
    expect(container.querySelector('.chain-chip--active')).toHaveTextContent('新能源汽车')
    expect(screen.getByText(/当前筛选：新能源汽车/)).toBeInTheDocument()
    fireEvent.click(screen.getByText('全部'))
    expect(container.querySelector('.chain-chip--active')).toHaveTextContent('全部')
  })
})
