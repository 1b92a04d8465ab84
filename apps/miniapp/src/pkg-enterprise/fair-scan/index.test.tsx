import { render, screen } from '@testing-library/react'
import { BoothSchema } from '@zhilian/shared/contracts/events'
import { MyBoothSchema } from '@zhilian/shared/contracts/event-manage'
import { describe, expect, it } from 'vitest'
import { request } from '../../api/request'
import { setToken } from '../../api/token'
// Test helpers only (never bundled): the real BFF in a child process and people acting through it.
import { openAt, tapButton, type } from '../../test/dom'
import { applyForBooth, as, collegeOrganiser, recruiter, registeredCode, runningFair, student } from '../../test/people'
import { useRealBff } from '../../test/real-bff'
import EnterpriseFairScanPage from './index'

const bff = useRealBff()

describe('booth scan against the real BFF', () => {
  it('records the visit and says the student has not authorised a résumé to this enterprise', async () => {
    const organiser = await collegeOrganiser(bff)
    const event = await runningFair(organiser, '低空经济产业链对接会')
    const { token } = await recruiter(bff, '滨州低空飞行器有限公司')
    const booth = await applyForBooth(token, event.id)
    await as(organiser, () => request('POST', `/api/events/${event.id}/booths/${booth.id}/approve`, { body: { number: 'D-02', zone: '低空展区' }, schema: BoothSchema }))
    const code = await registeredCode(await student(bff, '周同学'), event.id)

    setToken(token)
    openAt(`id=${event.id}`)
    render(<EnterpriseFairScanPage />)
    type('code', code)
    tapButton('提交学生签到码')
    // No consent names this enterprise, so not even the name reaches it (decision 026).
    expect(await screen.findByText('学生（未授权姓名）')).toBeInTheDocument()
    expect(screen.queryByText('周同学')).not.toBeInTheDocument()
    expect(screen.getByText(/^已记录到访 · \d\d:\d\d$/)).toBeInTheDocument()
    expect(screen.getByText(/该同学尚未授权向本单位提供简历和联系方式/)).toBeInTheDocument()
    expect(screen.queryByText(/手机号：/)).not.toBeInTheDocument()

    const mine = await as(token, () => request('GET', `/api/events/${event.id}/booths/mine`, { schema: MyBoothSchema }))
    expect(mine.visits.map((v) => [v.student.displayName, v.applied])).toEqual([['学生（未授权姓名）', false]])

    type('code', 'not-a-real-check-in-code')
    tapButton('提交学生签到码')
    expect(await screen.findByText('签到码无效，请让同学重新打开签到码')).toBeInTheDocument()
  })
})
