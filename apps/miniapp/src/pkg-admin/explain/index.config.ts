export default definePageConfig({
  navigationBarTitleText: '匹配解释',
})
