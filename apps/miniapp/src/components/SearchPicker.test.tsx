import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/api-error'
import { type } from '../test/dom'
import { SearchPicker } from './SearchPicker'

interface Unit { id: string; name: string; city: string }
const UNITS: Unit[] = [{ id: 'u1', name: '淄博职业学院', city: '淄博市' }, { id: 'u2', name: '淄博师范高等专科学校', city: '淄博市' }]
/** A search over a fixed list, as the reference endpoint answers it: the names that hold the words. */
const byName = async (q: string) => UNITS.filter((u) => u.name.includes(q))

function renderPicker(search: (q: string) => Promise<Unit[]>) {
  const picked: Unit[] = []
  const view = render(
    <SearchPicker name='unitQ' placeholder='输入单位名称' search={search} emptyText='没有找到，换个关键词试试' describe={(u) => ({ key: u.id, name: u.name, note: u.city })} onPick={(u) => picked.push(u)} />,
  )
  return { ...view, picked }
}

describe('SearchPicker', () => {
  it('searches in the shared SearchBar and picks a record by its name', async () => {
    const { container, picked } = renderPicker(byName)
    // The shared search box, not a row of its own: the same input, label and 搜索 button as the jobs tab.
    expect(container.querySelector('.search-bar input[name="unitQ"]')).not.toBeNull()
    type('unitQ', '师范')
    fireEvent.click(screen.getByText('搜索'))
    fireEvent.click(await screen.findByText('淄博师范高等专科学校'))
    expect(picked.map((u) => u.id)).toEqual(['u2'])
    expect(screen.queryByText('淄博职业学院')).not.toBeInTheDocument()
  })

  it('says 正在搜索 while the search runs, then that nothing was found', async () => {
    let answer: (units: Unit[]) => void = () => {}
    renderPicker(() => new Promise((resolve) => { answer = resolve }))
    type('unitQ', '青岛')
    fireEvent.click(screen.getByText('搜索'))
    expect(screen.getByText('正在搜索…')).toBeInTheDocument()
    answer([])
    expect(await screen.findByText('没有找到，换个关键词试试')).toBeInTheDocument()
    expect(screen.queryByText('正在搜索…')).not.toBeInTheDocument()
  })

  it('shows the server\'s message when the search fails, and finds again once it works', async () => {
    let fail = true
    renderPicker(async (q) => {
      if (fail) throw new ApiError('RATE_LIMITED', '操作过于频繁，请稍后再试')
      return byName(q)
    })
    type('unitQ', '淄博')
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByRole('alert')).toHaveTextContent('操作过于频繁，请稍后再试')
    fail = false
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByText('淄博职业学院')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('clears the last search\'s records when the next one fails, so none reads as its answer', async () => {
    let fail = false
    renderPicker(async (q) => {
      if (fail) throw new ApiError('RATE_LIMITED', '操作过于频繁，请稍后再试')
      return byName(q)
    })
    type('unitQ', '淄博')
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByText('淄博职业学院')).toBeInTheDocument()
    fail = true
    type('unitQ', '青岛')
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByRole('alert')).toHaveTextContent('操作过于频繁，请稍后再试')
    expect(screen.queryByText('淄博职业学院')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /淄博/ })).not.toBeInTheDocument()
  })

  describe('with records offered before a search (decision 079)', () => {
    const offer = { title: '最新的单位，点选一个', emptyText: '暂无单位', limit: 1 }
    const renderOffering = (search: (q: string) => Promise<Unit[]>) => {
      const picked: Unit[] = []
      render(<SearchPicker name='unitQ' placeholder='输入单位名称' search={search} emptyText='没有找到，换个关键词试试' initial={offer} describe={(u) => ({ key: u.id, name: u.name, note: u.city })} onPick={(u) => picked.push(u)} />)
      return picked
    }

    it('offers the first records under its title, picks one, and drops the title once words are searched', async () => {
      const searched: string[] = []
      const picked = renderOffering(async (q) => {
        searched.push(q)
        return byName(q)
      })
      expect(await screen.findByText(offer.title)).toBeInTheDocument()
      expect(searched).toEqual([''])
      // The first `limit` of the search with no words.
      expect(screen.getByText(UNITS[0]!.name)).toBeInTheDocument()
      expect(screen.queryByText(UNITS[1]!.name)).not.toBeInTheDocument()
      fireEvent.click(screen.getByText(UNITS[0]!.name))
      expect(picked.map((u) => u.id)).toEqual([UNITS[0]!.id])
      type('unitQ', '师范')
      fireEvent.click(screen.getByText('搜索'))
      expect(await screen.findByText(UNITS[1]!.name)).toBeInTheDocument()
      expect(screen.queryByText(offer.title)).not.toBeInTheDocument()
      expect(searched).toEqual(['', '师范'])
    })

    it('says there is nothing to offer with its own words, and a search that finds nothing with the search\'s', async () => {
      renderOffering(async () => [])
      expect(await screen.findByText(offer.emptyText)).toBeInTheDocument()
      expect(screen.queryByText(offer.title)).not.toBeInTheDocument()
      type('unitQ', '青岛')
      fireEvent.click(screen.getByText('搜索'))
      expect(await screen.findByText('没有找到，换个关键词试试')).toBeInTheDocument()
      expect(screen.queryByText(offer.emptyText)).not.toBeInTheDocument()
    })
  })
})
