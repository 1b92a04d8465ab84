import { Button, Input, Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import '../styles/kit/field.css'
import '../styles/kit/page.css'
import './SearchBar.css'

export interface SearchFieldProps {
  /** The field's label with the current choice, e.g. 专业：数控技术. */
  label: string
  name: string
  placeholder: string
  onSearch: (q: string) => void
  /** The choices the last search found. */
  children: ReactNode
  error?: ReactNode
}

/** A reference-data choice made by searching (colleges, majors): too many options for a picker wheel. */
export function SearchField({ label, name, placeholder, onSearch, children, error }: SearchFieldProps) {
  const [q, setQ] = useState('')
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <View className='search-bar' style={{ padding: 'var(--space-2) 0' }}>
        <Input aria-label={placeholder} className='field__input' style={{ flex: 1 }} name={name} placeholder={placeholder} value={q} onInput={(e) => setQ(e.detail.value)} onConfirm={() => onSearch(q)} />
        <Button className='btn btn--ghost btn--small search-bar__btn' onClick={() => onSearch(q)}>搜索</Button>
      </View>
      <View className='row-actions'>{children}</View>
      {error}
    </View>
  )
}
