import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { DemandListView, EquipmentView, JobSupplyView, TrainingCoursesView } from './MatchViews'
import { MatchPicker } from './MatchPicker'
import { usePullDown } from '../../lib/use-pull-down'
import './MatchCard.css'

/**
 * 院校匹配: ?jobId= / ?demandListId= → colleges and majors that can fill it; ?trainingNeedId= → courses;
 * ?equipmentRequestId= → open equipment. Without an id, a picker of the enterprise's own jobs and needs.
 */
export default function EnterpriseMatchesPage() {
  const { jobId, demandListId, trainingNeedId, equipmentRequestId } = useRouter().params
  // Matches are computed on request; pulling down remounts the view, which asks again.
  const [round, setRound] = useState(0)
  usePullDown(async () => setRound((n) => n + 1))
  return (
    <View key={round}>
      {jobId ? (
        <JobSupplyView id={jobId} />
      ) : demandListId ? (
        <DemandListView id={demandListId} />
      ) : trainingNeedId ? (
        <TrainingCoursesView id={trainingNeedId} />
      ) : equipmentRequestId ? (
        <EquipmentView id={equipmentRequestId} />
      ) : (
        <MatchPicker />
      )}
    </View>
  )
}
