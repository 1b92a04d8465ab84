export default definePageConfig({
  navigationBarTitleText: '成效排名',
  enablePullDownRefresh: true,
})
