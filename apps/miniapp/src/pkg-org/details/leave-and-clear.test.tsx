import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearToken } from '../../api/token'
import { LEAVE_MESSAGE } from '../../lib/use-leave-guard'
import { backArrow, tapButton, type, unloadAsks } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import { fieldOf, openDetailsAs, storedOrg } from './open-details'

/** Decision 096 on 单位资料: an optional detail can be emptied, leaving unsaved edits asks, 企业称号 say who verified them. */
const bff = useRealBff()
afterEach(() => {
  clearToken()
  document.querySelectorAll('.taro-navigation-bar-back').forEach((el) => el.remove())
})

const openAsOwner = (name: string, overrides: Record<string, unknown> = {}) => openDetailsAs(bff, { isOwner: true }, name, overrides)
const stored = (token: string, id: string) => storedOrg(bff, token, id)
const input = fieldOf

describe('单位资料: clearing and leaving (decision 096)', () => {
  it('lets the owner empty the optional contact email, stored as none', async () => {
    const { org, token } = await openAsOwner('淄博资料清空测试有限公司', { contactEmail: 'hr@qk.example.cn' })
    await waitFor(() => expect(input('contactEmail')?.value).toBe('hr@qk.example.cn'))
    type('contactEmail', '')
    tapButton('保存')
    await waitFor(async () => expect((await stored(token, org.id)).contactEmail).toBeNull())
    expect(screen.queryByText('邮箱格式不正确')).toBeNull()
  })

  it('asks before going back with an unsaved edit, goes back when told to, and asks nothing once saved', async () => {
    const { org, token } = await openAsOwner('潍坊资料离开测试有限公司')
    await waitFor(() => expect(input('intro')).not.toBeNull())
    const back = backArrow()
    const navigateBack = vi.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    fireEvent.click(back)
    expect(modal).not.toHaveBeenCalled()
    expect(unloadAsks()).toBe(false)

    type('intro', '柴油机零部件制造')
    fireEvent.click(back)
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0]![0]!.content).toBe(LEAVE_MESSAGE)
    expect(navigateBack).not.toHaveBeenCalled()
    expect(unloadAsks()).toBe(true)

    type('intro', '柴油机零部件与整机制造')
    const typedInto = input('intro')
    tapButton('保存')
    await waitFor(async () => expect((await stored(token, org.id)).intro).toBe('柴油机零部件与整机制造'))
    // Saved, the page reloads the unit and draws the form anew; the new textarea comes a moment later (Taro's web component).
    await waitFor(() => {
      expect(input('intro')).not.toBe(typedInto)
      expect(input('intro')?.value).toBe('柴油机零部件与整机制造')
    })
    modal.mockClear()
    fireEvent.click(back)
    expect(modal).not.toHaveBeenCalled()
    expect(unloadAsks()).toBe(false)

    // Edited again, the user says 离开: the page goes back.
    type('intro', '整机制造')
    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    fireEvent.click(back)
    await waitFor(() => expect(navigateBack).toHaveBeenCalledTimes(1))
    expect(modal).toHaveBeenCalledTimes(1)
  })

  it('shows which 企业称号 an administrator verified and which the unit declared itself', async () => {
    await openAsOwner('烟台资料称号测试有限公司', {
      labels: { create: [{ labelId: 'chain_leader', verified: true }, { labelId: 'innovative_sme', verified: false }] },
    })
    expect(await screen.findByText('称号核验情况')).toBeInTheDocument()
    expect(await screen.findByText('链主企业·已核验')).toBeInTheDocument()
    expect(screen.getByText(/·未核验$/)).toBeInTheDocument()
    expect(screen.getByText(/未核验的为本单位自行填报/)).toBeInTheDocument()
  })
})
