import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { setBoothJobs, type MyBooth } from '../../api/enterprise-events'
import { salaryText } from '../../lib/salary-text'
import '../../styles/kit/check.css'
import '../../styles/kit/page.css'

/** Which of my open jobs the booth offers: students see them at the booth and can apply from the event page. */
export function JobPicker({ eventId, orgId, data, onSaved }: { eventId: string; orgId: string | undefined; data: MyBooth; onSaved: () => void }) {
  const [picked, setPicked] = useState<string[]>(() => data.event.myBooth?.jobs.map((j) => j.id) ?? [])
  const [saving, setSaving] = useState(false)
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]))
  const save = async () => {
    setSaving(true)
    try {
      await setBoothJobs(eventId, picked, orgId)
      void Taro.showToast({ title: `已展出 ${picked.length} 个岗位`, icon: 'none' })
      onSaved()
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setSaving(false)
    }
  }
  return (
    <View className='card booth-jobs'>
      <Text className='detail-section'>展出岗位</Text>
      {data.openJobs.length === 0 && <Text className='muted'>暂无正在招聘的岗位，请先在「我的岗位」中发布</Text>}
      {data.openJobs.map((j) => (
        <View key={j.id} className='check-row' role='checkbox' aria-checked={picked.includes(j.id)} onClick={() => toggle(j.id)}>
          <Text className={`check-box${picked.includes(j.id) ? ' check-box--on' : ''}`}>{picked.includes(j.id) ? '✓' : ''}</Text>
          <Text>{j.title}</Text>
          <Text className='muted'>（{salaryText(j.salaryMin, j.salaryMax)}）</Text>
        </View>
      ))}
      {data.openJobs.length > 0 && (
        <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void save()}>保存展出岗位</Button>
      )}
    </View>
  )
}
