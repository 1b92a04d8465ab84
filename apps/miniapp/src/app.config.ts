import { PAGES, SUBPACKAGES, TABS } from './routes'
import { palette } from './styles/palette'

export default defineAppConfig({
  // Home first: WeChat opens the first page. Every main-package page is listed in PAGES.
  pages: Object.values(PAGES),
  subPackages: Object.values(SUBPACKAGES).map((pkg) => ({ root: pkg.root, pages: Object.values(pkg.pages) })),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: palette.brand,
    navigationBarTitleText: '职链齐鲁',
    navigationBarTextStyle: 'white',
    // WeChat draws its title bar anyway; Taro's H5 router draws one (title, back arrow) only when this says 'default'.
    navigationStyle: 'default',
    backgroundColor: palette.page,
  },
  // Text-only tab bar: WeChat accepts a list without iconPath, and we ship no binary icons.
  tabBar: {
    color: palette.textMuted,
    selectedColor: palette.brand,
    backgroundColor: palette.surface,
    borderStyle: 'black',
    list: TABS.map((tab) => ({ pagePath: tab.pagePath, text: tab.text })),
  },
  lazyCodeLoading: 'requiredComponents',
})
