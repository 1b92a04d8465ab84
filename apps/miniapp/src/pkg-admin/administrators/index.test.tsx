import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { AppError } from '@zhilian/shared'
import type { Administrator, AdministratorChoices } from '@zhilian/shared/contracts/administrators'
import type { Me } from '@zhilian/shared/contracts/me'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { confirmModal, tapButton, type } from '../../test/dom'
import { readJson, sendJson, sendProblem, startLocalServer } from '../../test/local-server'
import AdministratorsPage from './index'

/** 管理员账号 (decision 072) as 山东省教育厅 sees it: its city bureaus, 新增 limited to them, 重置登录 and 停用. */
const account = (n: number, over: Partial<Administrator> = {}): Administrator => ({
  id: `a${n}`, displayName: `审核员${n}`, username: `bureau_${n}`, department: 'edu', cityCode: '370300', groupingId: null,
  scopeLabel: '淄博市教育局 · 仅本市院校', passwordTemporary: false, disabledAt: null, disabledBy: null, self: false, createdAt: `2026-12-0${n}T08:00:00.000Z`, ...over,
})
const me: Me = {
  user: { id: 'me', role: 'admin', displayName: '省教育厅审核员', personalisationOff: false }, memberships: [], student: null,
  admin: { department: 'edu', cityCode: null, groupingId: null, label: '山东省教育厅 · 全省院校', reviewKinds: ['organization', 'supply_list'], canDecide: true, province: false },
}
const choices: AdministratorChoices = {
  departments: ['edu'], provinceLevel: false, groupings: [],
  cities: [{ adcode: '370100', name: '济南市' }, { adcode: '370300', name: '淄博市' }],
}
let items: Administrator[] = []
let listStatus = 200
const created: unknown[] = []
const calls: string[] = []
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/me': (_req, res) => sendJson(res, 200, me),
    'GET /api/admin/administrators': (_req, res) => {
      if (listStatus === 403) return sendProblem(res, new AppError('FORBIDDEN', { userMessage: '管理员账号由省级管理员或省教育厅、省工信厅开设，请联系上级部门' }))
      sendJson(res, 200, { items, nextCursor: null })
    },
    'GET /api/admin/administrators/choices': (_req, res) => sendJson(res, 200, choices),
    'POST /api/admin/administrators': async (req, res) => {
      created.push(await readJson(req))
      const administrator = account(9, { displayName: '王科长', username: 'jinan_edu', cityCode: '370100', scopeLabel: '济南市教育局 · 仅本市院校', passwordTemporary: true })
      items = [administrator, ...items]
      sendJson(res, 201, { administrator, signIn: { member: '王科长', username: 'jinan_edu', temporaryPassword: 'Kq7mTz3pWx8n', expiresAt: '2026-12-09T08:00:00.000Z' } })
    },
    'POST /api/admin/administrators/a1/sign-in-reset': (_req, res) => {
      calls.push('reset a1')
      sendJson(res, 201, { member: '审核员1', username: 'bureau_1', temporaryPassword: 'Rt5nVb2kLm9q', expiresAt: '2026-12-09T08:00:00.000Z' })
    },
    'POST /api/admin/administrators/a1/disable': (_req, res) => {
      calls.push('disable a1')
      items = items.map((a) => (a.id === 'a1' ? { ...a, disabledAt: '2026-12-06T08:00:00.000Z', disabledBy: '省教育厅审核员（山东省教育厅 · 全省院校）' } : a))
      sendJson(res, 200, items.find((a) => a.id === 'a1'))
    },
    'POST /api/admin/administrators/a4/enable': (_req, res) => {
      calls.push('enable a4')
      items = items.map((a) => (a.id === 'a4' ? { ...a, disabledAt: null, disabledBy: null, passwordTemporary: true } : a))
      sendJson(res, 200, { administrator: items.find((a) => a.id === 'a4'), signIn: { member: '审核员4', username: 'bureau_4', temporaryPassword: 'Hj4wQs8vNe2c', expiresAt: '2026-12-09T08:00:00.000Z' } })
    },
  })
})
afterAll(() => server.close())
beforeEach(() => {
  items = [account(1), account(2, { passwordTemporary: true }), account(3, { displayName: '本人', self: true }), account(4, { disabledAt: '2026-12-05T08:00:00.000Z', disabledBy: '张处长（山东省教育厅 · 全省院校）' })]
  listStatus = 200
  calls.length = 0
  created.length = 0
  vi.restoreAllMocks()
})

describe('管理员账号 (decision 072)', () => {
  it('lists the accounts with their scope in words, and offers actions only on others’ enabled accounts', async () => {
    render(<AdministratorsPage />)
    expect(await screen.findByText('审核员1')).toBeInTheDocument()
    expect(screen.getAllByText('淄博市教育局 · 仅本市院校')).toHaveLength(4)
    expect(await screen.findByText('山东省教育厅 · 全省院校')).toBeInTheDocument()
    expect(screen.getByText('待设置新密码')).toBeInTheDocument()
    expect(screen.getByText('已停用')).toBeInTheDocument()
    expect(screen.getAllByText('重置登录')).toHaveLength(2)
    expect(screen.getAllByText('停用', { selector: '.taro-button-core' })).toHaveLength(2)
    expect(screen.getByText('由 张处长（山东省教育厅 · 全省院校） 停用')).toBeInTheDocument()
    expect(screen.getAllByText('重新启用')).toHaveLength(1)
  })

  it('creates a city bureau of its own side only, then shows the temporary password once', async () => {
    const toast = vi.spyOn(Taro, 'showToast')
    render(<AdministratorsPage />)
    await screen.findByText('新增管理员')
    tapButton('新增管理员')
    expect(screen.queryByText('省级管理员')).toBeNull()
    expect(screen.queryByText('省教育厅')).toBeNull()
    type('displayName', '王科长')
    type('username', 'jinan_edu')
    tapButton('新增')
    expect(await screen.findByText('请选择城市')).toBeInTheDocument()
    expect(created).toEqual([])
    fireEvent.click(screen.getByText('济南市'))
    expect(screen.getByText('将开设：济南市教育局 · 仅本市院校')).toBeInTheDocument()
    const scrolled = vi.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'pageScrollTo:ok' })
    tapButton('新增')
    expect(await screen.findByText('Kq7mTz3pWx8n')).toBeInTheDocument()
    // The password card opens at the page's top while the finger is at the form's foot, far below: it is brought in sight.
    expect(scrolled).toHaveBeenCalledWith({ scrollTop: 0, duration: 0 })
    expect(created).toEqual([{ displayName: '王科长', username: 'jinan_edu', scope: { department: 'edu', cityCode: '370100', groupingId: null } }])
    expect(toast).toHaveBeenCalledWith({ title: '已新增', icon: 'success' })
    expect(await screen.findByText('王科长')).toBeInTheDocument()
    tapButton('我已转交')
    expect(screen.queryByText('Kq7mTz3pWx8n')).toBeNull()
  })

  it('resets a sign-in and disables an account only after a confirmation', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<AdministratorsPage />)
    await screen.findByText('审核员1')
    fireEvent.click(screen.getAllByText('重置登录')[0]!)
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(calls).toEqual([])
    confirmModal()
    fireEvent.click(screen.getAllByText('重置登录')[0]!)
    expect(await screen.findByText('Rt5nVb2kLm9q')).toBeInTheDocument()
    expect(screen.getByText('已重置“审核员1”的登录')).toBeInTheDocument()
    tapButton('我已转交')
    fireEvent.click(screen.getAllByText('停用', { selector: '.taro-button-core' })[0]!)
    await waitFor(() => expect(calls).toEqual(['reset a1', 'disable a1']))
    await waitFor(() => expect(screen.getAllByText('已停用')).toHaveLength(2))
  })

  it('re-enables a disabled account only after a confirmation, then shows its one-time password as 重置登录 does (decisions 074, 078)', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<AdministratorsPage />)
    await screen.findByText('重新启用')
    tapButton('重新启用')
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0]![0]).toMatchObject({ title: '重新启用管理员', confirmText: '启用' })
    expect(String(modal.mock.calls[0]![0]!.content)).toContain('生成一次性临时密码，原密码失效，原有登录状态不会恢复')
    expect(calls).toEqual([])
    confirmModal()
    tapButton('重新启用')
    await waitFor(() => expect(calls).toEqual(['enable a4']))
    const card = await screen.findByRole('region', { name: '临时密码' })
    expect(card).toHaveTextContent('已重置“审核员4”的登录')
    expect(card).toHaveTextContent('账号：bureau_4')
    expect(card).toHaveTextContent('Hj4wQs8vNe2c')
    // (An earlier test's 已停用 toast may linger in the document; the card's tag is what says the state.)
    await waitFor(() => expect(screen.queryByText('已停用', { selector: '.status-tag' })).toBeNull())
    expect(screen.queryByText('重新启用')).toBeNull()
    // Closing the card drops the password for good; the account then offers 重置登录 and 停用 like any other.
    tapButton('我已转交')
    expect(screen.queryByText('Hj4wQs8vNe2c')).toBeNull()
    expect(screen.getAllByText('停用', { selector: '.taro-button-core' })).toHaveLength(3)
  })

  it('shows the BFF’s refusal to someone who manages no administrator, and an empty list for one with none yet', async () => {
    listStatus = 403
    const { unmount } = render(<AdministratorsPage />)
    expect(await screen.findByText('管理员账号由省级管理员或省教育厅、省工信厅开设，请联系上级部门')).toBeInTheDocument()
    unmount()
    listStatus = 200
    items = []
    render(<AdministratorsPage />)
    expect(await screen.findByText('还没有您管理的管理员账号')).toBeInTheDocument()
  })
})
