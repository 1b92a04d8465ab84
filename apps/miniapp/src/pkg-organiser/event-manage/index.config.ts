export default definePageConfig({
  navigationBarTitleText: '展位与看板',
  enablePullDownRefresh: true,
})
