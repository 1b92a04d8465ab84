import Taro from '@tarojs/taro'
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { setToken } from '../../api/token'
import { confirmModal, openAt, tapButton, type, typeTextarea } from '../../test/dom'
import { useRealBff } from '../../test/real-bff'
import MyApplicationsPage from '../../pages/applications/index'
import SchedulePage from '../../pages/events/schedule'
import ApplicantPage from './index'

const bff = useRealBff('fair')

/**
 * Decision 112, against the real BFF: the recruiter moves and then cancels 潍柴动力's interview with `invited`, and the
 * student's card and 我的日程 follow. Before it the page had neither button (`Unable to find … 改期`), and the card kept
 * the first time after a second 邀请面试.
 */
describe('an applicant’s interview, moved and cancelled', () => {
  it('moves the interview from its filled form; the student’s card and 我的日程 show the new place', async () => {
    setToken(bff.recruiter)
    openAt(`id=${bff.invitedApplication}`)
    const page = render(<ApplicantPage />)
    await screen.findByText('面试安排')
    expect(page.container.querySelector('.interviews-card')?.textContent).toContain('12:00 · 潍柴动力人力资源部')
    // 再约一轮面试 is its own button: a further round, not a move.
    expect(screen.getByText('再约一轮面试', { selector: '.taro-button-core' })).toBeInTheDocument()
    tapButton('改期')
    await screen.findByText('确认改期并通知学生')
    expect(document.querySelector('.interview-time')?.textContent).toBe('12:00')
    type('place', '潍柴动力二号楼面试室')
    tapButton('确认改期并通知学生')
    await waitFor(() => expect(page.container.querySelector('.interviews-card')?.textContent).toContain('12:00 · 潍柴动力二号楼面试室'))
    page.unmount()

    setToken(bff.invited)
    openAt('')
    const card = render(<MyApplicationsPage />)
    await screen.findByText('面试安排：', { exact: false })
    expect(card.container.querySelector('.application-card')?.textContent).toContain('潍柴动力二号楼面试室')
    expect(card.container.querySelector('.application-card')?.textContent).not.toContain('潍柴动力人力资源部')
    card.unmount()
    const agenda = render(<SchedulePage />)
    await screen.findByText('面试：装配钳工')
    expect(agenda.container.querySelector('[data-title="面试：装配钳工"]')?.textContent).toContain('12:00 · 潍柴动力二号楼面试室')
  })

  it('cancels only after a reason and a confirmation; the student reads 面试已取消 and why', async () => {
    setToken(bff.recruiter)
    openAt(`id=${bff.invitedApplication}`)
    const page = render(<ApplicantPage />)
    await screen.findByText('面试安排')
    const decline = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    tapButton('取消面试')
    await typeTextarea(document.querySelector('[aria-label="取消面试"]')!, '招聘计划调整')
    tapButton('确定')
    await waitFor(() => expect(decline).toHaveBeenCalledTimes(1))
    expect(decline.mock.calls[0]![0]).toMatchObject({ title: '取消面试', content: expect.stringContaining('招聘计划调整') })
    // Declined: nothing was cancelled.
    expect(page.container.querySelector('.interviews-card')?.textContent).not.toContain('面试已取消')
    decline.mockRestore()
    confirmModal()
    tapButton('取消面试')
    await typeTextarea(document.querySelector('[aria-label="取消面试"]')!, '招聘计划调整')
    tapButton('确定')
    await waitFor(() => expect(page.container.querySelector('.interviews-card')?.textContent).toContain('面试已取消：原定'))
    expect(page.container.querySelector('.interviews-card')?.textContent).toContain('原因：招聘计划调整')
    expect(screen.queryByText('改期', { selector: '.taro-button-core' })).toBeNull()
    page.unmount()

    setToken(bff.invited)
    openAt('')
    const card = render(<MyApplicationsPage />)
    await screen.findByText('面试已取消：原定', { exact: false })
    expect(card.container.querySelector('.application-card')?.textContent).toContain('（原因：招聘计划调整）')
    expect(card.container.querySelector('.application-status')?.textContent).toBe('已查看')
    card.unmount()
    const agenda = render(<SchedulePage />)
    await screen.findByText('面试已取消，原因：招聘计划调整')
    expect(agenda.container.querySelector('[data-title="面试：装配钳工"]')?.textContent).toContain('面试已取消')
  })
})
