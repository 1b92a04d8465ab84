/**
 * What `@tarojs/components` resolves to in the H5 build (the alias in config/index.ts): Taro's React components,
 * with View and Text drawn directly as a div and a span (decision 040).
 *
 * Taro's H5 View wraps each element in two components (a forwardRef shim and the View) with three state hooks and an
 * effect that copies className into state, so every className change renders twice and lags a frame; Text adds the
 * same shim. Pages are mostly Views and Texts: in a trace of 首页 and 岗位 they were most of the components Preact
 * diffed in each first render. These keep what the app relies on — the same elements, classes (`taro-text`) and
 * props passed on as Taro passes them — and leave out touch hover classes (hoverClass), which no page uses. WeChat and the page tests still render
 * Taro's own components.
 */
import type { TextProps, ViewProps } from '@tarojs/components'
import { forwardRef, type HTMLAttributes } from 'react'

// The components the app imports, and PullDownRefresh, which Taro's H5 entry imports. Listed, not `export *`: with a
// star export beside local ones of the same name, webpack's inner-graph analysis marked the local View and Text
// unused and dropped their imports (`forwardRef is not defined` at run time). A component missing here fails the
// build's import check as a warning ("export … was not found in '@tarojs/components'").
export { Button, Canvas, Input, Picker, PullDownRefresh, ScrollView, Switch, Textarea } from '@tarojs/components-react'

type Html = HTMLAttributes<HTMLElement>

export const View = forwardRef<HTMLDivElement, ViewProps>(function View(props, ref) {
  const { hoverClass: _class, hoverStartTime: _start, hoverStayTime: _stay, ...rest } = props
  return <div ref={ref} {...(rest as Html)} />
})

export const Text = forwardRef<HTMLSpanElement, TextProps>(function Text(props, ref) {
  const { selectable, className, ...rest } = props
  const cls = `taro-text${selectable ? ' taro-text__selectable' : ''}${className ? ` ${className}` : ''}`
  return <span ref={ref} {...(rest as Html)} className={cls} />
})
