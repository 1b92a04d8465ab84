import Taro from '@tarojs/taro'
import { afterEach, expect, test, vi } from 'vitest'
import { TABS } from '../routes'
import { defineCustomElementTaroTabbar } from './h5-tabbar'

/** What Taro's router does on H5 (handleAppMountWithTabbar): define the element, hand it the config, append it. */
function mountTabbar() {
  defineCustomElementTaroTabbar()
  const tabbar = document.createElement('taro-tabbar') as HTMLElement & { conf: unknown }
  tabbar.conf = { list: TABS.map((t) => ({ ...t })), homePage: TABS[0].pagePath, mode: 'hash', color: '#6b7280', selectedColor: '#0b5cad' }
  document.body.append(tabbar)
  return tabbar
}
const labels = (el: Element) => [...el.querySelectorAll('.weui-tabbar__item')].map((a) => ({ text: a.textContent, on: a.classList.contains('weui-bar__item_on') }))

afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

test('draws one item per tab with Taro’s class names and marks the page the router shows', () => {
  const tabbar = mountTabbar()
  Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path: '/pages/jobs/index' } })
  expect(labels(tabbar)).toEqual(TABS.map((t) => ({ text: t.text, on: t.text === '岗位' })))
  expect(tabbar.querySelector('.weui-bar__item_on .weui-tabbar__label')!.getAttribute('style')).toContain('rgb(11, 92, 173)')
  expect(tabbar.classList.contains('taro-tabbar__tabbar-hide')).toBe(false)
})

test('hides itself on a page that is not a tab, and for hideTabBar until showTabBar', () => {
  const tabbar = mountTabbar()
  Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path: '/pages/job-detail/index' } })
  expect(tabbar.classList.contains('taro-tabbar__tabbar-hide')).toBe(true)
  Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path: '/pages/home/index' } })
  const answers: string[] = []
  Taro.eventCenter.trigger('__taroHideTabBar', { successHandler: (r: { errMsg: string }) => answers.push(r.errMsg) })
  expect(tabbar.classList.contains('taro-tabbar__tabbar-hide')).toBe(true)
  Taro.eventCenter.trigger('__taroShowTabBar', { successHandler: (r: { errMsg: string }) => answers.push(r.errMsg) })
  expect(tabbar.classList.contains('taro-tabbar__tabbar-hide')).toBe(false)
  expect(answers).toEqual(['hideTabBar:ok', 'showTabBar:ok'])
})

test('a tap switches tab through Taro, and a removed bar stops listening', () => {
  const switchTab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
  const tabbar = mountTabbar()
  ;(tabbar.querySelectorAll('.weui-tabbar__item')[3] as HTMLElement).click()
  expect(switchTab).toHaveBeenCalledWith({ url: `/${TABS[3].pagePath}` })
  expect(labels(tabbar)[3]!.on).toBe(true)
  tabbar.remove()
  Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path: '/pages/me/index' } })
  expect(labels(tabbar)[4]!.on).toBe(false)
})
