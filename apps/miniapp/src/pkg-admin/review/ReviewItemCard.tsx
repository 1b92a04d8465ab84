import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import type { ReviewItem } from '@zhilian/shared/contracts/review'
import { beijingDateTime } from '../../lib/beijing-time'
import { useState } from 'react'
import { ROUTES } from '../../routes'
import '../../components/list-form/ListForm.css'
import './index.css'

export type Decision = 'approve' | 'reject' | 'request_changes'

const SUMMARY_LABELS: Record<string, string> = {
  kind: '类型', uscc: '统一社会信用代码', city: '城市', contactName: '联系人', contactPhone: '联系电话', salaryMin: '最低月薪',
  salaryMax: '最高月薪', headcount: '人数', chain: '产业链', year: '年度', version: '版本', jobs: '岗位数', targetKind: '举报对象',
  reason: '举报原因', labels: '企业称号',
}
const CHANGE_LABELS: Record<string, string> = { name: '名称', uscc: '统一社会信用代码', city: '城市' }

/** A requested change of a verified unit: 名称：旧 → 新, one line a field. */
const changeLines = (change: unknown) =>
  Object.entries((change ?? {}) as Record<string, { from: unknown; to: unknown }>).map(([k, v]) => `${CHANGE_LABELS[k] ?? k}：${String(v.from)} → ${String(v.to)}`)

/** One queued item: what it is, the fraud signals (red for high), and the three decisions. */
export function ReviewItemCard({ item, onDecide }: { item: ReviewItem; onDecide: (item: ReviewItem, d: Decision, reason?: string) => Promise<boolean> }) {
  const [pending, setPending] = useState<Exclude<Decision, 'approve'>>()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const run = async (d: Decision) => {
    if (d !== 'approve' && !reason.trim()) return setError('请填写原因，将告知提交人')
    setBusy(true)
    await onDecide(item, d, d === 'approve' ? undefined : reason.trim())
    setBusy(false)
  }

  return (
    <View className='card review-item' data-id={item.id}>
      <Text className='review-item__title'>{item.title}</Text>
      {item.orgName && (
        <Text className='muted review-item__kv'>
          单位：{item.orgName}
          {item.orgId && (
            <Text role='button' className='link review-item__org' onClick={() => void Taro.navigateTo({ url: `${ROUTES.adminOrg}?id=${encodeURIComponent(item.orgId!)}` })}>
              {' '}单位设置
            </Text>
          )}
        </Text>
      )}
      <Text className='muted review-item__kv'>提交时间：{beijingDateTime(item.submittedAt)}</Text>
      {item.usccValid === false && <Text className='review-item__signal review-item__signal--high'>信用代码无效</Text>}
      <View className='review-item__signals'>
        {item.signals.map((s) => (
          <Text key={`${s.code}-${s.message}`} className={`review-item__signal review-item__signal--${s.severity}`}>
            {s.message}
          </Text>
        ))}
      </View>
      <View className='review-item__summary'>
        {changeLines(item.summary.change).map((line) => (
          <Text key={line} className='review-item__signal review-item__signal--warn'>变更{line}（通过前仍公开原信息）</Text>
        ))}
        {Object.entries(item.summary)
          .filter(([k, v]) => k !== 'change' && v !== null && v !== undefined && v !== '')
          .map(([k, v]) => (
            <Text key={k} className='muted review-item__kv'>
              {SUMMARY_LABELS[k] ?? k}：{String(v)}
            </Text>
          ))}
      </View>
      {pending ? (
        <View>
          <Input aria-label={pending === 'reject' ? '驳回原因' : '需要修改的内容'} className='lf-field__input review-item__reason' name='reason' placeholder={pending === 'reject' ? '驳回原因' : '需要修改的内容'} value={reason} onInput={(e) => { setReason(e.detail.value); setError(undefined) }} />
          {error && <Text className='review-queue__error'>{error}</Text>}
          <View className='review-item__actions btn-row'>
            <Button className='btn btn--ghost' onClick={() => setPending(undefined)}>
              取消
            </Button>
            <Button className='btn btn--primary' loading={busy} disabled={busy} onClick={() => void run(pending)}>
              {pending === 'reject' ? '确认驳回' : '确认要求修改'}
            </Button>
          </View>
        </View>
      ) : (
        <View className='review-item__actions btn-row'>
          <Button className='btn btn--ghost' onClick={() => setPending('reject')}>
            驳回
          </Button>
          <Button className='btn btn--ghost' onClick={() => setPending('request_changes')}>
            要求修改
          </Button>
          <Button className='btn btn--primary' loading={busy} disabled={busy} onClick={() => void run('approve')}>
            通过
          </Button>
        </View>
      )}
    </View>
  )
}
