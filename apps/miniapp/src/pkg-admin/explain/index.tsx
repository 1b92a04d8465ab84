import { useRouter } from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchExplanation } from '../../api/matching'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { Explanation } from './Explanation'
import { JobSearch } from './JobSearch'
import { PairPicker, type Pair } from './PairPicker'
import { usePullDown } from '../../lib/use-pull-down'
import './index.css'
import '../../components/SearchBar.css'

/**
 * 为什么匹配: an administrator picks a job and a college × major by name (a link may name them as
 * ?jobId=&collegeId=&majorCode=) and sees the score part by part, the reasons and the cut-off.
 */
export default function ExplainPage() {
  const params = useRouter().params
  const [jobId, setJobId] = useState(params.jobId)
  const [pair, setPair] = useState<Pair | undefined>(params.collegeId && params.majorCode ? { collegeId: params.collegeId, majorCode: params.majorCode } : undefined)
  const [round, setRound] = useState(0)
  usePullDown(async () => setRound((n) => n + 1))

  if (!jobId) return <JobSearch onPick={setJobId} />
  if (!pair) return <PairPicker jobId={jobId} onPick={setPair} onChangeJob={() => setJobId(undefined)} />
  return (
    <View key={round}>
      <ExplainResult query={{ jobId, ...pair }} />
      <View className='search-bar'>
        <Button className='btn btn--ghost btn--block' onClick={() => setPair(undefined)}>换一个院校专业</Button>
      </View>
    </View>
  )
}

function ExplainResult({ query }: { query: { jobId: string; collegeId: string; majorCode: string } }) {
  const r = useRemote(() => fetchExplanation(query))
  return (
    <StateView loading={r.loading} error={r.error} onRetry={() => void r.reload()}>
      {r.data && <Explanation e={r.data} />}
    </StateView>
  )
}
