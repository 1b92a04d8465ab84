import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchJobSupply } from '../../api/matching'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import '../../styles/kit/field.css'
import './index.css'

export interface Pair { collegeId: string; majorCode: string }

/** For the chosen job: its ranked candidates to tap, or a pasted college id and major code (for pairs that did not make the list). */
export function PairPicker({ jobId, onPick, onChangeJob }: { jobId: string; onPick: (p: Pair) => void; onChangeJob: () => void }) {
  const supply = useRemote(() => fetchJobSupply(jobId))
  const [collegeId, setCollegeId] = useState('')
  const [majorCode, setMajorCode] = useState('')
  return (
    <View className='card'>
      <Text className='explain__h'>第二步：选择院校专业</Text>
      <StateView loading={supply.loading} error={supply.error} onRetry={() => void supply.reload()}>
        {supply.data && (
          <View>
            <View className='explain-row'>
              <Text className='explain__line explain-row__input'>
                {supply.data.job.title}：共 {supply.data.candidates} 个候选
              </Text>
              <Button className='btn btn--ghost btn--small' onClick={onChangeJob}>换岗位</Button>
            </View>
            {supply.data.items.map((m, i) => (
              <View role='button' key={`${m.collegeId}-${m.majorCode}`} className='explain-pick' onClick={() => onPick({ collegeId: m.collegeId, majorCode: m.majorCode })}>
                <Text>{i + 1}. {m.collegeName} · {m.majorName}</Text>
                <Text className='muted'>{m.score} 分</Text>
              </View>
            ))}
          </View>
        )}
      </StateView>
      <Text className='muted explain__line'>不在列表中的组合：粘贴院校 ID 和专业代码</Text>
      <Input aria-label='院校 ID' className='field__input explain__input' name='collegeId' placeholder='院校 ID' value={collegeId} onInput={(e) => setCollegeId(e.detail.value)} />
      <Input aria-label='专业代码，如 460301' className='field__input explain__input' name='majorCode' placeholder='专业代码，如 460301' value={majorCode} onInput={(e) => setMajorCode(e.detail.value)} />
      <Button className='btn btn--ghost btn--block' disabled={!collegeId.trim() || !majorCode.trim()} onClick={() => onPick({ collegeId: collegeId.trim(), majorCode: majorCode.trim() })}>
        解释该组合
      </Button>
    </View>
  )
}
