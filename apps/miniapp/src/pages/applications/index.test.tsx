import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { MyApplication } from '@zhilian/shared/contracts/applications'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openAt } from '../../test/dom'
import { sendJson, startLocalServer } from '../../test/local-server'
import MyApplicationsPage from './index'

const application = (id: string, title: string, job: Partial<MyApplication['job']>): MyApplication => ({
  id, status: 'interview', createdAt: '2026-11-20T08:00:00.000Z', updatedAt: '2026-11-21T08:00:00.000Z', canWithdraw: true,
  job: { id: `j-${id}`, title, status: 'open', cityCode: '370300', offlineWithUnit: false, ...job },
  org: { id: 'o1', name: '淄博恒瑞精密机械有限公司' }, timeline: [], interviews: [],
})
let server: Awaited<ReturnType<typeof startLocalServer>>
beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/applications/mine': (_req, res) => sendJson(res, 200, {
      items: [application('a1', '数控车工', { status: 'paused', offlineWithUnit: true }), application('a2', '装配钳工', {})],
      nextCursor: null,
    }),
  })
})
afterAll(() => server.close())

// Decision 101: the card showed only the application's stage (面试) for a job its suspended unit took offline.
describe('我的投递', () => {
  it('says on the card that a job went offline with its suspended unit, and explains instead of opening a missing job', async () => {
    openAt('')
    const navigate = vi.spyOn(Taro, 'navigateTo')
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<MyApplicationsPage />)
    expect(await screen.findByText('数控车工')).toBeInTheDocument()
    const notes = screen.getAllByRole('note')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.textContent).toContain('岗位已暂停：该单位已被主管部门暂停，岗位随之下线')
    screen.getByText('数控车工').click()
    await waitFor(() => expect(modal).toHaveBeenCalled())
    expect(modal.mock.calls[0]![0]).toMatchObject({ title: '岗位已暂停', content: expect.stringContaining('您的投递记录仍保留') })
    expect(navigate).not.toHaveBeenCalled()
    screen.getByText('装配钳工').click()
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: expect.stringContaining('id=j-a2') }))
  })
})
