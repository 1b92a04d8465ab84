export default definePageConfig({
  navigationBarTitleText: '我的投递',
  enablePullDownRefresh: true,
})
