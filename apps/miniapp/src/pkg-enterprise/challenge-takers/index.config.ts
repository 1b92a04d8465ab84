export default definePageConfig({
  navigationBarTitleText: '揭榜单位',
})
