import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../api/token'
import { openAt, tapButton, typeTextarea } from '../test/dom'
import { useRealBff } from '../test/real-bff'
import { ROUTES } from '../routes'
import ProjectDetailPage from './detail/index'
import ProjectsPage from './list/index'
import ProjectUpdatePage from './update/index'

const bff = useRealBff()
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString()

async function party() {
  const ent = await bff.make('createEnterprise', { name: '淄博台账精工有限公司' })
  const col = await bff.make('createCollege', { name: '淄博台账职业学院' })
  const { user } = await bff.make('createMember', ent)
  return { ent, col, token: await bff.tokenFor(user) }
}

describe('项目台账 pages', () => {
  it('says so when there are no projects, then lists a project and opens it', async () => {
    const { ent, col, token } = await party()
    setToken(token)
    const empty = render(<ProjectsPage />)
    await screen.findByText('暂无合作项目')
    empty.unmount()
    const project = await bff.make('createProject', [ent.id, col.id], { title: '机器人运维订单班', milestones: [{ title: '订单班开班', dueAt: new Date(inDays(3)) }] })
    const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { container } = render(<ProjectsPage />)
    await screen.findByText('机器人运维订单班')
    expect(screen.getByText('淄博台账精工有限公司 × 淄博台账职业学院')).toBeInTheDocument()
    expect(container.textContent).toContain('里程碑 0/1')
    fireEvent.click(container.querySelector('.project-card')!)
    expect(navigate).toHaveBeenCalledWith({ url: `${ROUTES.projectDetail}?id=${project.id}` })
  })

  it('posts an update from the phone that completes a milestone, and the detail shows it on the timeline', async () => {
    const { ent, col, token } = await party()
    setToken(token)
    const project = await bff.make('createProject', [ent.id, col.id], { title: '焊接工艺培训项目', milestones: [{ title: '第一期培训结业', dueAt: new Date(inDays(5)) }] })
    openAt(`id=${project.id}`)
    const back = vi.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const form = render(<ProjectUpdatePage />)
    await screen.findByText('进展说明')
    await typeTextarea(form.container, '第一期30人已结业，考核全部合格')
    fireEvent.click(screen.getByText(/第一期培训结业/))
    tapButton('发布')
    await waitFor(() => expect(back).toHaveBeenCalled())
    form.unmount()

    render(<ProjectDetailPage />)
    await screen.findByText('第一期30人已结业，考核全部合格')
    expect(screen.getByText('完成里程碑「第一期培训结业」，项目推进中')).toBeInTheDocument()
    expect(screen.getAllByText('推进中').length).toBeGreaterThan(0)
  })

  it('asks for 结项 from one party and completes the project when the other confirms (decision 107)', async () => {
    const { ent, col, token } = await party()
    const project = await bff.make('createProject', [ent.id, col.id], { title: '数控实训订单班', milestones: [{ title: '首批学员结业', dueAt: new Date(inDays(5)) }] })
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    vi.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const post = async (text: string, tick: string) => {
      openAt(`id=${project.id}`)
      const form = render(<ProjectUpdatePage />)
      await screen.findByText('进展说明')
      await typeTextarea(form.container, text)
      fireEvent.click(await screen.findByText(tick))
      tapButton('发布')
      await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled())
      form.unmount()
      vi.mocked(Taro.navigateBack).mockClear()
    }
    setToken(token)
    // The enterprise asks: its 结项 is a request the college must confirm; before, it completed the project alone.
    openAt(`id=${project.id}`)
    const ask = render(<ProjectUpdatePage />)
    await screen.findByText('进展说明')
    await typeTextarea(ask.container, '首批学员全部结业，申请结项')
    fireEvent.click(screen.getByText(/首批学员结业/))
    fireEvent.click(screen.getByText('项目已全部完成，申请结项'))
    tapButton('发布')
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled())
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '申请结项' }))
    ask.unmount()
    vi.mocked(Taro.navigateBack).mockClear()
    const asked = render(<ProjectDetailPage />)
    await screen.findByText(/本单位已于.+申请结项，等待合作方确认/)
    expect(screen.getAllByText('推进中').length).toBeGreaterThan(0)
    asked.unmount()
    // The ledger's card says so too, without opening the project; before, only the project's page did.
    const mine = render(<ProjectsPage />)
    await screen.findByText(/本单位已于.+申请结项，等待合作方确认/)
    mine.unmount()

    setToken(await bff.tokenFor((await bff.make('createMember', col)).user))
    const theirs = render(<ProjectsPage />)
    expect((await screen.findByText(/淄博台账精工有限公司已于.+申请结项，待本单位确认/)).className).toContain('project-completion--answer')
    theirs.unmount()
    await post('核对无误，确认结项', '淄博台账精工有限公司已申请结项，确认结项')
    render(<ProjectDetailPage />)
    await screen.findByText('核对无误，确认结项')
    expect(screen.getAllByText('已完成').length).toBeGreaterThan(0)
    expect(screen.queryByText(/申请结项，/)).toBeNull()
  })
})
