import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { draftKey, stepKey } from '../../components/list-form/draft-storage'
import { KEPT_ON_PHONE_MESSAGE } from '../../lib/use-leave-guard'
import { backArrow, unloadAsks } from '../../test/dom'
import { readJson, sendJson, startLocalServer } from '../../test/local-server'
import DemandListPage from './index'

const saves: { section: string; body: Record<string, unknown> }[] = []
let server: Awaited<ReturnType<typeof startLocalServer>>
const serverUpdatedAt = '2026-11-20T08:00:00.000Z'
/** The list's status as the server answers it (a test of the submitted list sets it). */
let listStatus = 'draft'
/** Whether the server says the draft changed since the last submission (decision 073). */
let unsubmittedChanges = false

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/reference/cities': (_req, res) => sendJson(res, 200, { items: [{ adcode: '370100', name: '济南市', circle: '省会经济圈' }] }),
    'GET /api/demand-lists/mine': (_req, res) =>
      sendJson(res, 200, {
        org: { id: 'org1', name: '山东测试装备有限公司', verified: true },
        list: {
          id: 'l1', status: listStatus, version: listStatus === 'draft' ? 0 : 2, approvedVersion: listStatus === 'approved' ? 2 : null,
          submittedAt: listStatus === 'draft' ? null : serverUpdatedAt, reviewedAt: null, reviewNote: null, updatedAt: serverUpdatedAt, unsubmittedChanges,
        },
        draft: { filledBy: '服务器上的名字' },
        sections: ['basic', 'jobs', 'training', 'innovation'],
        missingSections: ['基本信息：联系电话'],
        canSubmit: true,
        lastSubmitted: listStatus === 'draft' ? null : { version: 2, at: serverUpdatedAt, byUserId: 'u1', source: 'submit', data: {} },
      }),
    'PUT /api/demand-lists/mine/sections/basic': async (req, res) => {
      const body = (await readJson(req)) as Record<string, unknown>
      saves.push({ section: 'basic', body })
      sendJson(res, 200, {
        section: 'basic', saved: true, valid: false,
        issues: [{ path: 'filledByPhone', message: '手机号格式不正确（座机请写作0531-51793802）' }],
        missingSections: ['基本信息：联系电话'],
        updatedAt: new Date().toISOString(),
        unsubmittedChanges: listStatus !== 'draft',
      })
    },
  })
})
afterAll(() => server.close())

const field = (name: string) => document.querySelector(`input[name="${name}"]`) as HTMLInputElement
/** Opens the stepper's list of steps and taps one. */
async function jumpTo(label: string) {
  fireEvent.click(await screen.findByText(/^第\d步\/共5步$|^版本记录$/, {}, { timeout: 5000 }))
  fireEvent.click(await screen.findByText(label, { selector: '.lf-steps__item' }))
}

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
    await waitFor(() => expect(container.querySelector('.lf-steps__name')?.textContent).toBe('3. 培训需求'), { timeout: 5000 })
    const scrolled = vi.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'pageScrollTo:ok' })
    await jumpTo('2. 岗位需求')
    expect(Taro.getStorageSync(stepKey('demand'))).toBe('1')
    // The step opens at its top, not where the last one was scrolled to.
    expect(scrolled).toHaveBeenCalledWith({ scrollTop: 0, duration: 0 })
    Taro.removeStorageSync(stepKey('demand'))
  })

  it('says a submitted list waits for review, and offers to submit again rather than 提交审核 as if nothing happened', async () => {
    listStatus = 'submitted'
    Taro.removeStorageSync(draftKey('demand'))
    render(<DemandListPage />)
    await jumpTo('提交前检查')
    expect(await screen.findByText('第2版已提交，等待平台审核；修改后可重新提交，以最新提交的版本为准')).toBeInTheDocument()
    expect(screen.getByText('重新提交审核')).toBeInTheDocument()
    expect(screen.queryByText('提交审核')).not.toBeInTheDocument()
    listStatus = 'draft'
  })

  it('shows one row for the steps, 第N步/共5步, and every step in the list it opens', async () => {
    Taro.setStorageSync(stepKey('demand'), '1')
    const { container } = render(<DemandListPage />)
    await waitFor(() => expect(container.querySelector('.lf-steps__name')?.textContent).toBe('2. 岗位需求'), { timeout: 5000 })
    expect(screen.getByText('第2步/共5步')).toBeInTheDocument()
    // Six chips wrapped to two rows at 360 px; the list of steps opens only when asked for.
    expect(container.querySelectorAll('.lf-steps__item')).toHaveLength(0)
    fireEvent.click(screen.getByText('第2步/共5步'))
    expect([...container.querySelectorAll('.lf-steps__item')].map((e) => e.textContent)).toEqual(['1. 基本信息', '2. 岗位需求', '3. 培训需求', '4. 技术攻关与合作', '提交前检查', '版本记录'])
    expect(container.querySelector('.lf-steps__item--on')?.textContent).toBe('2. 岗位需求')
    fireEvent.click(screen.getByText('提交前检查', { selector: '.lf-steps__item' }))
    await waitFor(() => expect(container.querySelector('.lf-steps__name')?.textContent).toBe('提交前检查'))
    expect(screen.getByText('第5步/共5步')).toBeInTheDocument()
    expect(container.querySelectorAll('.lf-steps__item')).toHaveLength(0)
    Taro.removeStorageSync(stepKey('demand'))
  })

  it('says an approved list has changes not yet submitted, as the server counts them', async () => {
    listStatus = 'approved'
    unsubmittedChanges = true
    render(<DemandListPage />)
    expect(await screen.findByText('状态：已通过 · 第2版 · 有未提交的修改', {}, { timeout: 5000 })).toBeInTheDocument()
    await jumpTo('提交前检查')
    expect(screen.queryByText(/无需再次提交/)).toBeNull()
    listStatus = 'draft'
    unsubmittedChanges = false
  })

  it('says 有未提交的修改 as soon as a save changes an approved list, without reloading the form', async () => {
    listStatus = 'approved'
    vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    render(<DemandListPage />)
    expect(await screen.findByText('状态：已通过 · 第2版', {}, { timeout: 5000 })).toBeInTheDocument()
    await waitFor(() => expect(field('filledBy')).toBeTruthy())
    fireEvent.input(field('filledBy'), { target: { value: '新填报人' } })
    fireEvent.click(screen.getByText('保存草稿'))
    expect(await screen.findByText('状态：已通过 · 第2版 · 有未提交的修改')).toBeInTheDocument()
    listStatus = 'draft'
  })

  it('says an approved list unchanged since needs no new submission', async () => {
    listStatus = 'approved'
    render(<DemandListPage />)
    expect(await screen.findByText('状态：已通过 · 第2版', {}, { timeout: 5000 })).toBeInTheDocument()
    await jumpTo('提交前检查')
    expect(screen.getByText('第2版已通过审核，当前内容与它相同，无需再次提交；修改后可提交新版本')).toBeInTheDocument()
    listStatus = 'draft'
    unsubmittedChanges = false
  })

  // Decision 096 gave 附件1/附件2 the question before leaving; decision 101 gives the list form a test of its own.
  it('asks before leaving a typed step, saying it is kept on the phone, and not once the step is saved', async () => {
    const back = backArrow()
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    const navigateBack = vi.spyOn(Taro, 'navigateBack')
    try {
      render(<DemandListPage />)
      await waitFor(() => expect(field('filledBy')).toBeTruthy())
      fireEvent.click(back)
      expect(modal).not.toHaveBeenCalled()
      expect(unloadAsks()).toBe(false)
      fireEvent.input(field('filledBy'), { target: { value: '离开前的填报人' } })
      fireEvent.click(back)
      await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
      expect(modal.mock.calls[0]![0]).toMatchObject({ content: KEPT_ON_PHONE_MESSAGE, confirmText: '离开', cancelText: '留下' })
      expect(navigateBack).not.toHaveBeenCalled()
      expect(unloadAsks()).toBe(true)
      fireEvent.click(screen.getByText('保存草稿'))
      await waitFor(() => expect(unloadAsks()).toBe(false))
      fireEvent.click(back)
      expect(modal).toHaveBeenCalledTimes(1)
    } finally {
      back.remove()
    }
  })
})
