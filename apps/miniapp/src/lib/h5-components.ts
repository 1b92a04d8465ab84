/**
 * `@tarojs/components` for the app's own modules on H5 (config/index.ts): Taro's React component library with the
 * app's View and Text (./h5-view.tsx, decision 047). Only re-exports, no code of its own: a module that both
 * star-exported Taro's library and defined View and Text itself lost its imports in the build (its JSX runtime and
 * babel helpers were left as free names, the "forwardRef is not defined" of decision 040), while a named re-export
 * of a separate module takes precedence over the star export as the spec says.
 */
export * from '@tarojs/plugin-platform-h5/dist/runtime/components'
export { Text, View } from './h5-view'
