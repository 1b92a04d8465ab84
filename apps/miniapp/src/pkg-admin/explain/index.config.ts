export default definePageConfig({
  navigationBarTitleText: '为什么匹配',
  enablePullDownRefresh: true,
})
