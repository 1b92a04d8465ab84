export default definePageConfig({
  navigationBarTitleText: '管理员账号',
  enablePullDownRefresh: true,
})
