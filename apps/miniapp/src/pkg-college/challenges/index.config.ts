export default definePageConfig({
  navigationBarTitleText: '揭榜挂帅',
  enablePullDownRefresh: true,
})
