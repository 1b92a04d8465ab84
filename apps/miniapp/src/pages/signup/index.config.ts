export default definePageConfig({
  navigationBarTitleText: '学生注册',
})
