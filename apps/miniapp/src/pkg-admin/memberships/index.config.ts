export default definePageConfig({
  navigationBarTitleText: '单位认证审核',
  enablePullDownRefresh: true,
})
