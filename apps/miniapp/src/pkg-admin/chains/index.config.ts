export default definePageConfig({
  navigationBarTitleText: '产业链管理',
  enablePullDownRefresh: true,
})
