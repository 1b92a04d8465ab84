import { fireEvent, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { Text, View } from './h5-view'

// H5's View and Text (decision 047) must draw what Taro's drew: the same element, classes and attributes.
describe('H5 View and Text', () => {
  it('draw a div and a span with Taro\'s classes, passing attributes and handlers through', () => {
    const onClick = vi.fn()
    const { container } = render(
      <View className='card' role='button' aria-label='岗位' onClick={onClick} hoverClass='pressed'>
        <Text className='title'>数控车工</Text>
        <Text selectable>ABC123</Text>
      </View>,
    )
    const view = container.firstElementChild as HTMLElement
    expect(view.tagName).toBe('DIV')
    expect(view.className).toBe('card')
    expect(view.getAttribute('role')).toBe('button')
    expect(view.getAttribute('aria-label')).toBe('岗位')
    expect(view.hasAttribute('hoverClass') || view.hasAttribute('hoverclass')).toBe(false)
    const [title, code] = [...view.querySelectorAll('span')]
    expect(title?.className).toBe('taro-text title')
    expect(title?.textContent).toBe('数控车工')
    expect(code?.className).toBe('taro-text taro-text__selectable')
    fireEvent.click(title!)
    expect(onClick).toHaveBeenCalledTimes(1)
  })
})
