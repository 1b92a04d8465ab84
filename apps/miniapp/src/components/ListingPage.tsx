import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { DemoBanner } from './DemoBanner'
import { DropdownFilters, type Dropdown } from './DropdownFilters'
import './ListingPage.css'

export interface ListingPageProps {
  title: string
  subtitle: string
  /** The tab's filters, one row of dropdowns as on 岗位 (decision 046): 产业链 ▾ 城市 ▾ … */
  dropdowns: Dropdown[]
  /** What sits between the filters and the list (双选会's 我的日程 and 消息). */
  entries?: ReactNode
  children: ReactNode
}

/**
 * The frame shared by the 培训 / 双选会 tabs (岗位 has its own search-first frame): a heading, the filter tabs that
 * stay on top while the list scrolls, then the list. The filters are the jobs tab's dropdowns, so the list starts
 * right under one row instead of two or three rows of chips.
 */
export function ListingPage({ title, subtitle, dropdowns, entries, children }: ListingPageProps) {
  return (
    <View className='listing'>
      <DemoBanner />
      <View className='listing__head'>
        <Text className='listing__title'>{title}</Text>
        <Text className='listing__subtitle'>{subtitle}</Text>
      </View>
      <View className='listing__filters'>
        <DropdownFilters dropdowns={dropdowns} />
      </View>
      {entries}
      {children}
    </View>
  )
}
