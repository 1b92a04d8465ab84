export default definePageConfig({
  navigationBarTitleText: '企业需求清单',
})
