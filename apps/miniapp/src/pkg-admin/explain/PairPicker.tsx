import { Button, Text, View } from '@tarojs/components'
import type { CollegeOption, Major } from '@zhilian/shared/contracts/reference'
import { useState } from 'react'
import { fetchJobSupply } from '../../api/matching'
import { MajorPicker } from '../../components/list-form/MajorPicker'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { CollegeSearch } from './CollegeSearch'
import '../../styles/kit/field.css'
import './index.css'

export interface Pair { collegeId: string; majorCode: string }

/**
 * For the chosen job: its ranked candidates to tap, or any other college and major found by name (a pair that did
 * not make the list: the explanation says why). Officials never see ids, so nothing here asks for one (decision 061).
 */
export function PairPicker({ jobId, onPick, onChangeJob }: { jobId: string; onPick: (p: Pair) => void; onChangeJob: () => void }) {
  const supply = useRemote(() => fetchJobSupply(jobId))
  const [college, setCollege] = useState<CollegeOption>()
  const [major, setMajor] = useState<Major>()
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
      {/* A job outside the administrator's scope answers an error: picking another is the way on, not only 重试. */}
      {supply.error && <Button className='btn btn--ghost btn--block' onClick={onChangeJob}>换岗位</Button>}
      <Text className='explain__h explain__other'>不在列表中的组合</Text>
      {college ? (
        <View className='explain-row'>
          <Text className='explain__line explain-row__input'>院校：{college.name}</Text>
          <Button className='btn btn--ghost btn--small' onClick={() => setCollege(undefined)}>换院校</Button>
        </View>
      ) : (
        <CollegeSearch onPick={setCollege} />
      )}
      {major ? (
        <View className='explain-row'>
          <Text className='explain__line explain-row__input'>专业：{major.code} {major.name}</Text>
          <Button className='btn btn--ghost btn--small' onClick={() => setMajor(undefined)}>换专业</Button>
        </View>
      ) : (
        <MajorPicker name='explainMajor' onPick={setMajor} />
      )}
      <Button className='btn btn--ghost btn--block' disabled={!college || !major} onClick={() => college && major && onPick({ collegeId: college.id, majorCode: major.code })}>
        解释该组合
      </Button>
    </View>
  )
}
