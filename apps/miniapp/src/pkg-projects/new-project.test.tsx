import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../api/token'
import { backArrow, openAt, tapButton, tapChip, type, typeTextarea, unloadAsks } from '../test/dom'
import { LEAVE_MESSAGE } from '../lib/use-leave-guard'
import { useRealBff } from '../test/real-bff'
import { ROUTES } from '../routes'
import ProjectDetailPage from './detail/index'
import ProjectsPage from './list/index'
import NewProjectPage from './new/index'

const bff = useRealBff()

/** The form for the four sources other than 揭榜挂帅 (decision 036), against the real BFF. */
describe('登记合作项目', () => {
  it('switches source, finds the partner by name, shows field problems, and opens the signed project', async () => {
    const col = await bff.make('createCollege', { name: '淄博表单职业学院' })
    await bff.make('createEnterprise', { name: '淄博表单精工有限公司' })
    const { user } = await bff.make('createMember', col)
    await bff.make('createEvent', { organizerOrgId: col.id, title: '淄博表单校企签约会' })
    setToken(await bff.tokenFor(user))
    const redirect = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })

    const form = render(<NewProjectPage />)
    // 活动签约 first: the college's own event is offered.
    await screen.findByText('淄博表单校企签约会')
    // Switching source swaps what the project grows from: no equipment yet, a major for an 订单班.
    tapChip('设备共享')
    await screen.findByText('暂无可登记的共享设备')
    expect(screen.queryByText('淄博表单校企签约会')).toBeNull()
    tapChip('订单班')
    expect(await screen.findByText('订单班专业')).toBeInTheDocument()
    tapChip('活动签约')
    fireEvent.click(await screen.findByText('淄博表单校企签约会'))

    // The partner lookup: nothing found, then the enterprise by name (the caller's own college is never offered).
    type('partnerQuery', '不存在的单位名称')
    tapButton('搜索')
    await screen.findByText('没有找到符合条件的已认证单位')
    type('partnerQuery', '淄博表单')
    tapButton('搜索')
    fireEvent.click(await screen.findByText('淄博表单精工有限公司'))
    expect(screen.queryByText('淄博表单职业学院')).toBeNull()
    await screen.findByText('更换')

    // Too short a title and no goals: the problems show under their fields, nothing is sent.
    type('title', '签约')
    tapButton('登记项目')
    await screen.findByText('请填写项目名称（至少 4 个字）')
    expect(screen.getByText('请用至少 10 个字写明合作目标')).toBeInTheDocument()
    expect(redirect).not.toHaveBeenCalled()

    type('title', '数控技术订单班合作')
    await typeTextarea(form.container, '三年联合培养60名数控技术技能人才')
    tapButton('添加里程碑')
    type('milestones.0.title', '完成首批学生遴选')
    tapButton('登记项目')
    await waitFor(() => expect(redirect).toHaveBeenCalled())
    const url = (redirect.mock.calls[0]![0] as { url: string }).url
    expect(url.startsWith(`${ROUTES.projectDetail}?id=`)).toBe(true)
    form.unmount()

    openAt(url.split('?')[1]!)
    render(<ProjectDetailPage />)
    await screen.findByText('数控技术订单班合作')
    expect(screen.getByText('签约活动：淄博表单校企签约会')).toBeInTheDocument()
    expect(screen.getByText('完成首批学生遴选')).toBeInTheDocument()
    expect(document.body.textContent).toContain('淄博表单精工有限公司')
  })

  it('offers 登记合作项目 on the ledger to a member who may cooperate, not to a 只读成员', async () => {
    const ent = await bff.make('createEnterprise', { name: '淄博入口精工有限公司' })
    const viewer = await bff.make('createMember', ent, { orgRole: 'viewer' })
    setToken(await bff.tokenFor(viewer.user))
    const readOnly = render(<ProjectsPage />)
    // Once /api/me has answered, the role is named instead of the button.
    await screen.findByText('您在本单位的角色只能查看项目，登记合作项目请联系单位负责人')
    expect(screen.queryByText('登记合作项目')).toBeNull()
    readOnly.unmount()

    const manager = await bff.make('createMember', ent)
    setToken(await bff.tokenFor(manager.user))
    const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<ProjectsPage />)
    await screen.findByText('登记合作项目')
    tapButton('登记合作项目')
    expect(navigate).toHaveBeenCalledWith({ url: ROUTES.projectCreate })
  })

  it('offers as partner only the kinds the source joins with the unit\'s own (decision 107)', async () => {
    const ent = await bff.make('createEnterprise', { name: '淄博种类精工有限公司' })
    const { user } = await bff.make('createMember', ent)
    setToken(await bff.tokenFor(user))
    render(<NewProjectPage />)
    const kindChips = () => within(screen.getByText('类型').closest('.option-chips')! as HTMLElement).getAllByRole('button').map((b) => b.textContent)
    // An enterprise signs with a college or a research institute; before, 全部 and 企业 were offered too.
    await waitFor(() => expect(kindChips()).toEqual(['院校', '科研院所']))
    tapChip('订单班')
    await waitFor(() => expect(kindChips()).toEqual(['院校']))
  })

  it('asks a member of two units which one registers the project, under 建立单位 (decisions 094, 098)', async () => {
    const col = await bff.make('createCollege', { name: '淄博双单位职业学院' })
    const ent = await bff.make('createEnterprise', { name: '淄博双单位精工有限公司' })
    await bff.make('createEnterprise', { name: '淄博双单位伙伴有限公司' })
    const { user } = await bff.make('createMember', col)
    await bff.make('addMembership', user.id, ent)
    await bff.make('createEvent', { organizerOrgId: col.id, title: '淄博双单位签约会' })
    setToken(await bff.tokenFor(user))
    const redirect = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })

    const form = render(<NewProjectPage />)
    await screen.findByText('建立单位')
    fireEvent.click(await screen.findByText('淄博双单位签约会'))
    type('partnerQuery', '淄博双单位伙伴')
    tapButton('搜索')
    fireEvent.click(await screen.findByText('淄博双单位伙伴有限公司'))
    type('title', '双单位校企签约项目')
    await typeTextarea(form.container, '双方共同推进人才培养与技术服务')
    // Not picked: the server asks, and the question sits under the chips.
    tapButton('登记项目')
    await screen.findByText('您属于多家单位，请选择以哪家单位建立项目')
    expect(redirect).not.toHaveBeenCalled()
    // Each unit is a row of its own with its whole name and kind, and the page says what the choice is (decision 098).
    expect(screen.getByText(/请选择以哪家单位的名义登记本项目/)).toBeTruthy()
    expect(screen.getByText('淄博双单位精工有限公司').closest('[role="button"]')!.textContent).toBe('淄博双单位精工有限公司（企业）')
    fireEvent.click(screen.getByText('淄博双单位职业学院').closest('[role="button"]')!)
    tapButton('登记项目')
    await waitFor(() => expect(redirect).toHaveBeenCalled())
    form.unmount()
    // The picked unit is the party, not the member's other one.
    openAt((redirect.mock.calls[0]![0] as { url: string }).url.split('?')[1]!)
    render(<ProjectDetailPage />)
    await screen.findByText('双单位校企签约项目')
    expect(document.body.textContent).toContain('淄博双单位伙伴有限公司')
    expect(document.body.textContent).toContain('淄博双单位职业学院')
    expect(document.body.textContent).not.toContain('淄博双单位精工有限公司')
  })

  // Decision 096 gave 登记合作项目 the question before leaving; decision 101 gives it a test of its own.
  it('asks before leaving a half-typed project: 留下 keeps it, 离开 goes back', async () => {
    const col = await bff.make('createCollege', { name: '淄博离开职业学院' })
    const { user } = await bff.make('createMember', col)
    await bff.make('createEvent', { organizerOrgId: col.id, title: '淄博离开校企签约会' })
    setToken(await bff.tokenFor(user))
    const back = backArrow()
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    const navigateBack = vi.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    try {
      render(<NewProjectPage />)
      await screen.findByText('淄博离开校企签约会')
      fireEvent.click(back)
      expect(modal).not.toHaveBeenCalled()
      expect(unloadAsks()).toBe(false)
      type('title', '数控技术订单班合作')
      fireEvent.click(back)
      await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
      expect(modal.mock.calls[0]![0]).toMatchObject({ content: LEAVE_MESSAGE, confirmText: '离开', cancelText: '留下' })
      expect(navigateBack).not.toHaveBeenCalled()
      expect(unloadAsks()).toBe(true)
      modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
      fireEvent.click(back)
      await waitFor(() => expect(navigateBack).toHaveBeenCalledTimes(1))
    } finally {
      back.remove()
    }
  })
})
