import { Text, View } from '@tarojs/components'
import type { EventBooth } from '../api/events'
import './events-ui.css'

/** Booths as a grid per zone, in number order; `highlight` marks booths (e.g. where I applied). */
export function BoothMap({ booths, highlight }: { booths: EventBooth[]; highlight?: Set<string> }) {
  const zones = new Map<string, EventBooth[]>()
  for (const b of booths.filter((x) => x.status === 'approved')) {
    const zone = b.zone ?? '未分区'
    zones.set(zone, [...(zones.get(zone) ?? []), b])
  }
  if (zones.size === 0) return <Text className='muted'>展位图待公布</Text>
  return (
    <View className='booth-map'>
      {[...zones.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh')).map(([zone, list]) => (
        <View key={zone} className='booth-zone'>
          <Text className='session-row__title'>{zone}</Text>
          <View className='booth-grid'>
            {[...list].sort((a, b) => (a.number ?? '').localeCompare(b.number ?? '', 'zh', { numeric: true })).map((b) => (
              <View key={b.id} className={`booth-cell${highlight?.has(b.id) ? ' booth-cell--applied' : ''}`}>
                <Text className='booth-cell__number'>{b.number ?? '—'}</Text>
                <Text className='booth-cell__org'>{b.org.name}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
