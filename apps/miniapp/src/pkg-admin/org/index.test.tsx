import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { AdminOrg } from '@zhilian/shared/contracts/admin'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openAt, tapButton } from '../../test/dom'
import { sendJson, startLocalServer } from '../../test/local-server'
import AdminOrgPage from './index'

const org: AdminOrg = {
  id: 'o1', name: '济南重工机械有限公司', kind: 'enterprise', uscc: '91370100MA0000000X', cityCode: '370100',
  verification: 'verified', trustedPoster: false, jobs: { pendingReview: 0, open: 2 }, may: { setTrusted: true, resetOwnerSignIn: true },
}
/** The same unit as a consortium administrator reads it: the server says it may do neither (decision 069). */
const followed: AdminOrg = { ...org, id: 'o2', may: { setTrusted: false, resetOwnerSignIn: false } }
let resets = 0
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/admin/organizations/o1': (_req, res) => sendJson(res, 200, org),
    'GET /api/admin/organizations/o2': (_req, res) => sendJson(res, 200, followed),
    'POST /api/admin/organizations/o1/owner/sign-in-reset': (_req, res) => {
      resets++
      sendJson(res, 201, { member: '张总', username: 'zhang_zong', temporaryPassword: 'Hn4tRw8kPq2z', expiresAt: '2026-12-09T08:00:00.000Z' })
    },
  })
})
afterAll(() => server.close())

describe('the administrator’s organisation page (decision 064)', () => {
  it('resets the owner’s sign-in only after a confirmation, and shows the temporary password once with a copy action', async () => {
    openAt('id=o1')
    const modal = vi.spyOn(Taro, 'showModal')
    modal.mockClear()
    modal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<AdminOrgPage />)
    await screen.findByText('济南重工机械有限公司')
    tapButton('重置负责人登录')
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(String(modal.mock.calls[0]![0]!.content)).toContain('所有登录立即退出')
    expect(resets).toBe(0)
    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    tapButton('重置负责人登录')
    expect(await screen.findByText('Hn4tRw8kPq2z')).toBeInTheDocument()
    expect(resets).toBe(1)
    expect(screen.getByText('已重置“张总”的登录')).toBeInTheDocument()
    const clip = vi.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' })
    tapButton('复制账号和临时密码')
    expect(clip).toHaveBeenCalledWith({ data: '账号：zhang_zong\n临时密码：Hn4tRw8kPq2z' })
    tapButton('我已转交')
    expect(screen.queryByText('Hn4tRw8kPq2z')).toBeNull()
    expect(screen.getByText('重置负责人登录')).toBeInTheDocument()
  })

  it('offers neither 重置负责人登录 nor the 免审发布 switch when the server says the caller may not (a consortium administrator)', async () => {
    openAt('id=o2')
    render(<AdminOrgPage />)
    await screen.findByText('济南重工机械有限公司')
    expect(screen.queryByText('重置负责人登录')).toBeNull()
    expect(screen.queryByText('负责人登录')).toBeNull()
    expect(screen.getByText(/由教育、工信部门办理/)).toBeInTheDocument()
    expect(document.querySelector('.trusted-switch')).toHaveAttribute('disabled')
  })
})
