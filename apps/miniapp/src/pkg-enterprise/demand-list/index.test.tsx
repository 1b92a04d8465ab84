import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { draftKey, stepKey } from '../../components/list-form/draft-storage'
import { readJson, sendJson, startLocalServer } from '../../test/local-server'
import DemandListPage from './index'

const saves: { section: string; body: Record<string, unknown> }[] = []
let server: Awaited<ReturnType<typeof startLocalServer>>
const serverUpdatedAt = '2026-11-20T08:00:00.000Z'
/** The list's status as the server answers it (a test of the submitted list sets it). */
let listStatus = 'draft'

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/reference/cities': (_req, res) => sendJson(res, 200, { items: [{ adcode: '370100', name: '济南市', circle: '省会经济圈' }] }),
    'GET /api/demand-lists/mine': (_req, res) =>
      sendJson(res, 200, {
        org: { id: 'org1', name: '山东测试装备有限公司', verified: true },
        list: { id: 'l1', status: listStatus, version: listStatus === 'submitted' ? 2 : 0, approvedVersion: null, submittedAt: null, reviewedAt: null, reviewNote: null, updatedAt: serverUpdatedAt },
        draft: { filledBy: '服务器上的名字' },
        sections: ['basic', 'jobs', 'training', 'innovation'],
        missingSections: ['基本信息：联系电话'],
        canSubmit: true,
        lastSubmitted: null,
      }),
    'PUT /api/demand-lists/mine/sections/basic': async (req, res) => {
      const body = (await readJson(req)) as Record<string, unknown>
      saves.push({ section: 'basic', body })
      sendJson(res, 200, {
        section: 'basic', saved: true, valid: false,
        issues: [{ path: 'filledByPhone', message: '手机号格式不正确（座机请写作0531-51793802）' }],
        missingSections: ['基本信息：联系电话'],
        updatedAt: new Date().toISOString(),
      })
    },
  })
})
afterAll(() => server.close())

const field = (name: string) => document.querySelector(`input[name="${name}"]`) as HTMLInputElement

describe('demand list step form', () => {
  it('restores the newer draft kept on the phone, saves it, and shows the server issues beside the fields', async () => {
    // What the user typed before closing the app, saved after the server's copy.
    Taro.setStorageSync(draftKey('demand'), JSON.stringify({ savedAt: '2026-11-21T09:00:00.000Z', draft: { filledBy: '王填报', filledByPhone: '12345', org: { uscc: '91370100' } } }))
    vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    render(<DemandListPage />)
    expect(await screen.findByText('已恢复本机保存的草稿', {}, { timeout: 5000 })).toBeInTheDocument()
    await waitFor(() => expect(field('filledBy').value).toBe('王填报'))
    expect(field('filledByPhone').value).toBe('12345')
    // The USCC field checks as the user types.
    expect(screen.getByText('统一社会信用代码应为18位')).toBeInTheDocument()

    fireEvent.input(field('org.name'), { target: { value: '山东测试装备有限公司' } })
    const stored = JSON.parse(String(Taro.getStorageSync(draftKey('demand')))) as { draft: { org: { name: string } } }
    expect(stored.draft.org.name).toBe('山东测试装备有限公司')

    fireEvent.click(screen.getByText('保存并下一步'))
    expect(await screen.findByText('手机号格式不正确（座机请写作0531-51793802）', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(saves.at(-1)?.body).toMatchObject({ filledBy: '王填报', org: { name: '山东测试装备有限公司', uscc: '91370100' } })
    // Invalid: the form stays on the step so the issue can be fixed where it is shown.
    expect(field('filledByPhone')).toBeInTheDocument()
  })

  it('prefers the server copy when the phone has nothing newer', async () => {
    Taro.setStorageSync(draftKey('demand'), JSON.stringify({ savedAt: '2026-11-19T09:00:00.000Z', draft: { filledBy: '旧的名字' } }))
    render(<DemandListPage />)
    await waitFor(() => expect(field('filledBy')?.value).toBe('服务器上的名字'), { timeout: 5000 })
    expect(screen.queryByText('已恢复本机保存的草稿')).not.toBeInTheDocument()
  })

  it('opens on the step the phone was last on, as a list filled between shifts is taken up again, and each step at its top', async () => {
    Taro.setStorageSync(stepKey('demand'), '2')
    const { container } = render(<DemandListPage />)
    await waitFor(() => expect(container.querySelector('.lf-steps__item--on')?.textContent).toBe('3. 培训需求'), { timeout: 5000 })
    const scrolled = vi.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'pageScrollTo:ok' })
    fireEvent.click(screen.getByText('2. 岗位需求'))
    expect(Taro.getStorageSync(stepKey('demand'))).toBe('1')
    // The step opens at its top, not where the last one was scrolled to.
    expect(scrolled).toHaveBeenCalledWith({ scrollTop: 0, duration: 0 })
    Taro.removeStorageSync(stepKey('demand'))
  })

  it('says a submitted list waits for review, and offers to submit again rather than 提交审核 as if nothing happened', async () => {
    listStatus = 'submitted'
    Taro.removeStorageSync(draftKey('demand'))
    render(<DemandListPage />)
    fireEvent.click(await screen.findByText('提交前检查', {}, { timeout: 5000 }))
    expect(await screen.findByText('第2版已提交，等待平台审核；修改后可重新提交，以最新提交的版本为准')).toBeInTheDocument()
    expect(screen.getByText('重新提交审核')).toBeInTheDocument()
    expect(screen.queryByText('提交审核')).not.toBeInTheDocument()
    listStatus = 'draft'
  })
})
