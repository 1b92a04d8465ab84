export default definePageConfig({
  navigationBarTitleText: '单位注册',
})
