export default definePageConfig({
  navigationBarTitleText: '设备预约审批',
  enablePullDownRefresh: true,
})
