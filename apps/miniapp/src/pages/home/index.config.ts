export default definePageConfig({
  navigationBarTitleText: '职链齐鲁',
  enablePullDownRefresh: true,
})
