import { Text, View } from '@tarojs/components'
import type { LINKED_SOURCES } from '@zhilian/shared/contracts/projects'
import { fetchProjectLinks } from '../../api/projects'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import '../../styles/kit/field.css'
import '../projects.css'

type LinkedSource = (typeof LINKED_SOURCES)[number]

const WHAT: Record<LinkedSource, { label: string; empty: string; hint: string }> = {
  event_signing: { label: '签约所在的活动', empty: '暂无可登记签约的活动', hint: '本单位主办或获批参展的活动才能登记签约' },
  equipment_booking: { label: '共享设备', empty: '暂无可登记的共享设备', hint: '院校选择本校设备；企业选择已获批预约过的设备' },
  training: { label: '培训课程', empty: '暂无培训课程', hint: '院校在供给清单中填报的培训课程可登记为企业培训项目' },
}

/** The event, equipment or course a new project grows from: only what the caller's organisation may name. */
export function LinkPicker({ source, picked, onPick, error }: { source: LinkedSource; picked: string | undefined; onPick: (id: string) => void; error?: string }) {
  const links = useRemote(() => fetchProjectLinks(source))
  const what = WHAT[source]
  return (
    <View className='field'>
      <Text className='field__label'>{what.label}</Text>
      <StateView loading={links.loading} error={links.error} onRetry={() => void links.reload()} empty={links.data?.length === 0} emptyText={what.empty} emptyHint={what.hint}>
        {links.data?.map((l) => (
          <View role='button' key={l.id} className={`milestone-pick${picked === l.id ? ' milestone-pick--on' : ''}`} onClick={() => onPick(l.id)}>
            <Text>{l.title}</Text>
            {l.note && <Text className='muted'>（{l.note}）</Text>}
          </View>
        ))}
      </StateView>
      {error && <Text className='field-error'>{error}</Text>}
    </View>
  )
}
