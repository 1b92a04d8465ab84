import { Button, Text, View } from '@tarojs/components'
import { auditSentence } from '@zhilian/shared'
import { beijingDateTimeSeconds } from '../../lib/beijing-time'
import { useState } from 'react'
import { fetchAudit } from '../../api/audit'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { LoadMore } from '../../components/LoadMore'
import '../review/index.css'

interface Unit { id: string; name: string }

function AuditList({ orgId, onUnit }: { orgId: string; onUnit: (unit: Unit) => void }) {
  const list = usePagedPage((cursor) => fetchAudit({ orgId, cursor }))
  return (
    <StateView {...list.stateView} empty={list.items.length === 0} emptyText='没有找到操作记录'>
      {list.items.map((e) => {
        const sentence = auditSentence(e)
        return (
        <View key={e.id} className='card'>
          {/* An action without a sentence is a gap in audit-sentences; say so rather than show its code. */}
          <Text className='review-item__title'>{sentence ?? '其他操作（暂无说明）'}</Text>
          <Text className='muted review-item__kv'>
            {beijingDateTimeSeconds(e.at)} · {e.actorName ?? '系统'}
          </Text>
          {e.orgId && e.orgName && !orgId && (
            <Text role='button' className='link review-item__org' onClick={() => onUnit({ id: e.orgId!, name: e.orgName! })}>
              {e.orgName}
            </Text>
          )}
          {orgId && e.orgName && <Text className='muted review-item__kv'>{e.orgName}</Text>}
        </View>
        )
      })}
      <LoadMore list={list} />
    </StateView>
  )
}

/**
 * 操作日志: every list change and review decision, newest first (kept at least 3 years). One unit's log is opened by
 * tapping its name on an entry: the box that asked for a 单位编号 wanted an id no page shows an official (decision 065).
 */
export default function AuditPage() {
  const [unit, setUnit] = useState<Unit>()
  return (
    <View className='review-queue'>
      <View className='card'>
        {unit ? (
          <View>
            <Text className='review-item__title'>只看：{unit.name}</Text>
            <View className='review-item__actions'>
              <Button className='btn btn--ghost' onClick={() => setUnit(undefined)}>查看全部单位</Button>
            </View>
          </View>
        ) : (
          <Text className='muted review-item__kv'>点记录下方的单位名称，只看该单位的操作</Text>
        )}
      </View>
      <AuditList key={unit?.id ?? ''} orgId={unit?.id ?? ''} onUnit={setUnit} />
    </View>
  )
}
