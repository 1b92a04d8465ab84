import { PAGES, SUBPACKAGES, TABS } from './routes'

export default defineAppConfig({
  // Home first: WeChat opens the first page. Every main-package page is listed in PAGES.
  pages: Object.values(PAGES),
  subPackages: Object.values(SUBPACKAGES).map((pkg) => ({ root: pkg.root, pages: Object.values(pkg.pages) })),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b5cad',
    navigationBarTitleText: '职链齐鲁',
    navigationBarTextStyle: 'white',
    // WeChat draws its title bar anyway; Taro's H5 router draws one (title, back arrow) only when this says 'default'.
    navigationStyle: 'default',
    backgroundColor: '#f4f6fa',
  },
  // Text-only tab bar: WeChat accepts a list without iconPath, and we ship no binary icons.
  tabBar: {
    color: '#6b7280',
    selectedColor: '#0b5cad',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: TABS.map((tab) => ({ pagePath: tab.pagePath, text: tab.text })),
  },
  lazyCodeLoading: 'requiredComponents',
})
