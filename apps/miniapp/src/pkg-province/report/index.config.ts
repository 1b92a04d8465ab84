export default definePageConfig({
  navigationBarTitleText: '年度供需报告',
})
