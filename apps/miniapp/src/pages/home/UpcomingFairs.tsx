import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { fetchEvents } from '../../api/event-list'
import { fetchCities } from '../../api/jobs'
import { EventCard } from '../../components/EventCard'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import './index.css'

const SHOWN = 3

/** 近期双选会: the next few fairs and matchmaking events (the BFF lists upcoming ones soonest first). */
export function UpcomingFairs() {
  const events = useRemote(() => fetchEvents({}, null))
  const cities = useRemote(fetchCities)
  const items = events.data?.items.slice(0, SHOWN) ?? []
  if (items.length === 0) return null
  const cityName = (code: string) => cities.data?.find((c) => c.adcode === code)?.name
  return (
    <View className='home-fairs'>
      <View className='home__section-head'>
        <Text className='home__section-title'>近期双选会</Text>
        <Text role='button' className='tap-line home__more' onClick={() => void Taro.switchTab({ url: ROUTES.fairs })}>全部活动 ›</Text>
      </View>
      {items.map((e) => (
        <EventCard key={e.id} event={e} cityName={cityName(e.cityCode)} onOpen={(id) => void Taro.navigateTo({ url: `${ROUTES.eventDetail}?id=${encodeURIComponent(id)}` })} />
      ))}
    </View>
  )
}
