import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { EnterpriseJobPageSchema, JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import Taro from '@tarojs/taro'
import { describe, expect, it, vi } from 'vitest'
import { request } from '../../api/request'
import { getToken, setToken } from '../../api/token'
import { confirmModal, openAt, tapButton, tapChip, type, typeTextarea, unloadAsks } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import JobEditPage from './index'

const bff = useRealBff()

const chipOf = (text: string) => screen.getAllByText(text).find((el) => el.closest('.chain-chip'))!.closest('.chain-chip')!

describe('job form against the real BFF', () => {
  it('shows the chosen city in place of its complaint, asks for the chain, and saves the job into that chain', async () => {
    // A trusted poster's job opens at once (decision 014), so the students' search can be asked about its chain.
    const org = await bff.make('createEnterprise', { name: '淄博链测精工有限公司', trustedPoster: true })
    const { user } = await bff.make('createMember', org)
    setToken(await bff.tokenFor(user))
    // jsdom has no page stack: record that the form goes back once saved.
    const back = vi.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const title = vi.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'setNavigationBarTitle:ok' })
    openAt('')
    render(<JobEditPage />)
    // Reached from 发布新岗位, the page says so (its config's title is 编辑岗位, for an existing job).
    expect(title).toHaveBeenCalledWith({ title: '发布新岗位' })
    title.mockRestore()
    expect(unloadAsks()).toBe(false)
    type('title', '数控机床装调维修工')
    // Typed and not yet sent: leaving asks first (decision 096).
    await waitFor(() => expect(unloadAsks()).toBe(true))
    type('salaryMin', '5000')
    type('salaryMax', '8000')
    await typeTextarea(document.body, '负责数控机床的安装调试与日常维修。')
    tapButton('提交审核')
    expect(await screen.findByText('请选择工作城市')).toBeInTheDocument()
    expect(screen.getByText('请选择产业链')).toBeInTheDocument()

    // Tapping 淄博市 selects it (the chip says so) and the complaint goes.
    await screen.findByText('淄博市')
    tapChip('淄博市')
    await waitFor(() => expect(screen.queryByText('请选择工作城市')).not.toBeInTheDocument())
    expect(chipOf('淄博市')).toHaveAttribute('aria-pressed', 'true')

    await screen.findByText('高端装备')
    tapChip('高端装备')
    expect(chipOf('高端装备')).toHaveAttribute('aria-pressed', 'true')
    tapButton('提交审核')
    await waitFor(() => expect(document.querySelectorAll('.field-error')).toHaveLength(0))
    await waitFor(async () => expect((await request('GET', '/api/enterprise/jobs', { schema: EnterpriseJobPageSchema })).items).toHaveLength(1))

    const [saved] = (await request('GET', '/api/enterprise/jobs', { schema: EnterpriseJobPageSchema })).items
    expect(saved).toMatchObject({ title: '数控机床装调维修工', cityCode: '370300' })
    expect(saved!.chainId).toBeTruthy()
    // The job is in its chain's data: the students' chain filter finds it.
    const inChain = await request('GET', '/api/jobs', { query: { chainId: saved!.chainId!, q: '装调维修' }, schema: JobListPageSchema })
    expect(inChain.items.map((j) => j.id)).toContain(saved!.id)
    expect(back).toHaveBeenCalled()
    // Sent: the form going back by itself asks nothing.
    expect(unloadAsks()).toBe(false)
    back.mockRestore()
  })

  it('keeps a new job typed on the phone when the form is left, and drops it once submitted (decision 084)', async () => {
    // Before, leaving 发布新岗位 (返回, a call) lost every field typed between shifts.
    const org = await bff.make('createEnterprise', { name: '淄博留稿精工有限公司', trustedPoster: true })
    setToken(await bff.tokenFor((await bff.make('createMember', org)).user))
    vi.spyOn(Taro, 'setNavigationBarTitle').mockResolvedValue({ errMsg: 'setNavigationBarTitle:ok' })
    const back = vi.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    openAt('')
    const first = render(<JobEditPage />)
    expect(screen.queryByText(/已恢复上次未提交的内容/)).toBeNull()
    type('title', '焊接机器人操作工')
    type('salaryMin', '6000')
    await typeTextarea(document.body, '负责焊接机器人的示教编程与日常点检。')
    first.unmount()

    const second = render(<JobEditPage />)
    expect(screen.getByText('已恢复上次未提交的内容，可继续填写后提交。')).toBeInTheDocument()
    expect(document.querySelector<HTMLInputElement>('input[name="title"]')!.value).toBe('焊接机器人操作工')
    expect(document.querySelector<HTMLInputElement>('input[name="salaryMin"]')!.value).toBe('6000')
    await waitFor(() => expect(document.querySelector<HTMLTextAreaElement>('textarea')?.value).toBe('负责焊接机器人的示教编程与日常点检。'))
    // 清空重填 asks first, then starts from a blank form.
    confirmModal()
    tapButton('清空重填')
    await waitFor(() => expect(document.querySelector<HTMLInputElement>('input[name="title"]')!.value).toBe(''))
    expect(screen.queryByText(/已恢复上次未提交的内容/)).toBeNull()
    second.unmount()
    expect(render(<JobEditPage />).container.textContent).not.toContain('已恢复上次未提交的内容')
    cleanup()

    // Another account signed in on the same phone is not handed the first one's unsent job.
    render(<JobEditPage />)
    type('title', '焊接机器人操作工')
    cleanup()
    const mine = getToken()!
    setToken(await bff.tokenFor((await bff.make('createMember', org)).user))
    render(<JobEditPage />)
    expect(screen.queryByText(/已恢复上次未提交的内容/)).toBeNull()
    cleanup()
    setToken(mine)
    render(<JobEditPage />)
    expect(screen.getByText('已恢复上次未提交的内容，可继续填写后提交。')).toBeInTheDocument()
    cleanup()

    // Typed again and submitted: nothing is restored the next time.
    render(<JobEditPage />)
    type('title', '焊接机器人操作工')
    type('salaryMin', '6000')
    type('salaryMax', '9000')
    await typeTextarea(document.body, '负责焊接机器人的示教编程与日常点检。')
    await screen.findByText('淄博市')
    tapChip('淄博市')
    await screen.findByText('高端装备')
    tapChip('高端装备')
    tapButton('提交审核')
    await waitFor(() => expect(back).toHaveBeenCalled())
    cleanup()
    render(<JobEditPage />)
    expect(screen.queryByText(/已恢复上次未提交的内容/)).toBeNull()
    expect(document.querySelector<HTMLInputElement>('input[name="title"]')!.value).toBe('')
  })

  it('keeps a half-typed edit of a published job, restores it only over the copy it began from, drops it once saved (decision 088)', async () => {
    // Before, 返回 in the middle of an edit lost it: only a new job was kept (decision 084).
    const org = await bff.make('createEnterprise', { name: '淄博改岗精工有限公司', trustedPoster: true })
    setToken(await bff.tokenFor((await bff.make('createMember', org)).user))
    const colleague = await bff.tokenFor((await bff.make('createMember', org)).user)
    const job = await bff.make('createJob', { orgId: org.id, title: '数控车工' })
    const back = vi.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const title = () => document.querySelector<HTMLInputElement>('input[name="title"]')?.value
    const shown = (value: string) => waitFor(() => expect(title()).toBe(value), { timeout: 10_000 })
    openAt(`id=${job.id}`)
    render(<JobEditPage />)
    await shown('数控车工')
    expect(screen.queryByText(/已恢复上次未保存的修改/)).toBeNull()
    type('title', '数控车工（夜班）')
    cleanup()

    // Left and reopened while the job is as it was: the edit comes back, and says so.
    render(<JobEditPage />)
    expect(await screen.findByText('已恢复上次未保存的修改，可继续修改后保存。', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(title()).toBe('数控车工（夜班）')
    cleanup()

    // A colleague changed the job meanwhile: the server's copy wins (the old edit would undo theirs), the form says so,
    // and the phone's copy is gone.
    const edited = await fetch(`${bff.origin}/api/enterprise/jobs/${job.id}`, {
      method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `Bearer ${colleague}` }, body: JSON.stringify({ title: '数控车工（白班）' }),
    })
    expect(edited.status).toBe(200)
    render(<JobEditPage />)
    expect(await screen.findByText(/岗位已在别处修改，已载入最新内容/, {}, { timeout: 10_000 })).toBeInTheDocument()
    await shown('数控车工（白班）')
    expect(screen.queryByText(/已恢复上次未保存的修改/)).toBeNull()
    cleanup()
    render(<JobEditPage />)
    await shown('数控车工（白班）')
    expect(screen.queryByText(/岗位已在别处修改|已恢复上次未保存的修改/)).toBeNull()

    // Typed again and saved: nothing comes back the next time.
    type('title', '数控车工（两班倒）')
    tapButton('保存修改')
    await waitFor(() => expect(back).toHaveBeenCalled(), { timeout: 10_000 })
    cleanup()
    render(<JobEditPage />)
    await shown('数控车工（两班倒）')
    expect(screen.queryByText(/岗位已在别处修改|已恢复上次未保存的修改/)).toBeNull()
  })
})
