export default definePageConfig({
  navigationBarTitleText: '参展报名',
  enablePullDownRefresh: true,
})
