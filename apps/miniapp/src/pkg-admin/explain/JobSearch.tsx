import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { fetchJobs } from '../../api/jobs'
import type { JobListItem } from '@zhilian/shared/contracts/jobs'
import '../../styles/kit/field.css'
import './index.css'

/** Finds a job by keyword among open jobs, or takes a pasted id (any job, open or not). */
export function JobSearch({ onPick }: { onPick: (jobId: string) => void }) {
  const [q, setQ] = useState('')
  const [pasted, setPasted] = useState('')
  const [found, setFound] = useState<JobListItem[]>()
  const [error, setError] = useState<string>()
  const search = async () => {
    setError(undefined)
    try {
      setFound((await fetchJobs({ q: q.trim() || undefined }, null)).items)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <View className='card'>
      <Text className='explain__h'>第一步：选择岗位</Text>
      <View className='explain-row'>
        <Input aria-label='岗位名称、技能或企业' className='field__input explain-row__input' name='q' placeholder='岗位名称、技能或企业' value={q} onInput={(e) => setQ(e.detail.value)} onConfirm={() => void search()} />
        <Button className='btn btn--primary btn--small' onClick={() => void search()}>搜索</Button>
      </View>
      {error && <Text className='field-error'>{error}</Text>}
      {found?.length === 0 && <Text className='muted explain__line'>没有找到岗位，换个关键词或粘贴岗位 ID</Text>}
      {found?.map((j) => (
        <View role='button' key={j.id} className='explain-pick' onClick={() => onPick(j.id)}>
          <Text>{j.title}</Text>
          <Text className='muted'>{j.org.name} · {j.city.name}</Text>
        </View>
      ))}
      <View className='explain-row'>
        <Input aria-label='或粘贴岗位 ID' className='field__input explain-row__input' name='jobId' placeholder='或粘贴岗位 ID' value={pasted} onInput={(e) => setPasted(e.detail.value)} />
        <Button className='btn btn--ghost btn--small' disabled={!pasted.trim()} onClick={() => onPick(pasted.trim())}>使用</Button>
      </View>
    </View>
  )
}
