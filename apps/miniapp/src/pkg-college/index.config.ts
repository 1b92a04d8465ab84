export default definePageConfig({
  navigationBarTitleText: '院校工作台',
  enablePullDownRefresh: true,
})
