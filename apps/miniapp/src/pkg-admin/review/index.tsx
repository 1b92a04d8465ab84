import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ReviewItem, ReviewKind } from '@zhilian/shared/contracts/review'
import { useEffect, useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { decideReview, fetchReviewQueue } from '../../api/review'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { AdminScopeLine } from '../scope/AdminScopeLine'
import { useAdminScope } from '../scope/use-admin-scope'
import { ReviewItemCard, type Decision } from './ReviewItemCard'
import { LoadMore } from '../../components/LoadMore'
import './index.css'

/**
 * A tab's label as the words it may break between. Five tabs share 360 px; at 1.5× text 单位认证 no longer fits a
 * fifth and broke as 单位认 over 证 (decision 084): each word is kept whole, so it breaks as 单位 over 认证.
 */
const TABS: { kind: ReviewKind; words: string[] }[] = [
  { kind: 'organization', words: ['单位', '认证'] },
  { kind: 'job', words: ['岗位'] },
  { kind: 'demand_list', words: ['需求', '清单'] },
  { kind: 'supply_list', words: ['供给', '清单'] },
  { kind: 'report', words: ['举报'] },
]
const VERB: Record<Decision, string> = { approve: '通过', reject: '驳回', request_changes: '要求修改' }

/**
 * How many items wait in each queue, read off each queue's first page ("20+" when there are more pages), so the
 * tabs say where the work is: a city bureau whose only waiting item is a 供给清单 no longer opens on an empty
 * 单位认证 tab and reads 暂无待审核内容. `version` re-reads them after a decision.
 */
function useWaiting(kinds: ReviewKind[], version: number): Partial<Record<ReviewKind, string>> {
  const [waiting, setWaiting] = useState<Partial<Record<ReviewKind, string>>>({})
  const key = kinds.join(',')
  useEffect(() => {
    if (!key) return
    let live = true
    const count = async (kind: ReviewKind) => {
      const page = await fetchReviewQueue(kind, null).catch(() => null)
      return [kind, page === null ? '' : `${page.items.length}${page.nextCursor ? '+' : ''}`] as const
    }
    void Promise.all((key.split(',') as ReviewKind[]).map(count)).then((pairs) => {
      if (live) setWaiting(Object.fromEntries(pairs))
    })
    return () => {
      live = false
    }
  }, [key, version])
  return waiting
}

function Queue({ kind, onDecided }: { kind: ReviewKind; onDecided: () => void }) {
  const list = usePagedPage((cursor) => fetchReviewQueue(kind, cursor))

  const decide = async (item: ReviewItem, decision: Decision, reason?: string) => {
    const { confirm } = await Taro.showModal({
      title: `确认${VERB[decision]}`,
      content: decision === 'approve' ? '通过后内容将对用户公开，确定通过吗？' : `原因：${reason ?? ''}（将通知提交人）`,
      confirmText: VERB[decision],
      cancelText: '取消',
    })
    if (!confirm) return false
    try {
      // The stamp of what this card shows: an item changed since is refused (409), not decided unseen (decision 085).
      await decideReview(kind, item.id, { decision, reason, submittedAt: item.submittedAt })
      list.remove(item.id)
      onDecided()
      void Taro.showToast({ title: `已${VERB[decision]}`, icon: 'success' })
      return true
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
      // Changed or decided meanwhile: the reviewer gets the item as it is now.
      if (e instanceof ApiError && e.status === 409) void list.refresh()
      return false
    }
  }

  return (
    <StateView
      {...list.stateView}
      empty={list.items.length === 0}
      emptyText='暂无待审核内容'
    >
      {list.items.map((item) => (
        <ReviewItemCard key={item.id} item={item} onDecide={decide} />
      ))}
      <LoadMore list={list} />
    </StateView>
  )
}

/** 审核队列: organisations, jobs, the two lists and user reports, each with the server's fraud signals. */
export default function ReviewQueuePage() {
  // Unset until the administrator taps a tab: the page opens on the first queue with something waiting.
  const [kind, setKind] = useState<ReviewKind>()
  const [decisions, setDecisions] = useState(0)
  const { scope, loading, error, reload } = useAdminScope()
  // Only the queues this administrator's scope holds (the server answers 404 for the others); none until it is known.
  const tabs = scope ? TABS.filter((t) => scope.reviewKinds.includes(t.kind)) : []
  const waiting = useWaiting(tabs.map((t) => t.kind), decisions)
  const hasWaiting = (k: ReviewKind) => !!waiting[k] && waiting[k] !== '0'
  const current = tabs.find((t) => t.kind === kind) ?? tabs.find((t) => hasWaiting(t.kind)) ?? tabs[0]
  return (
    <View className='review-queue'>
      <AdminScopeLine scope={scope} />
      <StateView loading={loading && !scope} error={scope ? undefined : error} onRetry={reload} empty={!current} emptyText='当前账号没有可审核的内容'>
        {/*
          Up to five tabs share the width, each its label over its count: all five fit a 360-px phone, so none waits
          past the right edge for a swipe (decision 068; 065's row scrolled sideways). The row stays on top while the
          queue scrolls.
        */}
        <View className='review-queue__tabs' role='tablist' aria-label='审核类别'>
          {tabs.map((t) => (
            // The name a screen reader reads (and a browser's getByRole matches): browsers put a space between the
            // words' inline blocks when they compute it from the content, which would read 供给 清单.
            <View role='tab' key={t.kind} aria-label={t.words.join('')} aria-selected={current?.kind === t.kind} className={`review-queue__tab ${current?.kind === t.kind ? 'review-queue__tab--on' : ''}`} onClick={() => setKind(t.kind)}>
              <Text>{t.words.map((w) => <Text key={w} className='review-queue__word'>{w}</Text>)}</Text>
              {hasWaiting(t.kind) && <Text className='review-queue__count' aria-hidden>{waiting[t.kind]}</Text>}
            </View>
          ))}
        </View>
        {current && (kind || tabs.every((t) => t.kind in waiting))
          ? <Queue key={current.kind} kind={current.kind} onDecided={() => { setKind(current.kind); setDecisions((n) => n + 1) }} />
          : current && <StateView loading />}
      </StateView>
    </View>
  )
}
