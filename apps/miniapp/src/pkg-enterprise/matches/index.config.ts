export default definePageConfig({
  navigationBarTitleText: '匹配推荐',
})
