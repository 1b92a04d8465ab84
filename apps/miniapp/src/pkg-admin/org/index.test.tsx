import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { AdminOrg } from '@zhilian/shared/contracts/admin'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { confirmModal, openAt, tapButton } from '../../test/dom'
import { readJson, sendJson, startLocalServer } from '../../test/local-server'
import AdminOrgPage from './index'

const org: AdminOrg = {
  id: 'o1', name: '济南重工机械有限公司', kind: 'enterprise', uscc: '91370100MA0000000X', cityCode: '370100',
  verification: 'verified', trustedPoster: false, jobs: { pendingReview: 0, open: 2, suspended: 0 },
  may: { setTrusted: true, resetOwnerSignIn: true, suspend: true, verifyLabels: true }, suspension: null, labels: [],
}
/** The same unit as a consortium administrator reads it: the server says it may do none of them (decisions 069, 083). */
const followed: AdminOrg = { ...org, id: 'o2', may: { setTrusted: false, resetOwnerSignIn: false, suspend: false, verifyLabels: false } }
/** A unit the province suspends (decision 083): the server's answers before and after. */
let suspendable: AdminOrg = { ...org, id: 'o3', name: '东营可疑装备有限公司', jobs: { pendingReview: 0, open: 3, suspended: 0 } }
const suspendedBodies: unknown[] = []
let resets = 0
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/admin/organizations/o1': (_req, res) => sendJson(res, 200, org),
    'GET /api/admin/organizations/o2': (_req, res) => sendJson(res, 200, followed),
    'GET /api/admin/organizations/o3': (_req, res) => sendJson(res, 200, suspendable),
    'POST /api/admin/organizations/o3/suspend': async (req, res) => {
      suspendedBodies.push(await readJson(req))
      suspendable = { ...suspendable, verification: 'suspended', jobs: { pendingReview: 0, open: 0, suspended: 3 }, suspension: { at: '2026-12-06T14:00:00.000Z', by: '省级管理员', reason: '冒用他人营业执照' } }
      sendJson(res, 200, suspendable)
    },
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

  it('suspends a unit only with a reason and after a confirmation naming the jobs that go offline, then shows who and why', async () => {
    openAt('id=o3')
    const modal = confirmModal()
    modal.mockClear()
    render(<AdminOrgPage />)
    await screen.findByText('东营可疑装备有限公司')
    tapButton('暂停单位')
    expect(await screen.findByText('请填写暂停原因（至少2个字），该单位成员会看到')).toBeInTheDocument()
    expect(modal).not.toHaveBeenCalled()
    fireEvent.input(document.querySelector('input[name="suspension-reason"]')!, { target: { value: '冒用他人营业执照' } })
    tapButton('暂停单位')
    expect(await screen.findByText('单位已暂停')).toBeInTheDocument()
    expect(String(modal.mock.calls[0]![0]!.content)).toContain('其在招岗位将下线3个')
    expect(suspendedBodies).toEqual([{ reason: '冒用他人营业执照' }])
    expect(screen.getByText(/省级管理员于2026-12-06 22:00暂停，原因：冒用他人营业执照/)).toBeInTheDocument()
    expect(screen.getByText('恢复单位', { selector: '.taro-button-core' })).toBeInTheDocument()
    modal.mockRestore()
  })

  it('offers no 暂停单位 when the server says the caller may not', async () => {
    openAt('id=o2')
    render(<AdminOrgPage />)
    await screen.findByText('济南重工机械有限公司')
    expect(screen.queryByText('暂停单位')).toBeNull()
  })
})
