export default definePageConfig({
  navigationBarTitleText: '应聘者详情',
  enablePullDownRefresh: true,
})
