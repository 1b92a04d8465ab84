export default definePageConfig({
  navigationBarTitleText: '产业链档案',
})
