import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EventKind } from '@zhilian/shared/contracts/enums'
import { useMemo, useState } from 'react'
import { fetchEvents, type EventFilters } from '../../api/event-list'
import { fetchMyRegistrations } from '../../api/events'
import { fetchUnreadCount } from '../../api/inbox'
import { fetchCities } from '../../api/jobs'
import { fetchChains } from '../../api/reference'
import { getToken } from '../../api/token'
import { EventCard, type MyEventState } from '../../components/EventCard'
import { chainDropdown, cityDropdown, type Dropdown } from '../../components/DropdownFilters'
import { ListingPage } from '../../components/ListingPage'
import { LoadMore } from '../../components/LoadMore'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { useRemote } from '../../lib/use-remote'
import { useShownAgain } from '../../lib/use-shown-again'
import { ROUTES } from '../../routes'
import '../../components/events-ui.css'

type KindKey = keyof typeof EventKind.labels
const KIND_OPTIONS = [{ value: undefined, label: '不限' }, ...(Object.keys(EventKind.labels) as KindKey[]).map((k) => ({ value: k, label: EventKind.labels[k] }))]

/** The 双选会 tab: 产业链 ▾ 城市 ▾ 类型 ▾ over the events, my state on each card, entries to 日程 and 消息. */
export function FairList() {
  const signedIn = getToken() !== null
  const [chainId, setChainId] = useState<string>()
  const [cityCode, setCityCode] = useState<string>()
  const [kind, setKind] = useState<KindKey>()
  const chains = useRemote(fetchChains)
  const cities = useRemote(fetchCities)
  // Only students have registrations; anyone else's 403 just leaves the cards without a state tag.
  const mine = useRemote(fetchMyRegistrations, { enabled: signedIn })
  const unread = useRemote(fetchUnreadCount, { enabled: signedIn })

  const filters: EventFilters = useMemo(() => ({ chainId, cityCode, kind }), [chainId, cityCode, kind])
  const list = usePagedPage((cursor) => fetchEvents(filters, cursor), { reloadKey: JSON.stringify(filters), afterRefresh: () => signedIn && mine.reload() })

  // Back from an event or the inbox: registrations and unread messages may have changed.
  useShownAgain(() => {
    if (signedIn) void Promise.all([mine.reload(), unread.reload()])
  })

  const myState = new Map<string, MyEventState>((mine.data?.items ?? []).map((r) => [r.eventId, r.checkedInAt ? 'checked_in' : 'registered']))
  const cityName = new Map((cities.data ?? []).map((c) => [c.adcode, c.name]))
  const dropdowns: Dropdown[] = [
    chainDropdown(chains.data, chainId, setChainId),
    cityDropdown(cities.data, cityCode, setCityCode),
    { key: 'kind', label: '类型', groups: [{ options: KIND_OPTIONS, selected: kind, onSelect: (v) => setKind(v as KindKey | undefined) }] },
  ]
  const go = (url: string) => void Taro.navigateTo({ url })
  const open = (id: string) => go(`${ROUTES.eventDetail}?id=${encodeURIComponent(id)}`)

  const entries = signedIn && (
    <View className='event-entries'>
      <View role='button' className='event-entry' onClick={() => go(ROUTES.eventSchedule)}>
        <Text>我的日程</Text>
      </View>
      <View role='button' className='event-entry' onClick={() => go(ROUTES.inbox)}>
        <Text>消息</Text>
        {!!unread.data && <Text className='unread-badge' aria-label={`${unread.data}条未读`}>{unread.data > 99 ? '99+' : unread.data}</Text>}
      </View>
    </View>
  )

  return (
    <ListingPage title='双选会' subtitle='双选会、对接会、路演、揭榜挂帅和签约活动，线上线下' dropdowns={dropdowns} entries={entries}>
      <StateView
        {...list.stateView}
        empty={list.items.length === 0}
        emptyText='近期没有符合条件的活动'
        emptyHint='换个城市、产业链或类型看看'
      >
        {list.items.map((e) => (
          <EventCard key={e.id} event={e} cityName={cityName.get(e.cityCode)} mine={myState.get(e.id)} onOpen={open} />
        ))}
        <LoadMore list={list} />
      </StateView>
    </ListingPage>
  )
}
