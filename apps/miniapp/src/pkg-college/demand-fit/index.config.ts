export default definePageConfig({
  navigationBarTitleText: '企业需求匹配',
})
