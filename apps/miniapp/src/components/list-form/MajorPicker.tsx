import { Input, Text, View } from '@tarojs/components'
import type { Major } from '@zhilian/shared/contracts/reference'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { searchMajors } from '../../api/lists'
import { rememberMajor } from './major-names'
import './ListForm.css'

/** Search the catalogue by code or name (/api/reference/majors?q=) and tap a result to pick its code. */
export function MajorPicker({ name, onPick }: { name: string; onPick: (major: Major) => void }) {
  const [q, setQ] = useState('')
  const [found, setFound] = useState<Major[]>([])
  const [error, setError] = useState<string>()
  const search = async (text: string) => {
    setQ(text)
    if (text.trim().length < 2) return setFound([])
    try {
      setError(undefined)
      setFound((await searchMajors(text.trim())).slice(0, 8))
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <View className='lf-major'>
      <Input aria-label='输入专业代码或名称搜索' className='lf-field__input' name={`${name}.search`} placeholder='输入专业代码或名称搜索' value={q} onInput={(e) => void search(e.detail.value)} />
      {error && <Text className='lf-field__error'>{error}</Text>}
      {found.map((m) => (
        <View
          role='button'
          key={m.code}
          className='lf-major__item'
          onClick={() => {
            rememberMajor(m.code, m.name)
            onPick(m)
            setQ('')
            setFound([])
          }}
        >
          <Text>
            {m.code} {m.name}
          </Text>
        </View>
      ))}
    </View>
  )
}
