/**
 * The H5 tab bar, drawn without Stencil (decision 025). Taro's router creates a `<taro-tabbar>` element, hands it
 * the app's tabBar config as `conf` and appends it below the page panel; Taro's own element is a Stencil component
 * whose runtime was 33 KiB gz of every first view. The H5 build points the router's import of
 * `@tarojs/components/dist/components` here (config/index.ts), so the router is unchanged and this element keeps
 * Taro's markup and class names (`.weui-tabbar`, `.weui-tabbar__label`, `.taro-tabbar__tabbar-hide` …), which the
 * router's layout CSS and the Chromium tests rely on. WeChat draws its own tab bar and never loads this file.
 */
import Taro from '@tarojs/taro'
import { addLeadingSlash, getCurrentPage, stripBasename } from '@tarojs/runtime'
import './h5-tabbar.css'

interface TabItem { pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }
interface TabBarConf {
  list: TabItem[]
  homePage: string
  mode: 'hash' | 'browser' | 'multi'
  basename?: string
  color?: string
  selectedColor?: string
  backgroundColor?: string
  borderStyle?: string
}
type Listener = Parameters<typeof Taro.eventCenter.on>[1]
interface Handlers { successHandler: (res: { errMsg: string }) => void; errorHandler?: (res: { errMsg: string }) => void }

const pathOf = (url: string) => url.split(/[?#]/)[0]!

class TaroTabbar extends HTMLElement {
  conf!: TabBarConf
  private list: TabItem[] = []
  private selected = -1
  private hidden_ = false
  private readonly bar = document.createElement('div')

  private readonly onRouterChange = (options?: { toLocation?: { path?: string } }) => {
    const to = options?.toLocation?.path
    const current = typeof to === 'string' ? stripBasename(addLeadingSlash(to || this.conf.homePage), this.conf.basename || '/') || '/' : this.currentUrl()
    this.select(this.list.findIndex((item) => pathOf(item.pagePath) === pathOf(current.replace(/\.html$/, ''))))
  }
  private readonly onShow = ({ successHandler }: Handlers) => {
    this.hidden_ = false
    this.updateHostClass()
    successHandler({ errMsg: 'showTabBar:ok' })
  }
  private readonly onHide = ({ successHandler }: Handlers) => {
    this.hidden_ = true
    this.updateHostClass()
    successHandler({ errMsg: 'hideTabBar:ok' })
  }
  // The app sets no badges, red dots or runtime styles; a call answers at once instead of waiting forever.
  private readonly unsupported = (api: string) => ({ errorHandler }: Handlers) => errorHandler?.({ errMsg: `${api}:fail not supported by the H5 tab bar` })
  private readonly events: [string, Listener][] = [
    ['__taroRouterChange', this.onRouterChange],
    ['__taroShowTabBar', this.onShow],
    ['__taroHideTabBar', this.onHide],
    ...['SetTabBarBadge', 'RemoveTabBarBadge', 'ShowTabBarRedDotHandler', 'HideTabBarRedDotHandler', 'SetTabBarStyle', 'SetTabBarItem'].map(
      (name): [string, Listener] => [`__taro${name}`, this.unsupported(name.replace('Handler', ''))],
    ),
  ]

  connectedCallback() {
    this.list = this.conf.list.map((item) => ({ ...item, pagePath: addLeadingSlash(item.pagePath) }))
    this.conf.homePage = addLeadingSlash(this.conf.homePage)
    this.bar.className = `weui-tabbar taro-tabbar__border-${this.conf.borderStyle || 'black'}`
    this.bar.style.backgroundColor = this.conf.backgroundColor || ''
    this.bar.style.height = 'inherit'
    this.bar.replaceChildren(...this.list.map((item, index) => this.renderItem(item, index)))
    this.appendChild(this.bar)
    for (const [name, handler] of this.events) Taro.eventCenter.on(name, handler)
    this.onRouterChange()
  }

  disconnectedCallback() {
    for (const [name, handler] of this.events) Taro.eventCenter.off(name, handler)
  }

  private renderItem(item: TabItem, index: number): HTMLElement {
    const link = document.createElement('a')
    link.className = 'weui-tabbar__item'
    link.href = 'javascript:;'
    const label = document.createElement('p')
    label.className = 'weui-tabbar__label'
    label.textContent = item.text
    link.append(label)
    link.addEventListener('click', () => {
      this.select(index)
      Taro.switchTab({ url: item.pagePath })
    })
    return link
  }

  private select(index: number) {
    this.selected = index
    this.list.forEach((_, i) => {
      const link = this.bar.children[i] as HTMLElement
      link.classList.toggle('weui-bar__item_on', i === index)
      ;(link.firstChild as HTMLElement).style.color = (i === index ? this.conf.selectedColor : this.conf.color) || ''
    })
    this.updateHostClass()
  }

  private updateHostClass() {
    this.className = `taro-tabbar__tabbar taro-tabbar__tabbar-bottom${this.selected === -1 || this.hidden_ ? ' taro-tabbar__tabbar-hide' : ''}`
  }

  private currentUrl(): string {
    const route = getCurrentPage(this.conf.mode, this.conf.basename)
    return decodeURI(route === '/' ? this.conf.homePage : route)
  }
}

/** The one export of @tarojs/components/dist/components that Taro's router calls. */
export function defineCustomElementTaroTabbar() {
  if (!customElements.get('taro-tabbar')) customElements.define('taro-tabbar', TaroTabbar)
}
