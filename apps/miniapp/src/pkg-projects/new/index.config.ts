export default definePageConfig({
  navigationBarTitleText: '登记合作项目',
})
