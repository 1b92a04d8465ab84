import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { ChallengeTaker } from '@zhilian/shared/contracts/matching'
import { useState } from 'react'
import { beijingDate } from '../../lib/beijing-time'
import '../../styles/kit/page.css'
import '../../styles/kit/item-card.css'
import './index.css'

const STATUS: Record<ChallengeTaker['status'], { text: string; tag: string }> = {
  submitted: { text: '待采纳', tag: 'pending' },
  accepted: { text: '已采纳', tag: 'verified' },
  declined: { text: '未采纳', tag: 'rejected' },
  withdrawn: { text: '已撤回', tag: 'closed' },
}

export interface TakerCardProps {
  taker: ChallengeTaker
  /** Only while the challenge is still open. */
  canAccept: boolean
  onAccept: (taker: ChallengeTaker) => Promise<void>
}

/** A college's proposal for the challenge; accepting one settles the challenge for all. */
export function TakerCard({ taker: t, canAccept, onAccept }: TakerCardProps) {
  const [busy, setBusy] = useState(false)
  const accept = async () => {
    const { confirm } = await Taro.showModal({
      title: '确认采纳',
      content: `采纳${t.collegeName}的方案后难题即为已揭榜，其他院校的方案将自动标记为未采纳，且不能撤销。`,
      confirmText: '采纳',
      cancelText: '取消',
    })
    if (!confirm) return
    setBusy(true)
    await onAccept(t)
    setBusy(false)
  }
  return (
    <View className='card taker-card'>
      <View className='job-card__head'>
        <Text className='job-card__title'>{t.collegeName}</Text>
        <Text className={`status-tag status-tag--${STATUS[t.status].tag}`}>{STATUS[t.status].text}</Text>
      </View>
      <Text className='muted taker-card__date'>提交于 {beijingDate(t.createdAt)}</Text>
      <Text className='taker-card__proposal'>{t.proposal}</Text>
      {canAccept && t.status === 'submitted' && (
        <View className='row-actions'>
          <Button className='btn btn--small btn--primary' loading={busy} disabled={busy} onClick={() => void accept()}>采纳该方案</Button>
        </View>
      )}
    </View>
  )
}
