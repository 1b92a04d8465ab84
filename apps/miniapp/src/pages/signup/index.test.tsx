import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fetchProfile } from '../../api/profile'
import { clearToken, getToken } from '../../api/token'
import { openAt, tapButton, tapChip, type } from '../../test/dom'
import { recordRequests, useRealBff } from '../../test/real-bff'
import { ROUTES } from '../../routes'
import SignupPage from './index'

const bff = useRealBff()

const agree = () => fireEvent.click(screen.getByText('我已阅读并同意'))

describe('学生注册 (H5)', () => {
  it('shows each rule beside its field and sends nothing until they hold', async () => {
    const paths = recordRequests()
    render(<SignupPage />)
    tapButton('注册并登录')
    expect(await screen.findByText('请输入账号名')).toBeInTheDocument()
    expect(screen.getByText('请输入密码')).toBeInTheDocument()
    expect(screen.getByText('请阅读并勾选同意《个人信息保护说明》')).toBeInTheDocument()

    type('username', 'li')
    type('password', 'abcdefgh')
    type('confirm', 'abcdefgx')
    tapButton('注册并登录')
    expect(await screen.findByText(/^账号名为4–32位/, { selector: '.field-error' })).toBeInTheDocument()
    expect(screen.getByText('密码须同时包含字母和数字')).toBeInTheDocument()
    expect(screen.getByText('两次输入的密码不一致')).toBeInTheDocument()
    // (The demo banner asks /api/health; nothing else may be sent.)
    expect(paths.filter((p) => p !== 'GET /api/health')).toEqual([])
    expect(getToken()).toBeNull()
  })

  it('opens the privacy notice from the consent line', async () => {
    render(<SignupPage />)
    fireEvent.click(screen.getByText('《个人信息保护说明》'))
    expect(await screen.findByText(/仅保存加密摘要/)).toBeInTheDocument()
    expect(screen.getByText(/不据此认定你的学籍/)).toBeInTheDocument()
  })

  it('creates the account on the real BFF with the chosen college, signs in and opens 简历; a taken name is said beside the field', async () => {
    const college = await bff.make('createCollege', { name: '山东注册测试职业学院' })
    const redirect = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { unmount } = render(<SignupPage />)
    type('username', 'Wang_Xiao26')
    type('password', 'Qilu2026go')
    type('confirm', 'Qilu2026go')
    type('realName', '王小')
    type('collegeQ', '注册测试')
    tapButton('搜索')
    await screen.findByText(`${college.name}（淄博市）`)
    tapChip(`${college.name}（淄博市）`)
    expect(await screen.findByText(`就读院校（选填）：${college.name}`)).toBeInTheDocument()
    agree()
    const clipboard = vi.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' })
    tapButton('注册并登录')
    // The recovery codes first, shown once; the page moves on only when the student says they are saved.
    expect(await screen.findByText('请保存你的账号恢复码')).toBeInTheDocument()
    const codes = [...document.querySelectorAll('.recovery-codes__code')].map((el) => el.textContent ?? '')
    expect(codes).toHaveLength(8)
    for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(redirect).not.toHaveBeenCalled()
    tapButton('复制全部恢复码')
    await waitFor(() => expect(clipboard).toHaveBeenCalledTimes(1))
    expect(clipboard.mock.calls[0]![0].data).toContain(codes.join('\n'))
    expect(await screen.findByText('已复制，可再次复制')).toBeInTheDocument()
    tapButton('我已保存，继续')
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: ROUTES.profile }))
    expect(getToken()).not.toBeNull()
    const profile = await fetchProfile()
    expect(profile.realName).toBe('王小')
    expect(profile.college?.name).toBe(college.name)
    unmount()

    clearToken()
    render(<SignupPage />)
    type('username', 'wang_xiao26')
    type('password', 'Other2026go')
    type('confirm', 'Other2026go')
    agree()
    tapButton('注册并登录')
    expect(await screen.findByText('该账号名已被注册', { selector: '.field-error' })).toBeInTheDocument()
  })

  it('opens 简历 after a sign-up that started on a tab, and goes back to a job the student was looking at', async () => {
    openAt(`redirect=${encodeURIComponent('/pages/home/index')}`)
    const fromTab = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { unmount } = render(<SignupPage />)
    type('username', 'zhao_home26')
    type('password', 'Qilu2026go')
    type('confirm', 'Qilu2026go')
    agree()
    tapButton('注册并登录')
    await screen.findByText('请保存你的账号恢复码')
    tapButton('我已保存，继续')
    await waitFor(() => expect(fromTab).toHaveBeenCalledWith({ url: ROUTES.profile }))
    unmount()

    openAt(`redirect=${encodeURIComponent('/pages/job-detail/index?id=j1')}`)
    const redirect = fromTab
    redirect.mockClear()
    render(<SignupPage />)
    type('username', 'zhao_jobs26')
    type('password', 'Qilu2026go')
    type('confirm', 'Qilu2026go')
    agree()
    tapButton('注册并登录')
    await screen.findByText('请保存你的账号恢复码')
    tapButton('我已保存，继续')
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/pages/job-detail/index?id=j1' }))
  })
})
