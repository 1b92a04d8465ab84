export default definePageConfig({
  navigationBarTitleText: '单位工作台',
  enablePullDownRefresh: true,
})
