import { Button, Input, Text, View } from '@tarojs/components'
import type { CollegeOption } from '@zhilian/shared/contracts/reference'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { searchColleges } from '../../api/profile'
import '../../styles/kit/field.css'
import './index.css'

/** Finds a verified college by its name and picks it: an official knows colleges by name, never by id (decision 061). */
export function CollegeSearch({ onPick }: { onPick: (college: CollegeOption) => void }) {
  const [q, setQ] = useState('')
  const [found, setFound] = useState<CollegeOption[]>()
  const [error, setError] = useState<string>()
  const search = async () => {
    setError(undefined)
    try {
      setFound(await searchColleges(q))
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <View>
      <View className='explain-row'>
        <Input aria-label='院校名称' className='field__input explain-row__input' name='collegeQ' placeholder='输入院校名称搜索' value={q} onInput={(e) => setQ(e.detail.value)} onConfirm={() => void search()} />
        <Button className='btn btn--ghost btn--small' onClick={() => void search()}>搜索</Button>
      </View>
      {error && <Text className='field-error'>{error}</Text>}
      {found?.length === 0 && <Text className='muted explain__line'>没有找到已认证的院校，换个关键词试试</Text>}
      {found?.map((c) => (
        <View role='button' key={c.id} className='explain-pick' onClick={() => onPick(c)}>
          <Text>{c.name}</Text>
          <Text className='muted'>{c.cityName}</Text>
        </View>
      ))}
    </View>
  )
}
