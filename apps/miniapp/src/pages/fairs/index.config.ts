export default definePageConfig({
  navigationBarTitleText: '双选会',
  enablePullDownRefresh: true,
})
