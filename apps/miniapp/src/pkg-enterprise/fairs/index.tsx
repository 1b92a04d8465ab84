import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { EventKind } from '@zhilian/shared/contracts/enums'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { applyForBooth, fetchExhibitorEvents, type ExhibitorEvent } from '../../api/enterprise-events'
import { fetchMe } from '../../api/me'
import { OptionChips } from '../../components/OptionChips'
import { unitOptions, unitsThatMay } from '../../lib/acting-units'
import { useRemote } from '../../lib/use-remote'
import { spanText } from '../../lib/beijing-time'
import { LoadMore } from '../../components/LoadMore'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { ROUTES } from '../../routes'
import { BOOTH_STATUS, windowText } from './labels'
import '../../styles/kit/page.css'
import '../../styles/kit/item-card.css'

/** The booth and scan pages act for the same unit as this list: it travels in their address (decision 095). */
const go = (route: string, id: string, orgId: string | undefined) => () =>
  void Taro.navigateTo({ url: `${route}?id=${encodeURIComponent(id)}${orgId ? `&orgId=${encodeURIComponent(orgId)}` : ''}` })

function FairCard({ e, unit, onApplied }: { e: ExhibitorEvent; unit: { id: string; name: string } | undefined; onApplied: (e: ExhibitorEvent) => void }) {
  const [busy, setBusy] = useState(false)
  const apply = async () => {
    const { confirm } = await Taro.showModal({ title: '申请展位', content: `为${unit ? `「${unit.name}」` : '本单位'}申请「${e.title}」的展位？主办方审核通过后分配展位号。`, confirmText: '申请', cancelText: '取消' })
    if (!confirm) return
    setBusy(true)
    try {
      onApplied({ ...e, myBooth: await applyForBooth(e.id, unit?.id) })
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
        {booth && <Button className='btn btn--ghost btn--small' onClick={go(ROUTES.enterpriseFairBooth, e.id, unit?.id)}>我的展位</Button>}
        {booth?.status === 'approved' && <Button className='btn btn--ghost btn--small' onClick={go(ROUTES.enterpriseFairScan, e.id, unit?.id)}>扫码记录到访</Button>}
      </View>
    </View>
  )
}

/** One unit's events: the list, the booths and the applications are all that unit's. */
function FairList({ unit }: { unit: { id: string; name: string } | undefined }) {
  const [changed, setChanged] = useState<Record<string, ExhibitorEvent>>({})
  const list = usePagedPage((cursor) => fetchExhibitorEvents(cursor, unit?.id), { refreshOnShow: true, afterRefresh: () => setChanged({}) })

  return (
    <StateView {...list.stateView} empty={list.items.length === 0} emptyText='近期没有可参展的活动'>
      {list.items.map((item) => (
        <FairCard key={item.id} e={changed[item.id] ?? item} unit={unit} onApplied={(e) => setChanged((prev) => ({ ...prev, [e.id]: e }))} />
      ))}
      <LoadMore list={list} />
    </StateView>
  )
}

/**
 * Events taking exhibitors, and those where my unit already has a booth, with its status. A member of two or more
 * exhibiting units picks the unit first under 参展单位 (decision 095); with one, the BFF knows it.
 */
export default function EnterpriseFairsPage() {
  const me = useRemote(fetchMe)
  const units = unitsThatMay(me.data?.memberships, 'jobs', 'fairs')
  const [orgId, setOrgId] = useState<string>()
  const picked = units.find((m) => m.org.id === orgId)?.org

  // Without /api/me the list opens as for one unit: the BFF takes the only one, or says in the list to pick one.
  if (me.loading && !me.data) return <StateView loading>{null}</StateView>
  if (units.length < 2) return <FairList unit={undefined} />
  return (
    <View>
      <View className='card'>
        <OptionChips label='参展单位' options={unitOptions(units)} selected={orgId} onSelect={setOrgId} />
        {!picked && <Text className='muted'>您属于多家参展单位，请先选择以哪家单位参展</Text>}
      </View>
      {picked && <FairList key={picked.id} unit={picked} />}
    </View>
  )
}
