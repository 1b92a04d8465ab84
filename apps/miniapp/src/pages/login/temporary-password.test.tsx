import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { describe, expect, it, vi } from 'vitest'
import { fetchMe } from '../../api/me'
import { resetMemberSignIn } from '../../api/members'
import { clearToken, getToken, setToken } from '../../api/token'
import { useRealBff } from '../../test/real-bff'
import LoginPage from './index'

const bff = useRealBff()

const field = (name: string) => document.querySelector(`input[name="${name}"]`) as HTMLInputElement
const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } })
const tap = (text: string) => fireEvent.click(screen.getByText(text, { selector: '.taro-button-core' }))

// Decision 063: after the owner's 重置登录 the member signs in with the temporary password and must set a new one.
describe('signing in with an owner’s temporary password', () => {
  it('asks for a new password on the sign-in page, then signs in with it', async () => {
    const org = await bff.make('createEnterprise')
    const owner = await bff.make('createMember', org, { isOwner: true })
    const member = await bff.make('createMember', org, { user: { username: 'hr_temp_page', password: 'Before2026go' } })
    setToken(await bff.tokenFor(owner.user))
    const { temporaryPassword } = await resetMemberSignIn(org.id, member.membership.id)
    clearToken()

    const home = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    render(<LoginPage />)
    type('username', 'hr_temp_page')
    type('password', temporaryPassword)
    tap('登录')
    expect(await screen.findByText('这是为您设置的临时密码，请设置新密码后登录')).toBeInTheDocument()
    expect(getToken()).toBeNull()
    type('newPassword', 'After2027go')
    type('confirmNew', 'After2027gx')
    tap('设置新密码并登录')
    expect(await screen.findByText('两次输入的新密码不一致')).toBeInTheDocument()
    type('newPassword', 'hr_temp_page9')
    type('confirmNew', 'hr_temp_page9')
    tap('设置新密码并登录')
    expect(await screen.findByText('密码不能包含账号名')).toBeInTheDocument()
    type('newPassword', 'After2027go')
    type('confirmNew', 'After2027go')
    tap('设置新密码并登录')
    await waitFor(() => expect(home).toHaveBeenCalledWith({ url: '/pages/home/index' }))
    expect(getToken()).not.toBeNull()
    expect((await fetchMe()).user.id).toBe(member.user.id)
  })
})
