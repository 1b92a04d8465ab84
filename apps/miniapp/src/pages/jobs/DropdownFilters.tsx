import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Chip } from '../../components/Chip'
import './jobs-page.css'

export interface Dropdown {
  key: string
  /** The tab's name while nothing is chosen, e.g. 城市. */
  label: string
  /** Sections of choices; most dropdowns have one, 更多 has two. */
  groups: { title?: string; options: { value: string | undefined; label: string }[]; selected: string | undefined; onSelect: (value: string | undefined) => void }[]
}

/**
 * One row of tabs (产业链 ▾ 城市 ▾ 学历 ▾ 薪资 ▾ 更多 ▾) under the search bar; a tab opens its choices as wrapped chips
 * below the row, and a choice closes them. The row never scrolls sideways and the chips wrap, so nothing is off
 * screen on a 390 px phone; a tab names its choice once made (淄博市 ▾).
 */
export function DropdownFilters({ dropdowns }: { dropdowns: Dropdown[] }) {
  const [open, setOpen] = useState<string>()
  const current = dropdowns.find((d) => d.key === open)
  const chosen = (d: Dropdown) => {
    const picked = d.groups.flatMap((g) => g.options.filter((o) => o.value !== undefined && o.value === g.selected))
    return picked.length === 1 ? picked[0]!.label : picked.length > 1 ? `${d.label}·${picked.length}` : undefined
  }
  return (
    <View className='dropdowns'>
      <View className='dropdowns__tabs'>
        {dropdowns.map((d) => {
          const name = chosen(d)
          return (
            <View
              role='button'
              key={d.key}
              className={`dropdowns__tab${name ? ' dropdowns__tab--set' : ''}${open === d.key ? ' dropdowns__tab--open' : ''}`}
              aria-expanded={open === d.key}
              onClick={() => setOpen(open === d.key ? undefined : d.key)}
            >
              <Text className='dropdowns__tab-text'>{name ?? d.label}</Text>
              <Text className='dropdowns__caret'>{open === d.key ? '▴' : '▾'}</Text>
            </View>
          )
        })}
      </View>
      {current && (
        <View className='dropdowns__panel' role='listbox' aria-label={current.label}>
          {current.groups.map((g, i) => (
            <View key={g.title ?? i} className='dropdowns__group'>
              {g.title && <Text className='dropdowns__group-title'>{g.title}</Text>}
              <View className='dropdowns__chips'>
                {g.options.map((o) => (
                  <Chip
                    key={o.value ?? 'any'}
                    on={g.selected === o.value}
                    label={o.label}
                    onClick={() => {
                      g.onSelect(o.value)
                      setOpen(undefined)
                    }}
                  />
                ))}
              </View>
            </View>
          ))}
        </View>
      )}
      {current && <View className='dropdowns__mask' onClick={() => setOpen(undefined)} />}
    </View>
  )
}
