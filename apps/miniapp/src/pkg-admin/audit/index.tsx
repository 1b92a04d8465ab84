import { Button, Input, Text, View } from '@tarojs/components'
import { auditSentence } from '@zhilian/shared'
import { beijingDateTimeSeconds } from '../../lib/beijing-time'
import { useState } from 'react'
import { fetchAudit } from '../../api/audit'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { LoadMore } from '../../components/LoadMore'
import '../review/index.css'

function AuditList({ orgId }: { orgId: string }) {
  const list = usePagedPage((cursor) => fetchAudit({ orgId, cursor }))
  return (
    <StateView loading={list.loading && list.items.length === 0} error={list.items.length ? undefined : list.error} onRetry={list.refresh} empty={list.items.length === 0} emptyText='没有找到操作记录'>
      {list.items.map((e) => {
        const sentence = auditSentence(e)
        return (
        <View key={e.id} className='card'>
          {/* An action without a sentence is a gap in audit-sentences; say so rather than show its code. */}
          <Text className='review-item__title'>{sentence ?? '其他操作（暂无说明）'}</Text>
          <Text className='muted review-item__kv'>
            {beijingDateTimeSeconds(e.at)} · {e.actorName ?? '系统'}
            {e.orgName ? ` · ${e.orgName}` : ''}
          </Text>
        </View>
        )
      })}
      <LoadMore list={list} />
    </StateView>
  )
}

/** 操作日志: every list change and review decision, searchable by organisation (kept at least 3 years). */
export default function AuditPage() {
  const [typed, setTyped] = useState('')
  const [orgId, setOrgId] = useState('')
  return (
    <View className='review-queue'>
      <View className='card'>
        <Text className='review-item__title'>按单位查询</Text>
        <Input aria-label='单位编号（留空查看全部）' className='review-item__reason' name='orgId' placeholder='单位编号（留空查看全部）' value={typed} onInput={(e) => setTyped(e.detail.value)} />
        <View className='review-item__actions'>
          <Button className='btn btn--primary btn--small' onClick={() => setOrgId(typed.trim())}>
            查询
          </Button>
        </View>
      </View>
      <AuditList key={orgId} orgId={orgId} />
    </View>
  )
}
