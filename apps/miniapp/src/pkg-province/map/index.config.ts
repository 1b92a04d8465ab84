export default definePageConfig({
  navigationBarTitleText: '数字地图',
})
