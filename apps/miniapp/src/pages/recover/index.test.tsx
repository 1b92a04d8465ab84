import Taro from '@tarojs/taro'
import { render, screen } from '@testing-library/react'
import { SIGNUP_PRIVACY_VERSION } from '@zhilian/shared/contracts/signup'
import { describe, expect, it, vi } from 'vitest'
import { loginWithPassword, signUpStudent } from '../../api/auth'
import { fetchMe } from '../../api/me'
import { clearToken, getToken } from '../../api/token'
import { tapButton, type } from '../../test/dom'
import { recordRequests, useRealBff } from '../../test/real-bff'
import RecoverPage from './index'

useRealBff()

/** A student made through the real sign-up, signed out again: what a student who forgot the password holds. */
async function studentWithCodes(username: string) {
  const { recoveryCodes } = await signUpStudent({ username, password: 'Qilu2026go', privacyVersion: SIGNUP_PRIVACY_VERSION })
  clearToken()
  return recoveryCodes
}

const fill = (username: string, code: string, password: string, confirm = password) => {
  type('username', username)
  type('code', code)
  type('newPassword', password)
  type('confirm', confirm)
}

describe('忘记密码', () => {
  it('checks the form before sending anything', async () => {
    const paths = recordRequests()
    render(<RecoverPage />)
    fill('someone', '12345', 'short', 'other')
    tapButton('重置密码并登录')
    expect(await screen.findByText(/^恢复码为16位/, { selector: '.field-error' })).toBeInTheDocument()
    expect(screen.getByText('密码至少8位')).toBeInTheDocument()
    expect(screen.getByText('两次输入的新密码不一致')).toBeInTheDocument()
    expect(paths).toEqual([])
  })

  it('resets the password with a saved code on the real BFF, signs in and says how many codes are left', async () => {
    const codes = await studentWithCodes('forgot_pw26')
    render(<RecoverPage />)
    fill('forgot_pw26', codes[0]!.toLowerCase(), 'Again2027go')
    tapButton('重置密码并登录')
    expect(await screen.findByText('密码已重置，你已登录')).toBeInTheDocument()
    expect(screen.getByText(/你还剩 7 个恢复码/)).toBeInTheDocument()
    expect((await fetchMe()).user.role).toBe('student')
    const go = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    tapButton('去账号安全')
    expect(go).toHaveBeenCalledWith({ url: '/pages/account/index' })
    clearToken()
    expect((await loginWithPassword({ username: 'forgot_pw26', password: 'Again2027go' })).user.role).toBe('student')
  })

  it('says a wrong or used code under the code field, the same for an unknown name, and signs nobody in', async () => {
    const codes = await studentWithCodes('forgot_twice')
    render(<RecoverPage />)
    fill('forgot_twice', 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'Again2027go')
    tapButton('重置密码并登录')
    const message = '账号名或恢复码不正确，请核对后重试（每个恢复码只能使用一次）'
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument()
    fill('no_such_student', codes[1]!, 'Again2027go')
    tapButton('重置密码并登录')
    // Typing cleared the first answer; the unknown name brings the same one back.
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument()
    expect(getToken()).toBeNull()
  })
})
