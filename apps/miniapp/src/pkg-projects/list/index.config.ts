export default definePageConfig({
  navigationBarTitleText: '项目台账',
  enablePullDownRefresh: true,
})
