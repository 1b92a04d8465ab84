import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { fetchJobs } from '../../api/jobs'
import type { JobListItem } from '@zhilian/shared/contracts/jobs'
import '../../styles/kit/field.css'
import './index.css'

/**
 * Finds a job by keyword among open jobs. A job that is not open is explained from a link that names it (?jobId=):
 * the pasted-id box this step had was for developers, since no page shows an official a job's id (decision 061).
 */
export function JobSearch({ onPick }: { onPick: (jobId: string) => void }) {
  const [q, setQ] = useState('')
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
      {found?.length === 0 && <Text className='muted explain__line'>没有找到招聘中的岗位，换个关键词试试</Text>}
      {found?.map((j) => (
        <View role='button' key={j.id} className='explain-pick' onClick={() => onPick(j.id)}>
          <Text>{j.title}</Text>
          <Text className='muted'>{j.org.name} · {j.city.name}</Text>
        </View>
      ))}
    </View>
  )
}
