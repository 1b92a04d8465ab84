import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { EventKind } from '@zhilian/shared/contracts/enums'
import { fetchOrganisedEvents } from '../../api/organiser'
import { spanText } from '../../lib/beijing-time'
import { LoadMore } from '../../components/LoadMore'
import { StateView } from '../../components/StateView'
import { usePagedPage } from '../../lib/use-paged-list'
import { ROUTES } from '../../routes'
import { EVENT_STATUS } from '../labels'
import '../../styles/kit/page.css'
import '../organiser.css'
import '../../components/SearchBar.css'

const go = (route: string, id: string) => () => void Taro.navigateTo({ url: `${route}?id=${encodeURIComponent(id)}` })

/** 活动管理: the events I organise, newest first, with a way to create one. */
export default function OrganiserEventsPage() {
  const list = usePagedPage(fetchOrganisedEvents, { refreshOnShow: true })

  return (
    <View>
      <View className='search-bar'>
        <Button className='btn btn--primary btn--block' onClick={() => void Taro.navigateTo({ url: ROUTES.organiserEventEdit })}>
          创建活动
        </Button>
      </View>
      <StateView
        {...list.stateView}
        empty={list.items.length === 0}
        emptyText='还没有组织过活动'
        emptyHint='创建双选会、对接会、路演等活动，学生和参展单位即可报名'
      >
        {list.items.map((e) => (
          <View key={e.id} className='card organiser-event'>
            <View className='organiser__head'>
              <Text className='organiser__h'>{e.title}</Text>
              <Text className={`status-tag status-tag--${e.status}`}>{EVENT_STATUS[e.status]}</Text>
            </View>
            <Text className='organiser__line'>{EventKind.labels[e.kind]} · {spanText(e.startsAt, e.endsAt)}</Text>
            {e.venue && <Text className='organiser__line muted'>{e.venue}</Text>}
            <Text className='organiser__line'>已报名 {e.registered}{e.capacity ? ` / ${e.capacity}` : ''} 人</Text>
            <View className='row-actions'>
              <Button className='btn btn--ghost btn--small' onClick={go(ROUTES.organiserEventEdit, e.id)}>编辑</Button>
              <Button className='btn btn--ghost btn--small' onClick={go(ROUTES.organiserEventManage, e.id)}>展位与看板</Button>
              {e.status !== 'cancelled' && <Button className='btn btn--ghost btn--small' onClick={go(ROUTES.organiserEventScan, e.id)}>现场签到</Button>}
            </View>
          </View>
        ))}
        <LoadMore list={list} />
      </StateView>
    </View>
  )
}
