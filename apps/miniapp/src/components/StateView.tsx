import { Button, Text, View } from '@tarojs/components'
import { Fragment, type ReactNode } from 'react'
import './StateView.css'

export interface StateViewProps {
  loading?: boolean
  /** A Chinese message; shown with a retry button when onRetry is given. */
  error?: string
  empty?: boolean
  emptyText?: string
  emptyHint?: string
  /** The next step an empty page suggests (「去看看岗位」): a hint naming another page with no way there left a newcomer stuck. */
  emptyAction?: { text: string; onTap: () => void }
  onRetry?: () => void
  /** A list on screen being loaded again (pull-down, shown again): the content stays, with a line saying so. */
  refreshing?: boolean
  /** That refresh failed: the content stays, with the message and 重试 (onRetry) above it. */
  refreshError?: string
  children?: ReactNode
}

/**
 * The one place loading, error and empty states look the same on every page.
 * Each state has its own key, so the content replaces the loading view instead of reusing its node: Taro's H5 `View`
 * applies a changed className one frame late (it keeps it in state, updated by an effect), and the cards of 岗位 were
 * drawn for that frame inside the loading view's centred flex box, then jumped into place (a layout shift, decision 025).
 */
export function StateView({ loading, error, empty, emptyText = '暂无数据', emptyHint, emptyAction, onRetry, refreshing, refreshError, children }: StateViewProps) {
  const refresh = <RefreshNotice refreshing={refreshing} refreshError={refreshError} onRetry={onRetry} />
  if (loading) {
    return (
      <View key='loading' className='state-view' aria-busy='true'>
        <Text className='state-view__text'>加载中…</Text>
      </View>
    )
  }
  if (error) {
    return (
      <View key='error' className='state-view state-view--error' role='alert'>
        <Text className='state-view__text'>{error}</Text>
        {onRetry && (
          <Button className='btn btn--ghost btn--small state-view__retry' onClick={onRetry}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (empty) {
    return (
      <View key='empty' className='state-view state-view--empty'>
        {refresh}
        <Text className='state-view__text'>{emptyText}</Text>
        {emptyHint && <Text className='state-view__hint'>{emptyHint}</Text>}
        {emptyAction && (
          <Button className='btn btn--primary btn--small state-view__action' onClick={emptyAction.onTap}>
            {emptyAction.text}
          </Button>
        )}
      </View>
    )
  }
  return (
    <Fragment key='content'>
      {refresh}
      {children}
    </Fragment>
  )
}

/**
 * The refresh of a list on screen, above it (decision 106): a mature app keeps the items while it reloads them and
 * says a failed reload without taking them away. A live region that is always there, so a screen reader hears it change;
 * aria-busy while refreshing, so a walk's `settled` waits for the fresh list as it did for 加载中.
 */
function RefreshNotice({ refreshing, refreshError, onRetry }: Pick<StateViewProps, 'refreshing' | 'refreshError' | 'onRetry'>) {
  return (
    <View className='state-view__refresh' role='status' aria-live='polite' aria-busy={refreshing ? 'true' : undefined}>
      {refreshing ? (
        <Text className='state-view__refresh-text'>正在刷新…</Text>
      ) : refreshError ? (
        <>
          <Text className='state-view__refresh-text state-view__refresh-text--failed'>刷新失败：{refreshError}。下面是上次加载的内容</Text>
          {onRetry && (
            <Button className='btn btn--ghost btn--small' onClick={onRetry}>
              重试
            </Button>
          )}
        </>
      ) : null}
    </View>
  )
}
