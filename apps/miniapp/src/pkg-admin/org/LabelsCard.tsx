import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { AdminOrg } from '@zhilian/shared/contracts/admin'
import { useState } from 'react'
import { setLabelVerified } from '../../api/admin'
import { errorMessage } from '../../api/api-error'
import '../../styles/kit/item-card.css'
import '../../styles/kit/page.css'

/**
 * The 企业称号 an enterprise claims, each 已核验 or 未核验 (decision 096). An administrator who decides for the unit
 * (`may.verifyLabels`) marks one verified after checking its proof, or takes the mark back, each after a confirmation
 * and recorded in 操作日志. Students see only verified titles on job cards.
 */
export function LabelsCard({ o, onChanged }: { o: AdminOrg; onChanged: () => Promise<void> }) {
  const [busy, setBusy] = useState<string>()
  if (o.kind !== 'enterprise') return null

  const toggle = async (label: AdminOrg['labels'][number]) => {
    const content = label.verified
      ? `撤销后「${label.name}」改为本单位自行填报，学生在岗位列表中不再看到它。此操作记入操作日志。确定撤销吗？`
      : `请先核对「${label.name}」的认定文件（名单、证书或公告）。核验后学生在岗位列表中可以看到它。此操作记入操作日志。确定核验吗？`
    const { confirm } = await Taro.showModal({ title: label.verified ? '撤销核验' : '核验企业称号', content, confirmText: label.verified ? '撤销' : '核验', cancelText: '取消' })
    if (!confirm) return
    setBusy(label.id)
    try {
      await setLabelVerified(o.id, label.id, !label.verified)
      void Taro.showToast({ title: label.verified ? '已撤销核验' : '已核验', icon: 'success' })
      await onChanged()
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <View className='card labels-card'>
      <Text className='section-title'>企业称号</Text>
      {o.labels.length === 0 && <Text className='muted' style={{ display: 'block' }}>该企业没有填报企业称号。</Text>}
      {o.labels.map((l) => (
        <View key={l.id} className='row-actions' style={{ alignItems: 'center', justifyContent: 'space-between', marginTop: 'var(--space-2)' }}>
          <Text className={`org-label${l.verified ? ' org-label--verified' : ''}`} style={{ marginLeft: 0 }}>
            {l.name}
            {l.verified ? '·已核验' : '·未核验'}
          </Text>
          {o.may.verifyLabels && (
            <Button className='btn btn--ghost' loading={busy === l.id} disabled={busy !== undefined} onClick={() => void toggle(l)}>
              {l.verified ? '撤销核验' : '核验'}
            </Button>
          )}
        </View>
      ))}
      {!o.may.verifyLabels && o.labels.length > 0 && <Text className='muted' style={{ display: 'block' }}>企业称号由教育、工信部门核验，联合体/园区管理员可查看。</Text>}
    </View>
  )
}
