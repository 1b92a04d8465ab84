import Taro from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import type { ChallengeCard } from '@zhilian/shared/contracts/matching'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { fetchChallenges, takeChallenge } from '../../api/matching'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { beijingDate } from '../../lib/beijing-time'
import { LoadMore } from '../../components/LoadMore'
import '../college.css'

/** 揭榜挂帅: open technical challenges from enterprises; a college takes one with a proposal. */
export default function ChallengesPage() {
  const list = usePagedPage(fetchChallenges)
  return (
    <View className='college'>
      <StateView {...list.stateView} empty={list.items.length === 0} emptyText='暂无开放的揭榜项目'>
        {list.items.map((c) => (
          <ChallengeItem key={c.id} challenge={c} />
        ))}
        <LoadMore list={list} />
      </StateView>
    </View>
  )
}

function ChallengeItem({ challenge: c }: { challenge: ChallengeCard }) {
  const [open, setOpen] = useState(false)
  const [proposal, setProposal] = useState('')
  const [error, setError] = useState<string>()
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const { confirm } = await Taro.showModal({ title: '确认揭榜', content: '提交后企业将看到您的方案，确定提交吗？', confirmText: '提交', cancelText: '取消' })
    if (!confirm) return
    setBusy(true)
    try {
      await takeChallenge(c.id, { proposal })
      setDone(true)
      void Taro.showToast({ title: '已提交揭榜方案', icon: 'success' })
    } catch (e) {
      setError(e instanceof ApiError ? (e.issueFor('proposal') ?? e.message) : errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card'>
      <Text className='college__h'>{c.title}</Text>
      <Text className='muted'>
        {c.org.name}
        {c.chainName ? ` · ${c.chainName}` : ''}
        {c.budgetWan !== null ? ` · 预算 ${c.budgetWan} 万元` : ''}
        {c.deadline ? ` · 截止 ${beijingDate(c.deadline)}` : ''} · 已有 {c.takers} 家揭榜
      </Text>
      <Text className='college__line'>技术问题：{c.problem}</Text>
      <Text className='college__line'>预期目标：{c.target}</Text>
      {done ? (
        <Text className='college__ok'>已提交揭榜方案，等待企业确认</Text>
      ) : open ? (
        <View>
          <Textarea aria-label='说明攻关团队、技术路线和时间安排（至少10个字）' className='college__textarea' name='proposal' placeholder='说明攻关团队、技术路线和时间安排（至少10个字）' value={proposal} onInput={(e) => { setProposal(e.detail.value); setError(undefined) }} />
          {error && <Text className='college__error'>{error}</Text>}
          <Button className='btn btn--primary btn--small' loading={busy} disabled={busy} onClick={() => void submit()}>
            提交方案
          </Button>
        </View>
      ) : (
        c.status === 'open' && (
          <Button className='btn btn--primary btn--small' onClick={() => setOpen(true)}>
            我要揭榜
          </Button>
        )
      )}
    </View>
  )
}
