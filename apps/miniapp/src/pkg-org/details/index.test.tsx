import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearToken, setToken } from '../../api/token'
import { confirmModal, openAt, tapButton, type } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import OrgDetailsPage from './index'
import { fieldOf, openDetailsAs, type Role, storedOrg } from './open-details'

const bff = useRealBff()
afterEach(() => clearToken())

const openAs = (role: Role, name: string) => openDetailsAs(bff, role, name)
const stored = (token: string, id: string) => storedOrg(bff, token, id)
const input = fieldOf

describe('单位资料 against the real BFF (decision 091)', () => {
  it('lets the owner change the contact phone, applied at once, the unit\'s 企业称号 kept (decision 097)', async () => {
    const { org, token } = await openAs({ isOwner: true }, '淄博资料测试机械有限公司')
    const labelled = await fetch(`${bff.origin}/api/organizations/${org.id}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ labels: ['srdi_sme'] }),
    })
    expect(labelled.status).toBe(200)
    await waitFor(() => expect(input('contactPhone')?.value).toBe('13800000000'))
    type('contactPhone', '13912345678')
    tapButton('保存')
    await waitFor(async () => expect((await stored(token, org.id)).contactPhone).toBe('13912345678'))
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'success' })
    // The page sends what changed; its schema's default used to add `labels: []`, which removed them all.
    expect((await stored(token, org.id)).labels.map((l) => l.id)).toEqual(['srdi_sme'])
  })

  it('lets a 业务管理员 change the address and intro', async () => {
    const { org, token } = await openAs({ orgRole: 'manager' }, '潍坊资料测试动力有限公司')
    // The intro's textarea is drawn a moment after the inputs (Taro's web component), later on a busy machine.
    await waitFor(() => expect(input('address') && input('intro')).not.toBeNull())
    type('address', '潍坊市高新区健康东街6号')
    type('intro', '柴油机零部件制造')
    tapButton('保存')
    await waitFor(async () => expect((await stored(token, org.id)).address).toBe('潍坊市高新区健康东街6号'))
    expect((await stored(token, org.id)).intro).toBe('柴油机零部件制造')
  })

  it('shows a 招聘专员 the details as text, naming the roles that may edit them', async () => {
    await openAs({ orgRole: 'hr' }, '烟台资料只读测试有限公司')
    expect(await screen.findByText('您的角色（招聘专员）只能查看单位资料；负责人、业务管理员可以修改')).toBeInTheDocument()
    expect(screen.getByText('13800000000')).toBeInTheDocument()
    // The city by its name once the names load, never 未填写 for a unit that has one.
    expect(await screen.findByText('淄博市', { selector: '.lf-field__value' })).toBeInTheDocument()
    expect(screen.getByText('地址')).toBeInTheDocument()
    expect(document.querySelectorAll('input, textarea')).toHaveLength(0)
    expect(screen.queryByText('保存', { selector: '.taro-button-core' })).toBeNull()
  })

  it('says a verified unit\'s new name goes to review, and shows it waiting with the old name still in force', async () => {
    const { org, token } = await openAs({ isOwner: true }, '济宁资料更名测试有限公司')
    expect(screen.getByText(/单位名称、统一社会信用代码和所在城市的修改需经平台审核；审核通过前，对外仍显示原来的信息/)).toBeInTheDocument()
    await waitFor(() => expect(input('name')?.value).toBe('济宁资料更名测试有限公司'))
    const modal = confirmModal()
    type('name', '济宁新材料科技有限公司')
    tapButton('保存并提交变更审核')
    expect(await screen.findByText('信息变更审核中：名称改为「济宁新材料科技有限公司」。审核通过前，对外仍显示「济宁资料更名测试有限公司」。')).toBeInTheDocument()
    expect(String(modal.mock.calls[0]![0]!.content)).toContain('审核通过前')
    const now = await stored(token, org.id)
    expect(now.name).toBe('济宁资料更名测试有限公司')
    expect(now.pendingChange?.name).toBe('济宁新材料科技有限公司')
    await waitFor(() => expect(input('name')?.value).toBe('济宁资料更名测试有限公司'))
  })

  // Decision 101: a change waiting for review could not be taken back.
  it('withdraws a change waiting for review only after the owner confirms, and the page shows the unit without it', async () => {
    const { org, token } = await openAs({ isOwner: true }, '枣庄资料撤回测试有限公司')
    await waitFor(() => expect(input('name')?.value).toBe('枣庄资料撤回测试有限公司'))
    const modal = confirmModal()
    type('name', '枣庄资料撤回测试集团有限公司')
    tapButton('保存并提交变更审核')
    await screen.findByText(/信息变更审核中：名称改为「枣庄资料撤回测试集团有限公司」/)
    modal.mockClear()
    modal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    tapButton('撤回变更')
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0]![0]).toMatchObject({ title: '撤回信息变更', content: expect.stringContaining('单位仍显示「枣庄资料撤回测试有限公司」') })
    expect((await stored(token, org.id)).pendingChange?.name).toBe('枣庄资料撤回测试集团有限公司')
    tapButton('撤回变更')
    await waitFor(async () => expect((await stored(token, org.id)).pendingChange).toBeNull())
    await waitFor(() => expect(screen.queryByText(/信息变更审核中/)).toBeNull())
    expect(screen.queryByText('撤回变更', { selector: '.taro-button-core' })).toBeNull()
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已撤回变更', icon: 'none' })
  })

  it('offers a 招聘专员 no 撤回 of a change waiting for review', async () => {
    const org = await bff.make('createEnterprise', { name: '聊城资料撤回只读测试有限公司' })
    const owner = await bff.tokenFor((await bff.make('createMember', org, { isOwner: true })).user)
    const asked = await fetch(`${bff.origin}/api/organizations/${org.id}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: '聊城资料撤回只读测试集团有限公司' }),
    })
    expect(asked.status).toBe(200)
    setToken(await bff.tokenFor((await bff.make('createMember', org, { orgRole: 'hr' })).user))
    openAt(`orgId=${org.id}`)
    render(<OrgDetailsPage />)
    expect(await screen.findByText(/信息变更审核中/)).toBeInTheDocument()
    expect(screen.queryByText('撤回变更', { selector: '.taro-button-core' })).toBeNull()
  })

  it('shows a bad phone number under its field and sends nothing', async () => {
    const { org, token } = await openAs({ isOwner: true }, '日照资料校验测试有限公司')
    await waitFor(() => expect(input('contactPhone')).not.toBeNull())
    const patch = vi.spyOn(Taro, 'request')
    type('contactPhone', '12345')
    tapButton('保存')
    const error = await screen.findByText('手机号格式不正确（座机请写作0531-51793802）')
    expect(error.closest('.lf-field')?.querySelector('input[name="contactPhone"]')).not.toBeNull()
    expect(patch.mock.calls.some(([o]) => o.method === 'PATCH')).toBe(false)
    expect((await stored(token, org.id)).contactPhone).toBe('13800000000')
  })
})
