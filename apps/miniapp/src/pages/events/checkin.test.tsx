import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setToken } from '../../api/token'
import { openAt, tapButton, type } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import CheckinPage from './checkin'

const bff = useRealBff('fair')

function openPage(token: string, eventId = bff.live) {
  setToken(token)
  openAt(`id=${eventId}`)
  return render(<CheckinPage />)
}
const typeCode = (code: string) => {
  type('venue-code', code)
  tapButton('签到')
}

describe('签到', () => {
  it('shows my signed QR code with its countdown, refuses a wrong venue code and checks in with the right one', async () => {
    const { container } = openPage(bff.planner)
    await screen.findByText('请向工作人员出示签到码')
    expect(container.querySelector('.qr-code')?.getAttribute('data-qr-text')).toMatch(/^[\w-]+\.[\w-]+$/)
    expect(container.querySelector('.checkin-countdown')?.textContent).toMatch(/^\d+秒后自动刷新$/)

    const res = await fetch(`${bff.origin}/api/events/${bff.live}/venue-code`, { headers: { authorization: `Bearer ${bff.organiser}` } })
    const { code } = (await res.json()) as { code: string }
    typeCode(code === '000000' ? '000001' : '000000')
    expect(await screen.findByText(/签到码(不正确|已过期)/)).toHaveClass('venue-error')
    typeCode(code)
    expect(await screen.findByText('签到成功')).toHaveClass('checkin-done')
    expect(container.querySelector('.qr-code')).toBeNull()
  })

  it('says when check-in opens for an event days ahead, instead of showing a code', async () => {
    openPage(bff.planner, bff.fair)
    await screen.findByText('签到尚未开始：活动开始前2小时开放签到')
    expect(document.querySelector('.qr-code')).toBeNull()
  })

  it('tells a student who did not register, instead of showing a code', async () => {
    openPage(bff.newcomer)
    await screen.findByText('您尚未报名本场活动')
    expect(document.querySelector('input[name="venue-code"]')).toBeNull()
  })
})
