/**
 * View and Text for H5 (re-exported by ./h5-components.ts, which the app's own modules get for `@tarojs/components`
 * on H5; WeChat and the page tests keep Taro's). They are the two components the app renders hundreds of times:
 * Taro's H5 View is a forwardRef shim around a component with three useStates and an effect that copies `className`
 * into state (so each View renders twice and its class lags a frame), and its Text a shim around a span. These draw
 * the same div and span with the same classes in one render (decision 047).
 *
 * Neither forwards a ref nor does hoverClass or onLongPress: the app uses none of them on View or Text, and a ref
 * given to one of these would stay empty. They live apart from the re-exports: a module that did both lost its
 * imports in the H5 build (decision 047).
 */
import type { TextProps, ViewProps } from '@tarojs/components'

type Attrs = Record<string, unknown>

export function View(props: ViewProps) {
  const { hoverClass: _h, hoverStartTime: _s, hoverStayTime: _t, ...rest } = props as ViewProps & Attrs
  return <div {...(rest as Attrs)} />
}

export function Text(props: TextProps) {
  const { className, selectable, userSelect: _u, ...rest } = props as TextProps & Attrs
  // Taro's classes: its stylesheet makes text unselectable unless `selectable` (InviteCard's code is).
  const cls = `taro-text${selectable ? ' taro-text__selectable' : ''}${className ? ` ${className}` : ''}`
  return <span {...(rest as Attrs)} className={cls} />
}
