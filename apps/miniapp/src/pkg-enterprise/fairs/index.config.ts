export default definePageConfig({
  navigationBarTitleText: '企业参会',
  enablePullDownRefresh: true,
})
