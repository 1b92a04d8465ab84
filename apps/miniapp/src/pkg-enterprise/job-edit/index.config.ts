// No pull-down refresh: a form has nothing to reload, and a pull would only spin (no handler stops it).
export default definePageConfig({
  navigationBarTitleText: '编辑岗位',
})
