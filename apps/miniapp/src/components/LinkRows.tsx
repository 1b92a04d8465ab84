import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './LinkRows.css'

/** A card of tappable rows leading to the role's pages. */
export function LinkRows({ title, links }: { title?: string; links: { text: string; hint?: string; url: string }[] }) {
  return (
    <View className='card link-rows'>
      {title && <Text className='link-rows__title'>{title}</Text>}
      {links.map((l) => (
        <View key={l.url} className='link-rows__row' onClick={() => void Taro.navigateTo({ url: l.url })}>
          <Text className='link-rows__text'>{l.text}</Text>
          {l.hint && <Text className='muted'>{l.hint}</Text>}
          <Text className='link-rows__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
