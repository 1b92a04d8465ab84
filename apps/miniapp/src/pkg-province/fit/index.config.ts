export default definePageConfig({
  navigationBarTitleText: '专业适配监测',
})
