export default definePageConfig({
  navigationBarTitleText: '产业链分析',
})
