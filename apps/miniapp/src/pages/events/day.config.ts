export default definePageConfig({
  navigationBarTitleText: '活动当天',
  enablePullDownRefresh: true,
})
