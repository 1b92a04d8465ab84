import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import './ChainChips.css'
import '../styles/kit/field.css'
import '../styles/kit/page.css'
import './SearchBar.css'

export interface TagInputProps {
  name: string
  placeholder: string
  value: string[]
  onChange: (next: string[]) => void
}

/** Free-text tags (skills, certificates): type, 添加, tap × to remove; duplicates are ignored. */
export function TagInput({ name, placeholder, value, onChange }: TagInputProps) {
  const [draft, setDraft] = useState('')
  const add = () => {
    const text = draft.trim()
    if (text && !value.includes(text)) onChange([...value, text])
    setDraft('')
  }
  return (
    <View>
      <View className='row-actions'>
        {value.map((tag) => (
          <View role='button' key={tag} className='chain-chip chain-chip--active tag' onClick={() => onChange(value.filter((t) => t !== tag))}>
            <Text>{tag} ×</Text>
          </View>
        ))}
      </View>
      <View className='search-bar' style={{ padding: 'var(--space-2) 0' }}>
        <Input aria-label={placeholder} className='field__input' style={{ flex: 1 }} name={name} placeholder={placeholder} value={draft} onInput={(e) => setDraft(e.detail.value)} onConfirm={add} />
        <Button className='btn btn--ghost btn--small search-bar__btn' onClick={add}>添加</Button>
      </View>
    </View>
  )
}
