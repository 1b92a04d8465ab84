import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { ProfileField } from '@zhilian/shared/contracts/profile'
import { describe, expect, it } from 'vitest'
import { applyToJob } from '../../api/jobs'
import { setToken } from '../../api/token'
import { goOffline } from '../../test/offline'
import { pullDown, showAgain } from '../../test/page-events'
import { useRealBff } from '../../test/real-bff'
import MyApplicationsPage from './index'

const bff = useRealBff()
const FIELDS: ProfileField[] = ['realName', 'phone', 'college', 'major', 'grade', 'education', 'skills', 'expectedCities']
let phones = 0

/** A student with a résumé complete enough to apply, signed in, who has applied to a job called `title`. */
async function appliedTo(title: string) {
  const college = await bff.make('createCollege')
  const user = await bff.make('createStudent', { profile: { collegeId: college.id, phone: `1390000${String(++phones).padStart(4, '0')}` } })
  setToken(await bff.tokenFor(user))
  const job = await bff.make('createJob', { title })
  await applyToJob(job.id, { consent: { recipientOrgId: job.orgId, purpose: '求职应聘', fields: FIELDS } })
}

// Decision 106: 我的投递 reloads when shown again (back from a job, or from 我的) and on pull-down; it blanked to
// 加载中 each time until the answer came, and a failed reload put its error where the applications had been.
describe('我的投递 reloaded', () => {
  it('keeps the applications on screen while shown again reloads them', async () => {
    await appliedTo('数控车工')
    render(<MyApplicationsPage />)
    await screen.findByText('数控车工')
    showAgain()
    expect(screen.getByText('数控车工')).toBeInTheDocument()
    expect(screen.queryByText('加载中…')).toBeNull()
    expect(screen.getByText('正在刷新…')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText('正在刷新…')).toBeNull())
    expect(screen.getByText('数控车工')).toBeInTheDocument()
  })

  it('keeps them when a pull-down fails, with a notice and 重试 that reloads', async () => {
    await appliedTo('装配钳工')
    render(<MyApplicationsPage />)
    await screen.findByText('装配钳工')
    const online = await goOffline()
    try {
      pullDown()
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('刷新失败：网络连接失败，请检查网络后重试。下面是上次加载的内容'))
      expect(screen.getByText('装配钳工')).toBeInTheDocument()
      expect(screen.queryByRole('alert')).toBeNull()
    } finally {
      await online()
    }
    fireEvent.click(screen.getByText('重试', { selector: '.taro-button-core' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''))
    expect(screen.getByText('装配钳工')).toBeInTheDocument()
  })
})
