import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import { SIGNUP_PRIVACY_VERSION } from '@zhilian/shared/contracts/signup'
import { describe, expect, it, vi } from 'vitest'
import { fetchAccountSecurity, recoverPassword } from '../../api/account'
import { loginWithPassword, signUpStudent } from '../../api/auth'
import { fetchMe } from '../../api/me'
import { clearToken, getToken, setToken } from '../../api/token'
import { tapButton, type } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import AccountPage from './index'

const bff = useRealBff()

const shownCodes = () => [...document.querySelectorAll('.recovery-codes__code')].map((el) => el.textContent ?? '')

describe('账号安全', () => {
  it('an H5 student changes the password (this device stays signed in) and makes a new set of codes once', async () => {
    const first = await signUpStudent({ username: 'safe_h5_26', password: 'Qilu2026go', privacyVersion: SIGNUP_PRIVACY_VERSION })
    render(<AccountPage />)
    expect(await screen.findByText('网页登录账号名：safe_h5_26')).toBeInTheDocument()
    expect(screen.getByText(/还剩 8 个未使用的恢复码/)).toBeInTheDocument()

    type('currentPassword', 'Qilu2026go')
    type('newPassword', 'Changed2027')
    type('confirmNew', 'Changed2027')
    const toast = vi.spyOn(Taro, 'showToast')
    tapButton('修改密码')
    await waitFor(() => expect(toast).toHaveBeenCalledWith({ title: '密码已修改，其他设备已退出登录', icon: 'none' }))
    expect(getToken()).not.toBe(first.token)
    expect((await fetchMe()).user.role).toBe('student')

    type('regeneratePassword', 'Qilu2026go')
    tapButton('重新生成恢复码')
    expect(await screen.findByText('密码不正确', { selector: '.field-error' })).toBeInTheDocument()
    type('regeneratePassword', 'Changed2027')
    tapButton('重新生成恢复码')
    expect(await screen.findByText('请保存你的账号恢复码')).toBeInTheDocument()
    const codes = shownCodes()
    expect(codes).toHaveLength(8)
    expect(codes.some((c) => first.recoveryCodes.includes(c))).toBe(false)
    tapButton('我已保存')
    expect(await screen.findByText(/还剩 8 个未使用的恢复码（生成于/)).toBeInTheDocument()
    expect(shownCodes()).toEqual([])

    // The old set no longer works; the new one does.
    clearToken()
    await expect(recoverPassword({ username: 'safe_h5_26', code: first.recoveryCodes[0]!, newPassword: 'Third2028go' })).rejects.toThrow(/恢复码不正确/)
    expect((await recoverPassword({ username: 'safe_h5_26', code: codes[0]!, newPassword: 'Third2028go' })).recoveryCodesLeft).toBe(7)
  })

  it('a WeChat student sets an H5 sign-in for the same account, sees the codes once, and the form is gone', async () => {
    const user = await bff.make('createUser', { role: 'student', username: null, openid: 'o-page-wechat' })
    setToken(await bff.tokenFor(user))
    render(<AccountPage />)
    expect(await screen.findByText('网页登录账号名：未设置')).toBeInTheDocument()
    expect(screen.getByText('微信登录：已关联')).toBeInTheDocument()
    type('username', 'Wx_Page26')
    type('password', 'Web2026go')
    type('confirm', 'Web2026go')
    tapButton('设置网页登录')
    expect(await screen.findByText('请保存你的账号恢复码')).toBeInTheDocument()
    expect(shownCodes()).toHaveLength(8)
    tapButton('我已保存')
    expect(await screen.findByText('网页登录账号名：wx_page26')).toBeInTheDocument()
    expect(screen.queryByText('设置网页登录', { selector: '.taro-button-core' })).toBeNull()
    expect((await fetchAccountSecurity()).recoveryCodesLeft).toBe(8)
    clearToken()
    expect((await loginWithPassword({ username: 'wx_page26', password: 'Web2026go' })).user.id).toBe(user.id)
  })

  // Decision 063: staff have 账号安全 too, without 设置网页登录 (their accounts come from their organisation).
  it('lets a college staff member change the password and make codes, with no 设置网页登录', async () => {
    const college = await bff.make('createCollege')
    const { user } = await bff.make('createMember', college, { user: { username: 'teacher_page26', password: 'Teach2026go' } })
    setToken(await bff.tokenFor(user))
    render(<AccountPage />)
    expect(await screen.findByText('网页登录账号名：teacher_page26')).toBeInTheDocument()
    expect(screen.queryByText('设置网页登录', { selector: '.taro-button-core' })).toBeNull()
    type('currentPassword', 'Teach2026go')
    type('newPassword', 'Changed2027')
    type('confirmNew', 'Changed2027')
    const toast = vi.spyOn(Taro, 'showToast')
    tapButton('修改密码')
    await waitFor(() => expect(toast).toHaveBeenCalledWith({ title: '密码已修改，其他设备已退出登录', icon: 'none' }))
    expect((await fetchMe()).user.role).toBe('college')
    type('regeneratePassword', 'Changed2027')
    tapButton('重新生成恢复码')
    expect(await screen.findByText('请保存你的账号恢复码')).toBeInTheDocument()
    expect(shownCodes()).toHaveLength(8)
    clearToken()
    expect((await loginWithPassword({ username: 'teacher_page26', password: 'Changed2027' })).user.id).toBe(user.id)
  })

  it('tells a staff member who signs in through WeChat there is no password to change', async () => {
    const org = await bff.make('createEnterprise')
    const { user } = await bff.make('createMember', org, { user: { username: null } })
    setToken(await bff.tokenFor(user))
    render(<AccountPage />)
    expect(await screen.findByText('您的账号通过微信登录，没有登录密码可修改。')).toBeInTheDocument()
    expect(screen.queryByText('设置网页登录', { selector: '.taro-button-core' })).toBeNull()
  })

  it('says a taken name beside the field', async () => {
    await bff.make('createUser', { role: 'student', username: 'taken_page26' })
    const user = await bff.make('createUser', { role: 'student', username: null, openid: 'o-page-taken' })
    setToken(await bff.tokenFor(user))
    render(<AccountPage />)
    await screen.findByText('网页登录账号名：未设置')
    type('username', 'taken_page26')
    type('password', 'Web2026go')
    type('confirm', 'Web2026go')
    tapButton('设置网页登录')
    expect(await screen.findByText('该账号名已被注册', { selector: '.field-error' })).toBeInTheDocument()
  })
})
