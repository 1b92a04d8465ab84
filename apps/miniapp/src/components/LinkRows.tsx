import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './LinkRows.css'

/** A card of tappable rows leading to the role's pages. */
export function LinkRows({ title, links }: { title?: string; links: { text: string; hint?: string; url: string }[] }) {
  return (
    <View className='card link-rows'>
      {title && <Text className='link-rows__title'>{title}</Text>}
      {links.map((l) => (
        <View role='button' key={l.url} className='link-rows__row' onClick={() => void Taro.navigateTo({ url: l.url })}>
          {/* Name over hint: side by side, a long hint squeezed the name into a column of single characters. */}
          <View className='link-rows__body'>
            <Text className='link-rows__text'>{l.text}</Text>
            {l.hint && <Text className='muted link-rows__hint'>{l.hint}</Text>}
          </View>
          <Text className='link-rows__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
