export default definePageConfig({
  navigationBarTitleText: '成员管理',
  enablePullDownRefresh: true,
  // The invitation's WeChat share card (useShareAppMessage) needs the page to declare sharing.
  enableShareAppMessage: true,
})
