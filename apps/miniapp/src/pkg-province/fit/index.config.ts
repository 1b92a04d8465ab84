export default definePageConfig({
  navigationBarTitleText: '专业产业适配监测',
})
