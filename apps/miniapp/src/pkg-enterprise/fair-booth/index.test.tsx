import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { BoothSchema } from '@zhilian/shared/contracts/events'
import { MyBoothSchema } from '@zhilian/shared/contracts/event-manage'
import { describe, expect, it, vi } from 'vitest'
import { request } from '../../api/request'
import { setToken } from '../../api/token'
// Test helpers only (never bundled): the real BFF in a child process and people acting through it.
import { openAt, tapButton } from '../../test/dom'
import { as, collegeOrganiser, recruiter, runningFair } from '../../test/people'
import { useRealBff } from '../../test/real-bff'
import EnterpriseFairsPage from '../fairs/index'
import EnterpriseFairBoothPage from './index'

const bff = useRealBff()

describe('enterprise at a fair against the real BFF', () => {
  it('applies for a booth from the fair list, and once approved picks which of its jobs the booth offers', async () => {
    const organiser = await collegeOrganiser(bff)
    const event = await runningFair(organiser, '智能终端产业链双选会')
    const { org, token } = await recruiter(bff, '青岛智能终端有限公司')
    const lathe = await bff.make('createJob', { orgId: org.id, title: '数控车工' })
    await bff.make('createJob', { orgId: org.id, title: '焊接机器人运维' })
    await bff.make('createJob', { orgId: org.id, title: '已暂停的岗位', status: 'paused' })

    setToken(token)
    openAt('')
    const showModal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const list = render(<EnterpriseFairsPage />)
    expect(await screen.findByText('智能终端产业链双选会')).toBeInTheDocument()
    expect(screen.getByText('展位报名中')).toBeInTheDocument()
    tapButton('申请展位')
    expect(await screen.findByText('待主办方审核', { selector: '.status-tag' })).toBeInTheDocument()
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '申请展位' }))
    showModal.mockRestore()
    list.unmount()

    const booth = (await as(token, () => request('GET', `/api/events/${event.id}/booths/mine`, { schema: MyBoothSchema }))).event.myBooth!
    await as(organiser, () => request('POST', `/api/events/${event.id}/booths/${booth.id}/approve`, { body: { number: 'C-08', zone: '智能终端展区' }, schema: BoothSchema }))

    setToken(token)
    openAt(`id=${event.id}`)
    render(<EnterpriseFairBoothPage />)
    expect(await screen.findByText('展区：智能终端展区 · 展位号：C-08')).toBeInTheDocument()
    // Only open jobs can be offered.
    expect(screen.queryByText('已暂停的岗位')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('数控车工').closest('.check-row')!)
    fireEvent.click(screen.getByText('焊接机器人运维').closest('.check-row')!)
    fireEvent.click(screen.getByText('焊接机器人运维').closest('.check-row')!)
    expect(screen.getByText('数控车工').closest('.check-row')).toHaveAttribute('aria-checked', 'true')
    tapButton('保存展出岗位')

    await waitFor(async () => {
      const mine = await as(token, () => request('GET', `/api/events/${event.id}/booths/mine`, { schema: MyBoothSchema }))
      expect(mine.event.myBooth?.jobs.map((j) => j.id)).toEqual([lathe.id])
    })
    expect(screen.getByText('到访学生（0）')).toBeInTheDocument()
  })
})
