export default definePageConfig({
  navigationBarTitleText: '共享设备',
  enablePullDownRefresh: true,
})
