import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import './ListForm.css'

export interface StepperItem {
  label: string
  /** A fill-in step (counted in 第N步/共M步); 版本记录 is a place to look, not a step. */
  counted: boolean
}

/**
 * The list form's steps as one row: where one is (「2. 岗位需求 第2步/共5步」), and a tap opens every step to jump to.
 * Six 44-px chips wrapped to two rows at 360 px and pushed the form down (decision 073); the menu opens in place,
 * below the row, so nothing covers the form and WeChat's six-item action sheet limit does not apply.
 */
export function ListStepper({ items, current, onGo }: { items: StepperItem[]; current: number; onGo: (index: number) => void }) {
  const [open, setOpen] = useState(false)
  const at = items[current]
  const total = items.filter((i) => i.counted).length
  const index = items.slice(0, current + 1).filter((i) => i.counted).length
  return (
    <View className='lf-steps'>
      <View role='button' aria-expanded={open} className='lf-steps__current' onClick={() => setOpen((o) => !o)}>
        <Text className='lf-steps__name'>{at?.label}</Text>
        {at?.counted && <Text className='lf-steps__count'>第{index}步/共{total}步</Text>}
        <Text className={`lf-steps__caret ${open ? 'lf-steps__caret--open' : ''}`}>▾</Text>
      </View>
      {open && (
        <View className='lf-steps__menu'>
          {items.map((item, i) => (
            <Text
              role='button'
              key={item.label}
              className={`lf-steps__item ${i === current ? 'lf-steps__item--on' : ''}`}
              onClick={() => {
                setOpen(false)
                onGo(i)
              }}
            >
              {item.label}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
