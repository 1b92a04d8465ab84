import { fireEvent, render, screen } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setToken } from '../../api/token'
import CheckinPage from './checkin'
import { startRealBff, type RealBff } from './test-bff'

let bff: RealBff
beforeAll(async () => { bff = await startRealBff() }, 120_000)
afterAll(() => bff.close())

function openPage(token: string) {
  setToken(token)
  window.history.replaceState(null, '', `/?id=${bff.fair}`)
  return render(<CheckinPage />)
}
const typeCode = (code: string) => {
  fireEvent.input(document.querySelector('input[name="venue-code"]')!, { target: { value: code } })
  fireEvent.click(screen.getByText('签到', { selector: '.taro-button-core' }))
}

describe('签到', () => {
  it('shows my signed QR code with its countdown, refuses a wrong venue code and checks in with the right one', async () => {
    const { container } = openPage(bff.planner)
    await screen.findByText('请向工作人员出示签到码', {}, { timeout: 10_000 })
    expect(container.querySelector('.qr-code')?.getAttribute('data-qr-text')).toMatch(/^[\w-]+\.[\w-]+$/)
    expect(container.querySelector('.checkin-countdown')?.textContent).toMatch(/^\d+秒后自动刷新$/)

    const res = await fetch(`${bff.origin}/api/events/${bff.fair}/venue-code`, { headers: { authorization: `Bearer ${bff.organiser}` } })
    const { code } = (await res.json()) as { code: string }
    typeCode(code === '000000' ? '000001' : '000000')
    expect(await screen.findByText(/签到码(不正确|已过期)/, {}, { timeout: 10_000 })).toHaveClass('venue-error')
    typeCode(code)
    expect(await screen.findByText('签到成功', {}, { timeout: 10_000 })).toHaveClass('checkin-done')
    expect(container.querySelector('.qr-code')).toBeNull()
  }, 30_000)

  it('tells a student who did not register, instead of showing a code', async () => {
    openPage(bff.newcomer)
    await screen.findByText('您尚未报名本场活动', {}, { timeout: 10_000 })
    expect(document.querySelector('input[name="venue-code"]')).toBeNull()
  })
})
