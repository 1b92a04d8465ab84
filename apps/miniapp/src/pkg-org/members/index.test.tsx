import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { MembersView } from '@zhilian/shared/contracts/members'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openAt, tapButton } from '../../test/dom'
import { readJson, sendJson, startLocalServer } from '../../test/local-server'
import { joinPath } from '../invite-link'
import MembersPage from './index'

const org = { id: 'o1', name: '淄博恒瑞精密机械有限公司', kind: 'enterprise' as const }
const member = (id: string, displayName: string, role: MembersView['members'][number]['role'], isMe = false) =>
  ({ id, displayName, role, status: 'verified' as const, joinedAt: '2026-11-01T08:00:00.000Z', isMe })
const ownerView: MembersView = {
  org, suspension: null, myRole: 'owner', canManage: true,
  members: [member('m1', '王强', 'owner', true), member('m2', '孙婷', 'hr')],
  invitations: [{ id: 'i1', role: 'list_filler', codeHint: 'K7', state: 'open', expiresAt: '2026-12-08T08:00:00.000Z', createdAt: '2026-12-05T08:00:00.000Z', usedBy: null }],
}
let view: MembersView = ownerView
const calls: { what: string; body?: unknown }[] = []
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/organizations/o1/members': (_req, res) => sendJson(res, 200, view),
    'POST /api/organizations/o1/invitations': async (req, res) => {
      calls.push({ what: 'invite', body: await readJson(req) })
      sendJson(res, 201, { id: 'i2', code: 'ABCD2345', role: 'hr', expiresAt: '2026-12-08T08:00:00.000Z' })
    },
    'POST /api/organizations/o1/members/m2/sign-in-reset': (_req, res) => {
      calls.push({ what: 'reset' })
      sendJson(res, 201, { member: '孙婷', username: 'sun_ting', temporaryPassword: 'Kp7wQx3mZr9a', expiresAt: '2026-12-09T08:00:00.000Z' })
    },
    'DELETE /api/organizations/o1/members/m2': (_req, res) => {
      calls.push({ what: 'remove' })
      sendJson(res, 200, { ...ownerView, members: ownerView.members.slice(0, 1) })
    },
  })
})
afterAll(() => server.close())

describe('成员管理', () => {
  it('lets the owner make a code for a role and shows it with the link to copy', async () => {
    view = ownerView
    openAt('orgId=o1')
    render(<MembersPage />)
    expect(await screen.findByText('邀请同事')).toBeInTheDocument()
    expect(screen.getByText('尾号 K7 · 清单填报员')).toBeInTheDocument()
    tapButton('生成邀请码')
    expect(await screen.findByText('ABCD2345')).toBeInTheDocument()
    expect(calls.at(-1)).toEqual({ what: 'invite', body: { role: 'hr' } })
    expect(screen.getByText('复制邀请链接')).toBeInTheDocument()
    expect(joinPath('ABCD2345')).toBe('/pkg-org/join/index?code=ABCD2345')
  })

  it('removes a member only after the owner confirms', async () => {
    view = ownerView
    openAt('orgId=o1')
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<MembersPage />)
    await screen.findByText('孙婷')
    tapButton('移除')
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(calls.some((c) => c.what === 'remove')).toBe(false)
    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    tapButton('移除')
    await waitFor(() => expect(calls.some((c) => c.what === 'remove')).toBe(true))
    expect(String(modal.mock.calls[0]![0]!.content)).toContain('立即失去')
  })

  it('resets a member’s sign-in only after the owner confirms, and shows the temporary password once', async () => {
    view = ownerView
    openAt('orgId=o1')
    const modal = vi.spyOn(Taro, 'showModal')
    modal.mockClear()
    modal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<MembersPage />)
    await screen.findByText('孙婷')
    // The owner's own row offers no reset: an owner's sign-in is never reset by someone else.
    expect(screen.getAllByText('重置登录')).toHaveLength(1)
    tapButton('重置登录')
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(String(modal.mock.calls[0]![0]!.content)).toContain('所有登录立即退出')
    expect(calls.some((c) => c.what === 'reset')).toBe(false)
    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    tapButton('重置登录')
    expect(await screen.findByText('Kp7wQx3mZr9a')).toBeInTheDocument()
    expect(calls.filter((c) => c.what === 'reset')).toHaveLength(1)
    expect(screen.getByText('账号：sun_ting')).toBeInTheDocument()
    const clip = vi.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' })
    tapButton('复制账号和临时密码')
    expect(clip).toHaveBeenCalledWith({ data: '账号：sun_ting\n临时密码：Kp7wQx3mZr9a' })
    tapButton('我已转交')
    expect(screen.queryByText('Kp7wQx3mZr9a')).toBeNull()
  })

  it('shows a member who is not the owner the list only', async () => {
    view = { org, suspension: null, myRole: 'hr', canManage: false, members: [member('m1', '王强', 'owner'), member('m2', '孙婷', 'hr', true)], invitations: [] }
    openAt('orgId=o1')
    render(<MembersPage />)
    expect(await screen.findByText('孙婷（我）')).toBeInTheDocument()
    expect(screen.getByText('我的角色：招聘专员（成员由单位负责人管理）')).toBeInTheDocument()
    expect(screen.queryByText('邀请同事')).toBeNull()
    expect(screen.queryByText('移除')).toBeNull()
    expect(screen.queryByText('重置登录')).toBeNull()
    fireEvent.click(screen.getByText('孙婷（我）'))
  })

  // Decision 101: the owner of a suspended unit read 「单位不存在或您不是其成员」 here.
  it('tells a suspended unit’s owner who suspended it and what can still be done, offering only what takes access away', async () => {
    view = { ...ownerView, suspension: { by: '山东省工业和信息化厅', reason: '营业执照待核' } }
    openAt('orgId=o1')
    render(<MembersPage />)
    const note = await screen.findByRole('alert')
    expect(note.textContent).toBe('本单位已被山东省工业和信息化厅暂停，原因：营业执照待核。暂停期间不能邀请成员、调整角色或移交负责人；您仍可查看和移除成员、重置成员登录、撤销邀请。恢复后可继续管理，如有疑问，请联系山东省工业和信息化厅。')
    expect(screen.getByText('孙婷')).toBeInTheDocument()
    for (const label of ['邀请同事', '改角色', '设为负责人']) expect(screen.queryByText(label)).toBeNull()
    for (const label of ['移除', '重置登录', '撤销']) expect(screen.getByText(label)).toBeInTheDocument()
  })

  it('tells a suspended unit’s other members who suspended it and why', async () => {
    view = { org, suspension: { by: '淄博市工业和信息化局', reason: '核查中' }, myRole: 'viewer', canManage: false, members: [member('m1', '王强', 'owner'), member('m3', '李只读', 'viewer', true)], invitations: [] }
    openAt('orgId=o1')
    render(<MembersPage />)
    expect((await screen.findByRole('alert')).textContent).toBe('本单位已被淄博市工业和信息化局暂停，原因：核查中。如有疑问，请联系淄博市工业和信息化局。')
    expect(screen.getByText('李只读（我）')).toBeInTheDocument()
  })
})
