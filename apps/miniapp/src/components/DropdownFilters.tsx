import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Chain } from '@zhilian/shared/contracts/reference'
import { Chip } from './Chip'
import { isCandidateChain } from '../lib/is-candidate-chain'
import './DropdownFilters.css'

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

/** 产业链 ▾ as every list offers it: 全部, then the chains in their order, a candidate chain marked 待确认. */
export function chainDropdown(chains: readonly Chain[] | undefined, selected: string | undefined, onSelect: (chainId: string | undefined) => void): Dropdown {
  const options = [{ value: undefined, label: '全部' }, ...(chains ?? []).map((c) => ({ value: c.id, label: isCandidateChain(c.status) ? `${c.name}（待确认）` : c.name }))]
  return { key: 'chain', label: '产业链', groups: [{ options, selected, onSelect }] }
}

/** 城市 ▾ as every list offers it: 全省, then Shandong's cities. */
export function cityDropdown(cities: readonly { adcode: string; name: string }[] | undefined, selected: string | undefined, onSelect: (cityCode: string | undefined) => void): Dropdown {
  const options = [{ value: undefined, label: '全省' }, ...(cities ?? []).map((c) => ({ value: c.adcode, label: c.name }))]
  return { key: 'city', label: '城市', groups: [{ options, selected, onSelect }] }
}
