import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearToken, setToken } from '../../api/token'
import { openAt, tapButton } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import AdminOrgPage from './index'

/** Decision 096 against the real BFF: an administrator marks a claimed 企业称号 verified after a confirmation. */
const bff = useRealBff()
afterEach(() => clearToken())

async function openAs(admin: Record<string, unknown>, name: string) {
  const org = await bff.make('createEnterprise', { name, labels: { create: [{ labelId: 'chain_leader', verified: false }] } })
  const token = await bff.tokenFor(await bff.make('createAdmin', admin))
  setToken(token)
  openAt(`id=${org.id}`)
  render(<AdminOrgPage />)
  await screen.findByText(name, { selector: '.section-title' })
  return { org, token }
}

describe('企业称号 on the administrator’s organisation page (decision 096)', () => {
  it('shows a claimed title as 未核验 and, after a confirmation, 已核验', async () => {
    const { org, token } = await openAs({}, '淄博称号核验测试有限公司')
    expect(await screen.findByText('链主企业·未核验')).toBeInTheDocument()
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    tapButton('核验')
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(String(modal.mock.calls[0]![0]!.content)).toContain('请先核对「链主企业」的认定文件')
    expect(screen.getByText('链主企业·未核验')).toBeInTheDocument()
    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    tapButton('核验')
    expect(await screen.findByText('链主企业·已核验')).toBeInTheDocument()
    expect(screen.getByText('撤销核验', { selector: '.taro-button-core' })).toBeInTheDocument()
    // The BFF holds it: the page's answer came from the PUT, this read is the server's own.
    const stored = await fetch(`${bff.origin}/api/admin/organizations/${org.id}`, { headers: { authorization: `Bearer ${token}` } })
    expect(((await stored.json()) as { labels: unknown }).labels).toEqual([{ id: 'chain_leader', name: '链主企业', verified: true }])
  })

})
