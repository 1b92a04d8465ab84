export default definePageConfig({
  navigationBarTitleText: '我的简历',
  enablePullDownRefresh: true,
})
