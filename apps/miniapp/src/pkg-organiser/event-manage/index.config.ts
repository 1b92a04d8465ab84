export default definePageConfig({
  navigationBarTitleText: '活动看板',
})
