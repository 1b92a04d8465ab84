import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { profileCompleteness, type Profile } from '@zhilian/shared/contracts/profile'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { LEAVE_MESSAGE } from '../../lib/use-leave-guard'
import { unloadAsks } from '../../test/dom'
import { readJson, sendJson, startLocalServer } from '../../test/local-server'
import { ProfileForm } from './ProfileForm'

const empty: Profile = {
  realName: '王小明', college: null, major: null, grade: 2, graduationYear: 2027, education: 'associate', skills: ['数控车床操作'],
  certificates: [], expectedCities: ['370300'], expectedChains: [], intro: null, phone: '13800000000', personalisationOff: false,
  completeness: profileCompleteness(null),
}
const colleges = [{ id: 'c-zibo', name: '淄博职业学院', cityName: '淄博市' }, { id: 'c-zibo-2', name: '淄博工程职业学院', cityName: '淄博市' }]

let server: Awaited<ReturnType<typeof startLocalServer>>
let saved: Record<string, unknown> | undefined
let asked: string | null = null

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/reference/colleges': (req, res) => {
      asked = new URL(req.url ?? '', 'http://x').searchParams.get('q')
      sendJson(res, 200, { items: colleges.filter((c) => !asked || c.name.includes(asked)) })
    },
    'PUT /api/profile': async (req, res) => {
      saved = (await readJson(req)) as Record<string, unknown>
      sendJson(res, 200, { ...empty, college: { id: 'c-zibo', name: '淄博职业学院' } })
    },
  })
})
afterAll(() => server.close())

describe('résumé college picker', () => {
  it('searches verified colleges by name and saves the picked one', async () => {
    const { container } = render(<ProfileForm profile={empty} cities={[{ adcode: '370300', name: '淄博市', circle: '省会' }]} onSaved={() => {}} />)
    expect(screen.getByText('就读院校：未选择')).toBeInTheDocument()
    const input = container.querySelector('input[name="collegeQ"]') as HTMLInputElement
    fireEvent.input(input, { target: { value: '工程' } })
    const searchButtons = screen.getAllByText('搜索')
    fireEvent.click(searchButtons[0]!)
    fireEvent.click(await screen.findByText('淄博工程职业学院（淄博市）', {}, { timeout: 5000 }))
    expect(asked).toBe('工程')
    expect(screen.getByText('就读院校：淄博工程职业学院')).toBeInTheDocument()
    fireEvent.click(screen.getByText(/保存/))
    await waitFor(() => expect(saved?.collegeId).toBe('c-zibo-2'), { timeout: 5000 })
  })
})

describe('résumé left with unsaved changes (decision 096)', () => {
  it('asks on the back arrow and before unload while edited, and not once saved', async () => {
    const { container } = render(<ProfileForm profile={empty} cities={[{ adcode: '370300', name: '淄博市', circle: '省会' }]} onSaved={() => {}} />)
    const back = document.body.appendChild(Object.assign(document.createElement('div'), { className: 'taro-navigation-bar-back' }))
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    try {
      expect(unloadAsks()).toBe(false)
      fireEvent.input(container.querySelector('input[name="realName"]')!, { target: { value: '王小红' } })
      fireEvent.click(back)
      await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
      expect(modal.mock.calls[0]![0]!.content).toBe(LEAVE_MESSAGE)
      expect(unloadAsks()).toBe(true)
      fireEvent.click(screen.getByText(/保存简历/))
      await waitFor(() => expect(saved?.realName).toBe('王小红'), { timeout: 5000 })
      await waitFor(() => expect(unloadAsks()).toBe(false))
      fireEvent.click(back)
      expect(modal).toHaveBeenCalledTimes(1)
    } finally {
      back.remove()
      modal.mockRestore()
    }
  })
})
