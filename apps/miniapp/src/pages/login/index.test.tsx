import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { AppError } from '@zhilian/shared'
import Taro from '@tarojs/taro'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { getToken } from '../../api/token'
import { readJson, sendJson, sendProblem, startLocalServer } from '../../test/local-server'
import { openAt, tapButton } from '../../test/dom'
import LoginPage from './index'

const demoAccounts = {
  items: [
    { username: 'demo-student', role: 'student', displayName: '张同学（演示）', description: '浏览岗位、投递简历' },
    { username: 'demo-enterprise', role: 'enterprise', displayName: '演示企业联系人', description: '发布需求清单' },
  ],
}
let passwordAttempts: unknown[] = []
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/auth/demo-accounts': (_req, res) => sendJson(res, 200, demoAccounts),
    'POST /api/auth/password': async (req, res) => {
      passwordAttempts.push(await readJson(req))
      sendProblem(res, new AppError('INVALID_CREDENTIALS'))
    },
  })
})
afterAll(() => server.close())
beforeEach(() => {
  passwordAttempts = []
})

const field = (name: string) => document.querySelector(`input[name="${name}"]`) as HTMLInputElement
const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } })

describe('login page (H5)', () => {
  it('offers each demo account the BFF lists as a card', async () => {
    render(<LoginPage />)
    expect(await screen.findByText('以学生身份体验')).toBeInTheDocument()
    expect(screen.getByText('以企业身份体验')).toBeInTheDocument()
    expect(screen.getByText('张同学（演示） · 浏览岗位、投递简历')).toBeInTheDocument()
  })

  it('speaks to students first, then to organisation staff', async () => {
    render(<LoginPage />)
    expect(screen.getByText('同学你好')).toBeInTheDocument()
    expect(screen.getByText(/登录后可投递岗位、报名培训和双选会/)).toBeInTheDocument()
    // A phone browser has no WeChat sign-in: students are offered their own account (decision 045).
    expect(screen.getByText('学生注册 / 登录')).toBeInTheDocument()
    expect(screen.getByText(/适用于已注册的学生/)).toBeInTheDocument()
    expect(screen.queryByText(/学生请在微信小程序中一键登录/)).toBeNull()
  })

  it('leads a student to 学生注册, keeping the page that sent them', async () => {
    openAt(`redirect=${encodeURIComponent('/pages/job-detail/index?id=j1')}`)
    const navigate = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<LoginPage />)
    tapButton('学生注册')
    expect(navigate).toHaveBeenCalledWith({ url: `/pages/signup/index?redirect=${encodeURIComponent('/pages/job-detail/index?id=j1')}` })
    // 忘记密码 keeps it too (decision 059).
    fireEvent.click(screen.getByText('忘记密码？用恢复码重置'))
    expect(navigate).toHaveBeenLastCalledWith({ url: `/pages/recover/index?redirect=${encodeURIComponent('/pages/job-detail/index?id=j1')}` })
    navigate.mockRestore()
    openAt('')
  })

  it('shows Chinese validation beside empty fields and sends nothing', async () => {
    render(<LoginPage />)
    fireEvent.click(screen.getByText('登录', { selector: '.taro-button-core' }))
    expect(await screen.findByText('请输入账号')).toBeInTheDocument()
    expect(screen.getByText('请输入密码')).toBeInTheDocument()

    type('username', '  admin  ')
    fireEvent.click(screen.getByText('登录', { selector: '.taro-button-core' }))
    await waitFor(() => expect(screen.queryByText('请输入账号')).not.toBeInTheDocument())
    expect(screen.getByText('请输入密码')).toBeInTheDocument()
    expect(passwordAttempts).toEqual([])
  })

  it('sends trimmed credentials and shows the problem message when they are wrong', async () => {
    render(<LoginPage />)
    type('username', '  admin  ')
    type('password', 'not-the-password')
    fireEvent.click(screen.getByText('登录', { selector: '.taro-button-core' }))
    expect(await screen.findByText('账号或密码错误')).toBeInTheDocument()
    expect(passwordAttempts).toEqual([{ username: 'admin', password: 'not-the-password' }])
    expect(getToken()).toBeNull()
  })
})
