export default definePageConfig({
  navigationBarTitleText: '院校匹配',
  enablePullDownRefresh: true,
})
