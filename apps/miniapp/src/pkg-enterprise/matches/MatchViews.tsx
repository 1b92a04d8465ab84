import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { DeliveryMode, SharingFee } from '@zhilian/shared/contracts/enums'
import type { ReactNode } from 'react'
import { fetchDemandListSupply, fetchEquipmentForRequest, fetchJobSupply, fetchTrainingCourses } from '../../api/matching'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { MatchCard } from './MatchCard'
import { courseParts } from './parts'
import { SupplyMatches } from './SupplyMatches'
import '../../styles/kit/page.css'

/** Loads once and shows loading / error / empty the same way for every kind of match. */
function Remote<T>({ load, isEmpty = () => false, emptyText, children }: { load: () => Promise<T>; isEmpty?: (d: T) => boolean; emptyText?: string; children: (d: T) => ReactNode }) {
  const r = useRemote(load)
  return (
    <StateView loading={r.loading} error={r.error} onRetry={() => void r.reload()} empty={r.data !== undefined && isEmpty(r.data)} emptyText={emptyText}>
      {r.data !== undefined && children(r.data)}
    </StateView>
  )
}

export function JobSupplyView({ id }: { id: string }) {
  return <Remote load={() => fetchJobSupply(id)}>{(d) => <SupplyMatches match={d} />}</Remote>
}

export function DemandListView({ id }: { id: string }) {
  return (
    <Remote load={() => fetchDemandListSupply(id)} isEmpty={(d) => d.jobs.length === 0} emptyText='需求清单中还没有在招岗位'>
      {(d) => d.jobs.map((j) => <SupplyMatches key={j.job.id} match={j} />)}
    </Remote>
  )
}

export function TrainingCoursesView({ id }: { id: string }) {
  return (
    <Remote load={() => fetchTrainingCourses(id)} isEmpty={(d) => d.items.length === 0} emptyText='暂无覆盖该培训需求的院校课程'>
      {(d) => d.items.map((c, i) => (
        <MatchCard key={c.courseId} rank={i + 1} title={c.title} subtitle={`${c.collegeName} · ${DeliveryMode.labels[c.format]} · 每年可培训 ${c.yearlyCapacity} 人`} score={c.score} parts={courseParts(c.parts)} reasons={c.reasons} />
      ))}
    </Remote>
  )
}

export function EquipmentView({ id }: { id: string }) {
  return (
    <Remote load={() => fetchEquipmentForRequest(id)} isEmpty={(d) => d.items.length === 0} emptyText='暂无匹配的开放设备'>
      {(d) => d.items.map((e, i) => (
        <MatchCard key={e.equipmentId} rank={i + 1} title={e.name} subtitle={`${e.collegeName} · ${e.quantity} 台（套） · ${e.fee ? SharingFee.labels[e.fee] : '费用面议'}`} score={e.score} reasons={e.reasons}>
          <View className='row-actions'>
            <Button className='btn btn--small btn--primary' onClick={() => void Taro.navigateTo({ url: ROUTES.enterpriseEquipment })}>去预约</Button>
          </View>
        </MatchCard>
      ))}
    </Remote>
  )
}
