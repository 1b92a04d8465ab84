import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { MembershipReviewItem } from '@zhilian/shared/contracts/admin'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { typeTextarea } from '../../test/dom'
import { readJson, sendJson, startLocalServer } from '../../test/local-server'
import MembershipReviewPage from './index'

const item = (n: number): MembershipReviewItem => ({
  id: `m${n}`,
  status: 'pending',
  isOwner: true,
  createdAt: `2026-11-2${n}T08:00:00.000Z`,
  user: { id: `u${n}`, displayName: `申请人${n}`, role: 'enterprise' },
  org: {
    id: `o${n}`, name: `测试企业${n}`, kind: 'enterprise', uscc: `91370100MA3C${n}XXXX`, cityCode: '370100',
    verification: 'pending', contactName: `联系人${n}`, contactPhone: `1380000000${n}`,
  },
})
const decisions: { id: string; body: unknown }[] = []
const cursors: (string | null)[] = []
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/admin/memberships': (req, res) => {
      const url = new URL(req.url ?? '', 'http://x')
      cursors.push(url.searchParams.get('cursor'))
      if (url.searchParams.get('status') !== 'pending') return sendJson(res, 200, { items: [], nextCursor: null })
      if (url.searchParams.get('cursor') === 'p2') sendJson(res, 200, { items: [item(3)], nextCursor: null })
      else sendJson(res, 200, { items: [item(1), item(2)], nextCursor: 'p2' })
    },
    'POST /api/admin/memberships/m2/verify': async (req, res) => {
      decisions.push({ id: 'm2', body: await readJson(req) })
      sendJson(res, 200, { id: 'm2', status: 'rejected', org: { id: 'o2', verification: 'pending' } })
    },
  })
})
afterAll(() => server.close())

describe('admin membership review', () => {
  it('pages through the pending queue with 加载更多', async () => {
    render(<MembershipReviewPage />)
    expect(await screen.findByText('测试企业1')).toBeInTheDocument()
    expect(screen.getByText('统一社会信用代码：91370100MA3C1XXXX')).toBeInTheDocument()
    expect(screen.getByText('申请人：申请人1（企业）')).toBeInTheDocument()
    fireEvent.click(screen.getByText('上拉或点此加载更多'))
    expect(await screen.findByText('测试企业3')).toBeInTheDocument()
    expect(screen.getByText('没有更多了')).toBeInTheDocument()
    expect(cursors.slice(-2)).toEqual([null, 'p2'])
  })

  it('requires a reason to reject, confirms, sends it and drops the item', async () => {
    // jsdom cannot tap a native modal; answer it as the reviewer would.
    const showModal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const { container } = render(<MembershipReviewPage />)
    await screen.findByText('测试企业2')
    const card = [...container.querySelectorAll('.review-card')].find((el) => el.textContent?.includes('测试企业2')) as HTMLElement
    fireEvent.click(card.querySelector('.taro-button-core:first-of-type') as HTMLElement) // 驳回
    fireEvent.click(await screen.findByText('确认驳回'))
    expect(await screen.findByText('请填写驳回理由')).toBeInTheDocument()
    expect(decisions).toEqual([])

    await typeTextarea(card, '营业执照照片不清晰')
    fireEvent.click(screen.getByText('确认驳回'))
    await waitFor(() => expect(decisions).toEqual([{ id: 'm2', body: { decision: 'rejected', note: '营业执照照片不清晰' } }]))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认驳回' }))
    await waitFor(() => expect(screen.queryByText('测试企业2')).not.toBeInTheDocument())
    expect(screen.getByText('测试企业1')).toBeInTheDocument()
    showModal.mockRestore()
  })
})
