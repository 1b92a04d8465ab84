export default definePageConfig({
  navigationBarTitleText: '单位设置',
})
