export default definePageConfig({
  navigationBarTitleText: '企业工作台',
  enablePullDownRefresh: true,
})
