import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { EventKind } from '@zhilian/shared/contracts/enums'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { applyForBooth, fetchExhibitorEvents, type ExhibitorEvent } from '../../api/enterprise-events'
import { spanText } from '../../lib/beijing-time'
import { LoadMore } from '../../components/LoadMore'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { ROUTES } from '../../routes'
import { BOOTH_STATUS, windowText } from './labels'
import '../../styles/kit/page.css'
import '../../styles/kit/item-card.css'

const go = (route: string, id: string) => () => void Taro.navigateTo({ url: `${route}?id=${encodeURIComponent(id)}` })

function FairCard({ e, onApplied }: { e: ExhibitorEvent; onApplied: (e: ExhibitorEvent) => void }) {
  const [busy, setBusy] = useState(false)
  const apply = async () => {
    const { confirm } = await Taro.showModal({ title: '申请展位', content: `为本单位申请「${e.title}」的展位？主办方审核通过后分配展位号。`, confirmText: '申请', cancelText: '取消' })
    if (!confirm) return
    setBusy(true)
    try {
      onApplied({ ...e, myBooth: await applyForBooth(e.id) })
      void Taro.showToast({ title: '已提交申请', icon: 'success' })
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  const booth = e.myBooth
  return (
    <View className='card exhibitor-event'>
      <View className='job-card__head'>
        <Text className='job-card__title'>{e.title}</Text>
        {booth && <Text className={`status-tag status-tag--${booth.status}`}>{BOOTH_STATUS[booth.status]}</Text>}
      </View>
      <Text className='muted'>{EventKind.labels[e.kind]} · {spanText(e.startsAt, e.endsAt)}{e.venue ? ` · ${e.venue}` : ''}</Text>
      {booth?.status === 'approved' && <Text className='detail-section'>我的展位：{booth.zone} {booth.number} 号</Text>}
      {!booth && <Text className='job-card__why'>{windowText(e)}</Text>}
      <View className='row-actions'>
        {!booth && e.enterpriseWindow === 'open' && e.status !== 'cancelled' && (
          <Button className='btn btn--primary btn--small' loading={busy} disabled={busy} onClick={() => void apply()}>申请展位</Button>
        )}
        {booth && <Button className='btn btn--ghost btn--small' onClick={go(ROUTES.enterpriseFairBooth, e.id)}>我的展位</Button>}
        {booth?.status === 'approved' && <Button className='btn btn--ghost btn--small' onClick={go(ROUTES.enterpriseFairScan, e.id)}>扫码记录到访</Button>}
      </View>
    </View>
  )
}

/** Events taking exhibitors, and those where my enterprise already has a booth, with its status. */
export default function EnterpriseFairsPage() {
  const [changed, setChanged] = useState<Record<string, ExhibitorEvent>>({})
  const list = usePagedPage(fetchExhibitorEvents, { refreshOnShow: true, afterRefresh: () => setChanged({}) })

  return (
    <StateView loading={list.loading} error={list.error} onRetry={() => void list.refresh()} empty={list.items.length === 0} emptyText='近期没有可参展的活动'>
      {list.items.map((item) => (
        <FairCard key={item.id} e={changed[item.id] ?? item} onApplied={(e) => setChanged((prev) => ({ ...prev, [e.id]: e }))} />
      ))}
      <LoadMore list={list} />
    </StateView>
  )
}
