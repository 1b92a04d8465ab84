export default definePageConfig({
  navigationBarTitleText: '单位资料',
  enablePullDownRefresh: true,
})
