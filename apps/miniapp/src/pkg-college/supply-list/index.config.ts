export default definePageConfig({
  navigationBarTitleText: '院校供给清单',
})
