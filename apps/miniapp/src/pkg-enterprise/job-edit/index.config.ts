export default definePageConfig({
  navigationBarTitleText: '编辑岗位',
  enablePullDownRefresh: true,
})
