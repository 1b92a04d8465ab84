export default definePageConfig({
  navigationBarTitleText: '本单位成效',
  enablePullDownRefresh: true,
})
