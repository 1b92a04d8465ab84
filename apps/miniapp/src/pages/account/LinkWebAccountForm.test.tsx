import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fetchAccountSecurity } from '../../api/account'
import { fetchMe } from '../../api/me'
import { getToken, setToken } from '../../api/token'
import { confirmModal, tapButton, type } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import AccountPage from './index'
import { LinkWebAccountForm } from './LinkWebAccountForm'

const bff = useRealBff()

/** A student made through 微信一键登录 (an openid, no name), signed in on this device. */
async function wechatStudent(openid: string) {
  const user = await bff.make('createUser', { role: 'student', username: null, openid })
  setToken(await bff.tokenFor(user))
  return user
}

const fill = (username: string, password: string) => {
  type('linkUsername', username)
  type('linkPassword', password)
}

describe('关联网页账号', () => {
  it('explains what happens, sends nothing when cancelled, and after 确认关联 the app holds the H5 account’s session', async () => {
    const web = await bff.make('createUser', { role: 'student', username: 'web_link26', password: 'Web2026go', openid: null })
    const wechat = await wechatStudent('o-form-link')
    const wechatToken = getToken()
    const onLinked = vi.fn()
    render(<LinkWebAccountForm onLinked={onLinked} />)
    fill('Web_Link26', 'Web2026go')

    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    tapButton('关联网页账号')
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0]![0]).toMatchObject({ title: '关联网页账号', confirmText: '确认关联' })
    expect(modal.mock.calls[0]![0]?.content).toContain('网页账号“web_link26”')
    expect(modal.mock.calls[0]![0]?.content).toContain('不能再登录')
    expect(getToken()).toBe(wechatToken)
    expect((await fetchMe()).user.id).toBe(wechat.id)

    confirmModal()
    const toast = vi.spyOn(Taro, 'showToast')
    tapButton('关联网页账号')
    await waitFor(() => expect(onLinked).toHaveBeenCalledTimes(1))
    expect(toast).toHaveBeenCalledWith({ title: '已关联网页账号', icon: 'success' })
    expect(getToken()).not.toBe(wechatToken)
    expect((await fetchMe()).user.id).toBe(web.id)
    expect(await fetchAccountSecurity()).toMatchObject({ username: 'web_link26', wechat: true })
  })

  it('shows a wrong password beside the field, in Chinese', async () => {
    await bff.make('createUser', { role: 'student', username: 'web_wrong26', password: 'Web2026go', openid: null })
    const wechat = await wechatStudent('o-form-wrong')
    render(<LinkWebAccountForm onLinked={vi.fn()} />)
    fill('web_wrong26', 'NotIt2026go')
    confirmModal()
    tapButton('关联网页账号')
    expect(await screen.findByText('账号名或密码不正确', { selector: '.field-error' })).toBeInTheDocument()
    expect((await fetchMe()).user.id).toBe(wechat.id)
  })

  it('shows in full why two accounts that both hold records cannot be linked', async () => {
    const web = await bff.make('createStudent', { user: { username: 'web_full26', password: 'Web2026go', openid: null } })
    const wechat = await bff.make('createStudent', { user: { username: null, openid: 'o-form-full' } })
    setToken(await bff.tokenFor(wechat))
    const onLinked = vi.fn()
    render(<LinkWebAccountForm onLinked={onLinked} />)
    fill('web_full26', 'Web2026go')
    confirmModal()
    tapButton('关联网页账号')
    const refusal = await screen.findByText(/都已有记录/, { selector: '.field-error' })
    expect(refusal.textContent).toContain('注销当前微信账号')
    expect(onLinked).not.toHaveBeenCalled()
    expect((await fetchMe()).user.id).toBe(wechat.id)
    expect(web.id).not.toBe(wechat.id)
  })

  it('is not offered on the H5 build, where there is no WeChat sign-in to move', async () => {
    await wechatStudent('o-form-h5')
    render(<AccountPage />)
    expect(await screen.findByText('网页登录账号名：未设置')).toBeInTheDocument()
    expect(screen.getByText('设置网页登录', { selector: '.taro-button-core' })).toBeInTheDocument()
    expect(screen.queryByText('关联网页账号', { selector: '.taro-button-core' })).toBeNull()
  })
})
