import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { CheckinResultSchema } from '@zhilian/shared/contracts/checkin'
import { describe, expect, it } from 'vitest'
import { request } from '../../api/request'
import { setToken } from '../../api/token'
import { openAt, tapButton, type } from '../../test/dom'
import { as, collegeOrganiser, registeredCode, runningFair, student } from '../../test/people'
import { useRealBff } from '../../test/real-bff'
import OrganiserEventScanPage from './index'

const bff = useRealBff()

describe('on-site check-in against the real BFF', () => {
  it('checks a pasted student code in: 签到成功, then 已签到 on the second scan; a bad code gets the Chinese error', async () => {
    const organiser = await collegeOrganiser(bff)
    const event = await runningFair(organiser, '新能源汽车产业链双选会')
    const code = await registeredCode(await student(bff, '赵同学'), event.id)

    setToken(organiser)
    openAt(`id=${event.id}`)
    render(<OrganiserEventScanPage />)
    type('code', code)
    tapButton('提交学生签到码')
    expect(await screen.findByText('签到成功')).toBeInTheDocument()
    expect(screen.getByText('赵同学')).toBeInTheDocument()

    type('code', code)
    tapButton('提交学生签到码')
    expect(await screen.findByText('已签到')).toBeInTheDocument()
    expect(screen.getByText(/^首次签到时间 \d\d:\d\d$/)).toBeInTheDocument()

    type('code', `${code.slice(0, -4)}AAAA`)
    tapButton('提交学生签到码')
    expect(await screen.findByText('签到码无效，请让同学重新打开签到码')).toBeInTheDocument()
  })

  it("shows the venue's six-digit code in .venue-code and as a QR code, and a registered student checks in with it", async () => {
    const organiser = await collegeOrganiser(bff)
    const event = await runningFair(organiser, '高端化工产业链路演')
    const studentToken = await student(bff, '孙同学')
    await registeredCode(studentToken, event.id)

    setToken(organiser)
    openAt(`id=${event.id}`)
    const { container } = render(<OrganiserEventScanPage />)
    fireEvent.click(screen.getByText('现场签到码'))
    await waitFor(() => expect(container.querySelector('.venue-code')?.textContent).toMatch(/^\d{6}$/))
    const shown = container.querySelector('.venue-code')!.textContent!
    expect(container.querySelector('.qr-code')?.getAttribute('data-qr-text')).toBe(`zlvenue:${event.id}:${shown}`)
    expect(screen.getByText(/^\d+ 秒后更新$/)).toBeInTheDocument()

    const result = await as(studentToken, () => request('POST', `/api/events/${event.id}/checkins/venue`, { body: { code: shown }, schema: CheckinResultSchema }))
    expect(result).toMatchObject({ firstTime: true, student: { displayName: '孙同学' } })
  })
})
